#!/usr/bin/env bash
# The page benchmark of BENCHMARKS.md. Fills a database with the synthetic archive
# (bench/generate.sql), starts the application on it, warms each page up, then measures each with
# wrk at 32 connections (requests/s, p50/p90/p99) and, in the same run, the page's main SQL alone
# through pgbench at the same concurrency, and prints the ratios. Absolute numbers drift on a
# shared machine; the ratios hold.
#
#   bench/run.sh                       # 2,000,000 events, 20 s per measurement
#   BENCH_EVENTS=200000 BENCH_DURATION=10s bench/run.sh
#   BENCH_GENERATE=no bench/run.sh     # reuse the database filled by a previous run
#   BENCH_MEASURE=no bench/run.sh      # only fill the database
#   BENCH_SINGLE_DURATION=5s bench/run.sh   # each page also one request at a time (default 10 s)
#   BENCH_WARMUP_PASS=0 BENCH_WARMUP=5s bench/run.sh   # the warm-up of the runs before the fourteenth;
#                                      # by default every page for 10 s first, then 10 s before its own run
#   BENCH_GENERATE=no BENCH_ONLY='actor|place' bench/run.sh   # only the pages whose name matches
#   BENCH_JAVA_OPTS='-XX:+UseSerialGC' bench/run.sh           # more JVM options (the heap: BENCH_HEAP)
#
# Needs: a PostgreSQL with PostGIS on 127.0.0.1:5432 (superuser postgres, trust auth, as .ci/run
# prepares), a JDK >= 21 (JAVA_HOME), wrk (installed with apt-get when missing), pgbench.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DB=${BENCH_DB:-faultline_bench}
PORT=${BENCH_PORT:-18080}
EVENTS=${BENCH_EVENTS:-2000000}
SEED=${BENCH_SEED:-0.42}
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-10s}
WARMUP_PASS=${BENCH_WARMUP_PASS:-10s}
SINGLE_DURATION=${BENCH_SINGLE_DURATION:-10s}
GENERATE=${BENCH_GENERATE:-yes}
CONNECTIONS=32
THREADS=2
PLACES=5000
ACTORS=300
HEAP=${BENCH_HEAP:-384m}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
JAR=target/faultline-0.1.0-SNAPSHOT.jar
BASE=http://127.0.0.1:$PORT
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1)
LOG=target/bench
mkdir -p "$LOG"

log() { printf '==> %s\n' "$*" >&2; }

command -v wrk >/dev/null || { log "installing wrk"; apt-get install -y -qq wrk >/dev/null; }
command -v pgbench >/dev/null || { echo "pgbench not found (Debian: postgresql-client)" >&2; exit 1; }
if [ ! -f "$JAR" ]; then
	log "building $JAR"
	./mvnw -q -B -DskipTests package
fi
# Run as the Dockerfile does: extracted (a plain class path starts faster than the nested jar),
# with glibc's malloc arenas limited to two (docs/operations.md, "Memory").
"$JAVA" -Djarmode=tools -jar "$JAR" extract --force --destination "$LOG/app" --application-filename app.jar >/dev/null
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
START_OPTS=()

APP_PID=""
APP_DB=$DB
STARTUP_MS=""
. bench/app.sh
start_app() { # on $APP_DB with START_OPTS; sets APP_PID and STARTUP_MS
	start_timed "$LOG/app/app.jar" "$APP_DB" "$LOG/app.log" "${START_OPTS[@]}" ${BENCH_JAVA_OPTS:-}
}

if [ "$GENERATE" = yes ]; then
	log "creating $DB"
	"${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
	"${PSQL[@]}" -d "$DB" -c "CREATE EXTENSION postgis"
	log "migrating"
	start_app
	stop_app
	log "generating $EVENTS events (seed $SEED)"
	"${PSQL[@]}" -d "$DB" -v events="$EVENTS" -v seed="$SEED" -f bench/generate.sql >"$LOG/generate.log"
