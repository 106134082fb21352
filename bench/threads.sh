#!/usr/bin/env bash
# Platform threads (the default) against virtual threads (spring.threads.virtual.enabled), on the
# database bench/run.sh filled (BENCH_MEASURE=no bench/run.sh), alternating a fresh application
# of each kind for THREADS_ROUNDS rounds (default 2). Each application is warmed up on every page
# (8 s each), then measured:
#   1. one page at a time, saturated (32 connections, 12 s): dashboard, a place's timeline, the
#      API's event; requests/s, the JVM's CPU time a request (/proc), p50/p90/p99;
#   2. a light page beside a heavy one, both saturated: 16 connections on the sign-in page and
#      16 on actor pages at once, 12 s; each one's requests/s and p50/p90/p99;
#   3. a mixed load (bench/mixed.lua): 12 connections each waiting 100 ms between requests
#      (about half of what the machine serves of that mix), then 32 with no wait; 40 s each.
#
#   bench/threads.sh
#   THREADS_ROUNDS=1 bench/threads.sh
#
# Needs what bench/run.sh needs, and its database.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DB=${BENCH_DB:-faultline_bench}
PORT=${BENCH_PORT:-18080}
ROUNDS=${THREADS_ROUNDS:-2}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
JAR=target/faultline-0.1.0-SNAPSHOT.jar
BASE=http://127.0.0.1:$PORT
LOG=target/bench
mkdir -p "$LOG"

command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
"$JAVA" -Djarmode=tools -jar "$JAR" extract --force --destination "$LOG/app" --application-filename app.jar >/dev/null
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

APP_PID=""
. bench/app.sh
start_app() { # virtual threads: true or false
	ensure_port_free
	DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" FAULTLINE_DEMO=false FAULTLINE_ANONYMOUS_READ=true \
		SPRING_THREADS_VIRTUAL_ENABLED="$1" setsid "$JAVA" -Xmx384m -jar "$LOG/app/app.jar" --server.port="$PORT" \
		>"$LOG/threads-app.log" 2>&1 </dev/null &
	APP_PID=$!
	await_app "$LOG/threads-app.log"
}

cpu() { awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"; } # clock ticks of 10 ms
percentiles() { awk '$1 ~ /^(50|90|99)%$/ { printf "%s %s  ", $1, $2 }' <<<"$1"; }
rate() { awk '/Requests\/sec/ { print $2 }' <<<"$1"; }
errors() { grep -E "timeout|Non-2xx" <<<"$1" | tr -s ' \n' ' ' || true; }
paths() { # connections duration path
	wrk -t2 -c"$1" -d"$2" --latency -s bench/paths.lua "$BASE" -- "$3" 5000 300 2000000
}

for round in $(seq 1 "$ROUNDS"); do
	for virtual in false true; do
		start_app "$virtual"
		echo "== round $round, virtual threads: $virtual"
		for path in / '/login' '/timeline?place={place}' '/events/{event}' '/places/{place}' '/actors/{actor}' \
			'/api/v1/events/{event}'; do
			paths 32 8s "$path" >/dev/null
		done
		for path in / '/timeline?place={place}' '/api/v1/events/{event}'; do
			before=$(cpu)
			out=$(paths 32 12s "$path")
			count=$(awk '/requests in/ { print $1 }' <<<"$out")
			printf '%-26s %8s req/s  JVM %5.2f ms a request  %s %s\n' "$path" "$(rate "$out")" \
				"$(echo "($(cpu) - $before) * 10 / $count" | bc -l)" "$(percentiles "$out")" "$(errors "$out")"
		done
		paths 16 12s '/actors/{actor}' >"$LOG/threads-heavy.out" &
		heavy_pid=$!
		light=$(paths 16 12s /login)
		wait "$heavy_pid"
		heavy=$(cat "$LOG/threads-heavy.out")
		sleep 3 # the actor pages wrk gave up on, still rendering
		printf 'light beside heavy: sign-in page %s req/s  %s| actor pages %s req/s  %s %s\n' "$(rate "$light")" \
			"$(percentiles "$light")" "$(rate "$heavy")" "$(percentiles "$heavy")" "$(errors "$heavy")"
		for load in "12 100" "32 0"; do
			read -r connections wait <<<"$load"
			out=$(wrk -t2 -c"$connections" -d40s --latency -s bench/mixed.lua "$BASE" -- "$wait")
			printf 'mixed, %2s connections, %3s ms between requests: %s req/s  %s %s\n' "$connections" "$wait" \
				"$(rate "$out")" "$(percentiles "$out")" "$(errors "$out")"
		done
		stop_app
		sleep 3
	done
done
