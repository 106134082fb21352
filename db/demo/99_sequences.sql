-- Faultline demo record, last part: move every identity sequence past the explicit ids used above,
-- so that rows created later through the app do not collide with the demo rows.
-- Runs last (99_) after all the inserts.

SELECT setval(pg_get_serial_sequence('region', 'id'),         (SELECT max(id) FROM region));
SELECT setval(pg_get_serial_sequence('place', 'id'),          (SELECT max(id) FROM place));
SELECT setval(pg_get_serial_sequence('place_alias', 'id'),    (SELECT max(id) FROM place_alias));
SELECT setval(pg_get_serial_sequence('actor', 'id'),          (SELECT max(id) FROM actor));
SELECT setval(pg_get_serial_sequence('actor_alias', 'id'),    (SELECT max(id) FROM actor_alias));
SELECT setval(pg_get_serial_sequence('actor_relation', 'id'), (SELECT max(id) FROM actor_relation));
SELECT setval(pg_get_serial_sequence('source', 'id'),         (SELECT max(id) FROM source));
SELECT setval(pg_get_serial_sequence('event', 'id'),          (SELECT max(id) FROM event));
SELECT setval(pg_get_serial_sequence('event_actor', 'id'),    (SELECT max(id) FROM event_actor));
SELECT setval(pg_get_serial_sequence('claim', 'id'),          (SELECT max(id) FROM claim));
SELECT setval(pg_get_serial_sequence('claim_fatality', 'id'), (SELECT max(id) FROM claim_fatality));
SELECT setval(pg_get_serial_sequence('control_period', 'id'), (SELECT max(id) FROM control_period));
