#!/usr/bin/env bash
# Export benchmark: fills a scratch database with N synthetic published events (deterministic,
# SQL generate_series: two actors and one claim each), starts the app jar with a small heap,
# downloads /export/events.csv with curl and prints rows/s, time to first byte and the JVM's
# peak heap (jstat samples every 200 ms). The scratch database is dropped at the end.
#
#   ./mvnw -o -DskipTests package && bench/export.sh [rows]      (default 1000000)
#   BENCH_KEEP=1 keeps the scratch database for a look afterwards (drop it yourself).
#
# Needs: a PostgreSQL with PostGIS at PGHOST (127.0.0.1) as PGUSER (postgres, superuser: the
# fill turns triggers off), curl, and JAVA_HOME pointing at a JDK 21+ (java, jstat).
set -euo pipefail

ROWS="${1:-1000000}"
DB="${BENCH_DB:-faultline_bench_export}"
PORT="${BENCH_PORT:-28417}"
HEAP="${BENCH_HEAP:--Xmx256m}"
export PGHOST="${PGHOST:-127.0.0.1}" PGUSER="${PGUSER:-postgres}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
JSTAT="${JAVA_HOME:+$JAVA_HOME/bin/}jstat"
cd "$(dirname "$0")/.."
JAR="$(ls target/faultline-*.jar | grep -v original | head -1)"
WORK="$(mktemp -d)"
APP_PID=""

cleanup() {
	if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
	if [ -z "${BENCH_KEEP:-}" ]; then dropdb --if-exists "$DB" >/dev/null 2>&1 || true; fi
	rm -rf "$WORK"
}
trap cleanup EXIT

dropdb --if-exists "$DB"
createdb "$DB"
psql -q -d "$DB" -c "CREATE EXTENSION postgis"

start_app() {
	if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
		echo "Port $PORT is taken by another process: set BENCH_PORT" >&2
		exit 1
	fi
	DATABASE_URL="jdbc:postgresql://$PGHOST:5432/$DB" DATABASE_USERNAME="$PGUSER" FAULTLINE_DEMO=true \
		FAULTLINE_ANONYMOUS_READ=true FAULTLINE_ADMIN_PASSWORD=bench-admin-password \
		"$JAVA" $HEAP -jar "$JAR" --server.port="$PORT" >"$WORK/app.log" 2>&1 &
	APP_PID=$!
	for _ in $(seq 1 120); do
		if ! kill -0 "$APP_PID" 2>/dev/null; then break; fi
		if curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then return; fi
		sleep 1
	done
	echo "The app did not start; its log:" >&2
	tail -50 "$WORK/app.log" >&2
	exit 1
}

echo "== migrating and loading the demo record"
start_app
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""

echo "== filling $ROWS synthetic events"
fill_start=$(date +%s.%N)
psql -q -v ON_ERROR_STOP=1 -d "$DB" -v rows="$ROWS" <<'SQL'
-- Bulk fill only: no audit triggers, no FK checks.
SET session_replication_role = replica;
CREATE TEMP TABLE pick AS
SELECT (SELECT array_agg(id ORDER BY id) FROM place) AS places,
       (SELECT array_agg(id ORDER BY id) FROM actor) AS actors,
       (SELECT array_agg(id ORDER BY id) FROM source) AS sources,
       (SELECT array_agg(code ORDER BY position) FROM sub_event_type) AS subs,
       (SELECT array_agg(event_type_code ORDER BY position) FROM sub_event_type) AS types,
       (SELECT max(id) FROM event) AS base;
INSERT INTO event (id, event_date, date_precision, disorder_type_code, event_type_code, sub_event_type_code,
                   place_id, fatalities_low, fatalities_best, fatalities_high, civilian_targeting, title, summary,
                   review_status, created_at, updated_at)
SELECT pick.base + i,
       DATE '2012-01-01' + (i % 4500),
       CASE WHEN i % 10 = 0 THEN 'WEEK' ELSE 'DAY' END,
       CASE WHEN pick.types[1 + i % 25] = 'PROTESTS' THEN 'DEMONSTRATIONS'
            WHEN pick.types[1 + i % 25] = 'STRATEGIC_DEVELOPMENTS' THEN 'STRATEGIC_DEVELOPMENTS'
            ELSE 'POLITICAL_VIOLENCE' END,
       pick.types[1 + i % 25], pick.subs[1 + i % 25],
       pick.places[1 + i % array_length(pick.places, 1)],
       i % 7, i % 7 + i % 3, i % 7 + i % 3 + i % 5, i % 9 = 0,
       'Synthetic event ' || i,
       'Synthetic event ' || i || ', reported "by several sources", near the place; fatalities ' || (i % 7),
       'PUBLISHED', now(), now()
  FROM generate_series(1, :rows) AS i, pick;
