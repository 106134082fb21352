-- The timeline's page of 50 events at a place (TimelineService.page with a place filter).
\set place random(1, 5000)
SELECT e.id, e.event_date, e.date_precision, e.title, e.fatalities_best, p.name, t.name, s.name
  FROM event e
  JOIN place p ON p.id = e.place_id
  JOIN event_type t ON t.code = e.event_type_code
  JOIN sub_event_type s ON s.code = e.sub_event_type_code
 WHERE e.review_status = 'PUBLISHED' AND (e.acled_event_id IS NULL OR faultline_acled_shown())
   AND e.place_id = :place
 ORDER BY e.event_date DESC, e.id DESC
 LIMIT 51;
