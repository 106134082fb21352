-- The timeline searched by a word (events whose own text matches), newest 50.
SELECT e.id, e.event_date, e.title FROM event e
 WHERE e.review_status = 'PUBLISHED' AND e.search @@ to_tsquery('simple', 'ambush:*')
 ORDER BY e.event_date DESC, e.id DESC LIMIT 51;
