-- The event page's main reads: the event with its place and type, its participants, its claims.
\set event random(1, 2000000)
SELECT e.*, p.name, t.name, s.name FROM event e JOIN place p ON p.id = e.place_id
  JOIN event_type t ON t.code = e.event_type_code JOIN sub_event_type s ON s.code = e.sub_event_type_code
 WHERE e.id = :event AND e.review_status = 'PUBLISHED';
SELECT ea.side, ea.role, a.name FROM event_actor ea JOIN actor a ON a.id = ea.actor_id WHERE ea.event_id = :event;
SELECT c.*, so.name FROM claim c JOIN source so ON so.id = c.source_id WHERE c.event_id = :event
 ORDER BY c.published_on NULLS LAST, c.id;
