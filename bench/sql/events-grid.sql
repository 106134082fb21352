-- The map of events at low zoom: 30 days of published events counted by grid cells of
-- 2.8 degrees (zoom 5), as MapService does, without the JSON.
\set day random(30, 9130)
SELECT count(*), avg(ST_X(s.location)), avg(ST_Y(s.location))
  FROM (SELECT coalesce(e.location, p.location) AS location
          FROM event e JOIN place p ON p.id = e.place_id
         WHERE e.review_status = 'PUBLISHED'
           AND e.event_date BETWEEN DATE '2000-01-01' + :day - 29 AND DATE '2000-01-01' + :day) s
 GROUP BY ST_SnapToGrid(s.location, 2.8125);