fi
if [ "${BENCH_MEASURE:-yes}" = no ]; then
	log "$DB is ready; BENCH_MEASURE=no, so nothing is measured"
	exit 0
fi

# An ahead-of-time cache (Java 25 and later; a class data sharing archive before) from a training
# run on this database, as docs/operations.md recommends for a faster start. It must be made
# again for every new jar.
if [ "$("$JAVA" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print v[1] }')" -ge 25 ]; then
	TRAIN_OPTS=(-XX:AOTCacheOutput="$LOG/app/app.aot")
	CACHE_OPTS=(-XX:AOTCache="$LOG/app/app.aot")
	CACHE="ahead-of-time cache"
else
	TRAIN_OPTS=(-XX:ArchiveClassesAtExit="$LOG/app/app.jsa")
	CACHE_OPTS=(-XX:SharedArchiveFile="$LOG/app/app.jsa")
	CACHE="class data sharing archive"
fi
log "training the $CACHE, without and with Spring's definitions made at build time"
train_cache "$LOG/app/app.jar" "$DB" "$LOG/cache-training.log" "${TRAIN_OPTS[@]}"
# The second, for starts with -Dspring.aot.enabled=true (docs/operations.md), is trained so.
train_cache "$LOG/app/app.jar" "$DB" "$LOG/cache-training-aot.log" "${TRAIN_OPTS[@]/app./app-aot.}" \
	-Dspring.aot.enabled=true
BOTH_OPTS=("${CACHE_OPTS[@]/app./app-aot.}" -Dspring.aot.enabled=true)
log "starting on the full database, without the $CACHE"
start_app
PLAIN_START_MS=$STARTUP_MS
stop_app
# The same on an empty database (issue 6: <= 8 s on both): the first start migrates it.
APP_DB=${DB}_empty
"${PSQL[@]}" -c "DROP DATABASE IF EXISTS $APP_DB" -c "CREATE DATABASE $APP_DB"
"${PSQL[@]}" -d "$APP_DB" -c "CREATE EXTENSION postgis"
log "starting on an empty database: migrating it, then again without and with the $CACHE"
start_app
MIGRATE_START_MS=$STARTUP_MS
stop_app
start_app
EMPTY_START_MS=$STARTUP_MS
stop_app
START_OPTS=("${CACHE_OPTS[@]}")
start_app
EMPTY_CACHE_START_MS=$STARTUP_MS
stop_app
START_OPTS=("${BOTH_OPTS[@]}")
start_app
EMPTY_BOTH_START_MS=$STARTUP_MS
stop_app
"${PSQL[@]}" -c "DROP DATABASE $APP_DB"
APP_DB=$DB
log "starting on the full database, with the $CACHE and Spring's definitions, then with the $CACHE alone"
start_app
FULL_BOTH_START_MS=$STARTUP_MS
stop_app
START_OPTS=("${CACHE_OPTS[@]}")
start_app
FULL_START_MS=$STARTUP_MS
EVENT_COUNT=$("${PSQL[@]}" -At -d "$DB" -c "SELECT count(*) FROM event")

# name | path (wrk, with placeholders) | pgbench script of the page's main SQL (or -)
PAGES=(
	"trivial page (framework ceiling)|/login|sql/trivial.sql"
	"dashboard|/|-"
	"timeline, unfiltered|/timeline|-"
	"timeline by place|/timeline?place={place}|sql/timeline-by-place.sql"
	"timeline by actor with coalition|/timeline?actor={actor}&coalition=true|-"
	"timeline searched|/timeline?q=ambush|sql/timeline-search.sql"
	"timeline by region and type|/timeline?region=SYN-3&type=BATTLES|-"
	"control map GeoJSON on a date|/map/control.geojson?date={date}|sql/control-on-date.sql"
	"changes between two dates|/map/changes?from=2012-01-01&to={date}|-"
	"map of events, 30 days, whole country|/map/events.geojson?{window30}&zoom=5|sql/events-grid.sql"
	"map of events, 365 days, whole country|/map/events.geojson?{window365}&zoom=5|-"
	"event page|/events/{event}|sql/event-page.sql"
	"place page|/places/{place}|sql/place-page.sql"
	"actor page|/actors/{actor}|-"
	"API events by place|/api/v1/events?place={place}|sql/timeline-by-place.sql"
	"API event|/api/v1/events/{event}|sql/event-page.sql"
	"API control on a date|/api/v1/control?date={date}|sql/control-on-date.sql"
	# Signed in, as every reader is unless anonymous reading is turned on (it is off by default):
	# each request then reads its session from PostgreSQL and writes its last access time.
	"trivial page, signed in|/login|-"
	"dashboard, signed in|/|-"
	"timeline by place, signed in|/timeline?place={place}|-"
)