INSERT INTO event_actor (event_id, actor_id, side, role, event_date, published, acled, fatalities_best, strategic,
                         place_id)
SELECT e.id, pick.actors[1 + (e.id - pick.base) % array_length(pick.actors, 1)], 'A', 'PRIMARY', e.event_date,
       TRUE, FALSE, e.fatalities_best, e.event_type_code = 'STRATEGIC_DEVELOPMENTS', e.place_id
  FROM event e, pick WHERE e.id > pick.base
UNION ALL
SELECT e.id, pick.actors[1 + (e.id - pick.base + 7) % array_length(pick.actors, 1)], 'B', 'PRIMARY',
       e.event_date, TRUE, FALSE, e.fatalities_best, e.event_type_code = 'STRATEGIC_DEVELOPMENTS', e.place_id
  FROM event e, pick WHERE e.id > pick.base;
INSERT INTO claim (event_id, source_id, published_on, excerpt, stance, fatalities)
SELECT pick.base + i, pick.sources[1 + i % array_length(pick.sources, 1)], DATE '2012-01-01' + (i % 4500),
       'Synthetic claim ' || i, 'REPORTS', i % 7
  FROM generate_series(1, :rows) AS i, pick;
SELECT faultline_event_search_refresh(ARRAY(SELECT e.id FROM event e, pick WHERE e.id > pick.base));
SELECT setval(pg_get_serial_sequence('event', 'id'), (SELECT max(id) FROM event));
SELECT setval(pg_get_serial_sequence('event_actor', 'id'), (SELECT max(id) FROM event_actor));
SELECT setval(pg_get_serial_sequence('claim', 'id'), (SELECT max(id) FROM claim));
RESET session_replication_role;
SELECT faultline_summaries_rebuild();
VACUUM ANALYZE event;
VACUUM ANALYZE event_actor;
VACUUM ANALYZE claim;
SQL
fill_end=$(date +%s.%N)
published=$(psql -tA -d "$DB" -c "SELECT count(*) FROM event WHERE review_status = 'PUBLISHED'")
echo "   filled in $(echo "$fill_end - $fill_start" | bc) s; $published published events"

# For scale on this machine: PostgreSQL copying the bare event table, no joins.
raw_start=$(date +%s.%N)
psql -q -d "$DB" -c "COPY (SELECT * FROM event) TO STDOUT WITH (FORMAT csv)" >/dev/null
raw_end=$(date +%s.%N)
raw=$(echo "$raw_end - $raw_start" | bc)

echo "== starting the app ($HEAP)"
start_app

# Peak heap: used survivor + eden + old, sampled every 200 ms while the export runs.
"$JSTAT" -gc "$APP_PID" 200 >"$WORK/jstat.log" 2>&1 &
JSTAT_PID=$!

echo "== downloading /export/events.csv"
curl -s -o "$WORK/events.csv" \
	-w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}\n' \
	"http://127.0.0.1:$PORT/export/events.csv" >"$WORK/curl.txt"
kill "$JSTAT_PID" 2>/dev/null || true
wait "$JSTAT_PID" 2>/dev/null || true

# A small filtered export on the same large record: one place's events.
place=$(psql -tA -d "$DB" -c "SELECT place_id FROM event GROUP BY place_id ORDER BY count(*), place_id LIMIT 1")
place_rows=$(psql -tA -d "$DB" -c "SELECT count(*) FROM event WHERE review_status = 'PUBLISHED' AND place_id = $place")
place_time=$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT/export/events.csv?place=$place")

read -r status ttfb total size <"$WORK/curl.txt"
lines=$(($(wc -l <"$WORK/events.csv") - 1))
peak_kb=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > max) max = used } END { printf "%d", max }' "$WORK/jstat.log")
samples=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/' "$WORK/jstat.log" | wc -l)

echo
echo "HTTP status:          $status"
echo "rows exported:        $lines (published events: $published)"
echo "bytes:                $size"
echo "time to first byte:   ${ttfb} s"
echo "total time:           ${total} s"
echo "rows/s:               $(echo "$lines / $total" | bc)"
echo "one place's events:   $place_rows rows in ${place_time} s (place=$place)"
echo "raw COPY of event:    ${raw} s ($(echo "$published / $raw" | bc) rows/s; psql to /dev/null, for scale)"
echo "load average:         $(cut -d' ' -f1-3 /proc/loadavg)"
echo "peak heap used:       $((peak_kb / 1024)) MB (jstat, $samples samples; heap limit $HEAP)"
echo "java:                 $("$JAVA" -version 2>&1 | head -1)"
echo "machine:              $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB RAM"
echo "postgres:             $(psql -tA -d "$DB" -c 'SHOW server_version')"
if [ "$status" != 200 ] || [ "$lines" -ne "$published" ]; then
	echo "FAILED: expected $published rows with status 200" >&2
	exit 1
fi
