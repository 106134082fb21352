-- The map of events at low zoom: 30 days of published events counted by point, then the
-- points by grid cells of 2.8 degrees (zoom 5), as MapService does, without the JSON.
\set day random(30, 9130)
SELECT sum(events), sum(events * x) / sum(events), sum(events * y) / sum(events)
  FROM (SELECT e.place_id, ST_X(coalesce(e.location, p.location)) AS x, ST_Y(coalesce(e.location, p.location)) AS y,
               count(*) AS events
          FROM event e JOIN place p ON p.id = e.place_id
         WHERE e.review_status = 'PUBLISHED'
           AND e.event_date BETWEEN DATE '2000-01-01' + :day - 29 AND DATE '2000-01-01' + :day
         GROUP BY 1, 2, 3) points
 GROUP BY floor(x / 2.8125), floor(y / 2.8125);