# The session cookie of the bench's administrator, for the pages measured signed in.
HEADERS=()
headers_for() { # page name -> sets HEADERS: the session cookie for a page measured signed in
	if [[ $1 == *"signed in"* ]]; then
		sign_in "$LOG/cookies.txt"
		HEADERS=(-H "$SESSION_COOKIE")
	else
		HEADERS=()
	fi
}

# Waits until the application's queries of the previous page have ended: slow pages leave work
# behind when wrk stops, which would otherwise be charged to the next page. After 30 s the
# leftovers (requests wrk has already given up on) are cancelled.
drain() {
	local waited=0
	while [ "$("${PSQL[@]}" -At -d "$DB" -c "SELECT count(*) FROM pg_stat_activity
			WHERE datname = '$DB' AND state = 'active' AND pid <> pg_backend_pid()")" != 0 ]; do
		sleep 1
		waited=$((waited + 1))
		if [ "$waited" -ge 30 ]; then
			"${PSQL[@]}" -At -d "$DB" -c "SELECT count(pg_cancel_backend(pid)) FROM pg_stat_activity
				WHERE datname = '$DB' AND state = 'active' AND pid <> pg_backend_pid()" >/dev/null
		fi
		if [ "$waited" -ge 120 ]; then
			log "queries still running after 120 s: going on"
			return
		fi
	done
}

wrk_run() { # duration path [connections threads] -> wrk output
	wrk -t"${4:-$THREADS}" -c"${3:-$CONNECTIONS}" -d"$1" --latency "${HEADERS[@]}" -s bench/paths.lua "$BASE" -- "$2" "$PLACES" "$ACTORS" \
		"$EVENT_COUNT"
}

selected() { # page name -> true when BENCH_ONLY is unset or matches it
	[ -z "${BENCH_ONLY:-}" ] || grep -Eq "$BENCH_ONLY" <<<"$1"
}

# A first pass over every page before any is measured: on two cores the JIT compilers take about
# a minute of load to settle, and the pages share most of their code (BENCHMARKS.md, fourteenth
# run), so without it the first pages measured would pay for the others' compilation.
if [ "$WARMUP_PASS" != 0 ]; then
	log "warming up: every page for $WARMUP_PASS"
	for entry in "${PAGES[@]}"; do
		IFS='|' read -r name path sql <<<"$entry"
		if selected "$name"; then
			headers_for "$name"
			wrk_run "$WARMUP_PASS" "$path" >/dev/null
			drain
		fi
	done
fi

