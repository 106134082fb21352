-- The timeline searched by a word (in the events' own text, their claims or their place's
-- names: event_search, V28), newest 50.
SELECT e.id, e.event_date, e.title FROM event e
 WHERE e.review_status = 'PUBLISHED'
   AND e.id IN (SELECT es.event_id FROM event_search es WHERE es.search @@ faultline_search_query('ambush'))
 ORDER BY e.event_date DESC, e.id DESC LIMIT 51;
