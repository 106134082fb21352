-- The place page's main reads: the place, its control history, its latest events.
\set place random(1, 5000)
SELECT p.id, p.name, p.name_fr, p.kind, ST_Y(p.location), ST_X(p.location), r.name
  FROM place p LEFT JOIN region r ON r.id = p.region_id WHERE p.id = :place;
SELECT c.valid_from, c.valid_to, c.status, a.name
  FROM control_period c JOIN actor a ON a.id = c.actor_id WHERE c.place_id = :place ORDER BY c.valid_from;
SELECT e.id, e.event_date, e.title FROM event e
 WHERE e.review_status = 'PUBLISHED' AND (e.acled_event_id IS NULL OR faultline_acled_shown()) AND e.place_id = :place
 ORDER BY e.event_date DESC, e.id DESC LIMIT 20;