printf '\n| page | req/s | p50 ms | p90 ms | p99 ms | errors | one connection: p50 ms | p99 ms | SQL alone tps | page / SQL |\n'
printf '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
for entry in "${PAGES[@]}"; do
	IFS='|' read -r name path sql <<<"$entry"
	if ! selected "$name"; then
		continue
	fi
	drain
	headers_for "$name"
	probe=$(sed -e "s/{place}/1/; s/{actor}/1/; s/{event}/1/; s/{date}/2015-06-01/" \
		-e "s/{window30}/from=2015-05-03\&to=2015-06-01/; s/{window365}/from=2014-06-02\&to=2015-06-01/" <<<"$path")
	status=$(curl -s -o /dev/null -w '%{http_code}' "${HEADERS[@]}" "$BASE$probe")
	if [ "$status" != 200 ] && [ "$status" != 404 ]; then
		printf '| %s | not measured (%s answers %s) |||||||||\n' "$name" "$probe" "$status"
		continue
	fi
	wrk_run "$WARMUP" "$path" >/dev/null
	drain
	out=$(wrk_run "$DURATION" "$path")
	echo "$out" >"$LOG/wrk-$(tr -c 'a-z0-9' '-' <<<"$name").txt"
	rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
	errors=$(awk '/Non-2xx or 3xx responses:/ { print $5 } /Socket errors:/ { print "socket" }' <<<"$out" | paste -sd' ')
	# One request at a time: the server's time for a single request (issue 6: <= 20 ms).
	drain
	single=$(wrk_run "$SINGLE_DURATION" "$path" 1 1)
	echo "$single" >"$LOG/wrk-single-$(tr -c 'a-z0-9' '-' <<<"$name").txt"
	tps="" ratio=""
	if [ "$sql" != - ]; then
		drain
		tps=$(pgbench -h 127.0.0.1 -U postgres -n -c "$CONNECTIONS" -j "$THREADS" -T "${DURATION%s}" -f "bench/$sql" "$DB" \
			2>/dev/null | awk '/^tps = / { printf "%.0f", $3 }')
		ratio=$(awk -v a="$rps" -v b="$tps" 'BEGIN { if (b > 0) printf "%.0f %%", 100 * a / b }')
	fi
	printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$rps" "$(latency 50 "$out")" \
		"$(latency 90 "$out")" "$(latency 99 "$out")" "${errors:-0}" "$(latency 50 "$single")" "$(latency 99 "$single")" \
		"$tps" "$ratio"
done

RSS_MB=$(($(ps -o rss= -p "$APP_PID") / 1024))
printf '\nevents: %s; JVM RSS after the run: %s MB (-Xmx%s%s, MALLOC_ARENA_MAX=%s)\n' "$EVENT_COUNT" "$RSS_MB" "$HEAP" \
	"${BENCH_JAVA_OPTS:+ $BENCH_JAVA_OPTS}" "$MALLOC_ARENA_MAX"
printf 'startup (until /actuator/health answers), with the %s and without: %s and %s ms on the full database, %s and %s ms on an empty one (%s ms the first time, migrating it)\n' \
	"$CACHE" "$FULL_START_MS" "$PLAIN_START_MS" "$EMPTY_CACHE_START_MS" "$EMPTY_START_MS" "$MIGRATE_START_MS"
printf 'startup with the %s and Spring'"'"'s definitions made at build time (-Dspring.aot.enabled=true): %s ms on the full database, %s ms on an empty one\n' \
	"$CACHE" "$FULL_BOTH_START_MS" "$EMPTY_BOTH_START_MS"
# PostgreSQL's shared memory in huge pages or not changes the pages' SQL by about three times on
# these machines (BENCHMARKS.md, fourteenth run; docs/operations.md, "PostgreSQL's memory").
printf 'PostgreSQL: shared_buffers %s, huge_pages %s; huge pages of the kernel: %s\n' \
	"$("${PSQL[@]}" -At -c 'SHOW shared_buffers')" "$("${PSQL[@]}" -At -c 'SHOW huge_pages')" \
	"$(awk '/^HugePages_Total/ { t = $2 } /^HugePages_Free/ { f = $2 } /^HugePages_Rsvd/ { r = $2 }
		END { printf "%d, of which %d in use or reserved", t, t - f + r }' /proc/meminfo)"
printf 'machine: %s cores, %s; %s\n' "$(nproc)" "$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)" \
	"$(psql -h 127.0.0.1 -U postgres -At -c 'SHOW server_version' | cut -d' ' -f1 | sed 's/^/PostgreSQL /')"
