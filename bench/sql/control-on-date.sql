-- The control map on a date: who held each place (MapService's GeoJSON, without the JSON).
\set day random(0, 9130)
SELECT p.id, p.name, ST_X(p.location), ST_Y(p.location), c.actor_id, c.status
  FROM place p
  LEFT JOIN control_period c ON c.place_id = p.id AND c.valid @> (DATE '2000-01-01' + :day);
