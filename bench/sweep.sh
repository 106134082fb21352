#!/usr/bin/env bash
# Every other page and read of the application, one request at a time, on the archive that
# bench/run.sh fills: the pages bench/run.sh does not measure at 32 connections (lists, regions,
# sources, histories, the map's other reads, the editors' pages, the API's other reads). Issue 6
# asks for a single request's server time of at most 20 ms on every analyst page; this finds the
# pages that do work in proportion to the record instead of to what they show.
#
#   bench/sweep.sh                         # needs the database of bench/run.sh (BENCH_DB)
#   SWEEP_DURATION=10s bench/sweep.sh      # each page for longer (default 5 s, after 2 s of warm-up)
#   BENCH_JAR=/tmp/old.jar bench/sweep.sh  # another build (default: the one in target/)
#   SWEEP_ONLY='region|source' bench/sweep.sh
#
# Prints, per page: the status of a first request, its size, the requests served in the time
# given, and their p50 / p99 / max in milliseconds (wrk, one connection).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DB=${BENCH_DB:-faultline_bench}
PORT=${BENCH_PORT:-18080}
DURATION=${SWEEP_DURATION:-5s}
HEAP=${BENCH_HEAP:-384m}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
JAR=${BENCH_JAR:-target/faultline-0.1.0-SNAPSHOT.jar}
BASE=http://127.0.0.1:$PORT
LOG=target/bench
mkdir -p "$LOG"

APP_PID=""
. bench/app.sh
start_extracted_app sweep
EVENT_COUNT=$(psql -h 127.0.0.1 -U postgres -X -At -d "$DB" -c "SELECT count(*) FROM event")

# The administrator's session, for the editors' pages.
sign_in "$LOG/sweep-cookies.txt"
COOKIE=$SESSION_COOKIE

# path (with bench/paths.lua's placeholders) | who reads it
PAGES=(
	"/actors|reader"
	"/places|reader"
	"/regions|reader"
	"/regions/{region}|reader"
	"/sources|reader"
	"/sources/{source}|reader"
	"/map|reader"
	"/map/regions.geojson|reader"
	"/map/areas.geojson?date={date}|reader"
	"/map/change-dates?date={date}|reader"
	"/map/places/{place}.json|reader"
	"/events/{event}/as-known-on?date={date}|reader"
	"/api/v1/actors|reader"
	"/api/v1/actors/{actor}|reader"
	"/api/v1/places|reader"
	"/api/v1/places/{place}|reader"
	"/api/v1/events/{event}/claims|reader"
	"/api/v1/control/changes?{window365}|reader"
	"/places/search?q=Ta|editor"
	"/events/{event}/history|editor"
	"/places/{place}/history|editor"
	"/actors/{actor}/history|editor"
	"/sources/{source}/history|editor"
	"/review|editor"
	"/review/activity|editor"
	"/events/new|editor"
	"/events/{event}/edit|editor"
	"/events/{event}/claims/new|editor"
	"/places/{place}/edit|editor"
	"/actors/{actor}/edit|editor"
	"/control/new?place={place}|editor"
	"/account|editor"
	"/admin/users|editor"
	"/admin/gazetteer|editor"
)

wrk_one() { # duration path headers... -> wrk output, one connection
	local duration=$1 path=$2
	shift 2
	wrk -t1 -c1 -d"$duration" --latency "$@" -s bench/paths.lua "$BASE" -- "$path" 5000 300 "$EVENT_COUNT"
}

printf '\n| page | who | status | KB | requests | p50 ms | p99 ms | max ms |\n|---|---|---:|---:|---:|---:|---:|---:|\n'
for entry in "${PAGES[@]}"; do
	IFS='|' read -r path who <<<"$entry"
	if [ -n "${SWEEP_ONLY:-}" ] && ! grep -Eq "$SWEEP_ONLY" <<<"$path"; then
		continue
	fi
	headers=()
	[ "$who" = editor ] && headers=(-H "$COOKIE")
	probe=$(sed -e "s/{place}/1/; s/{actor}/1/; s/{event}/1/; s/{region}/SYN-1/; s/{source}/1/; s/{date}/2015-06-01/" \
		-e "s/{window365}/from=2014-06-02\&to=2015-06-01/" <<<"$path")
	read -r status size < <(curl -s -o /dev/null -w '%{http_code} %{size_download}\n' "${headers[@]}" "$BASE$probe")
	wrk_one 2s "$path" "${headers[@]}" >/dev/null
	out=$(wrk_one "$DURATION" "$path" "${headers[@]}")
	requests=$(awk '/requests in/ { print $1 }' <<<"$out")
	max=$(awk '/Latency/ && !done { v = $4; u = v; gsub(/[0-9.]/, "", u); gsub(/[a-z]/, "", v);
		if (u == "us") v /= 1000; else if (u == "s") v *= 1000; printf "%.1f", v; done = 1 }' <<<"$out")
	printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$path" "$who" "$status" "$((size / 1024))" "$requests" \
		"$(latency 50 "$out")" "$(latency 99 "$out")" "$max"
done
