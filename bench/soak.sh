#!/usr/bin/env bash
# The soak test of BENCHMARKS.md (issue 7): the packaged application on a fresh demo database,
# under a fixed rate of mixed reads and editor writes (bench/soak.lua) for SOAK_DURATION
# (default 10 minutes), sampling the JVM's resident memory and heap every 30 s. It prints the
# wrk summary, the unexpected statuses and the memory series, and fails when any request failed.
#
#   bench/soak.sh                          # 10 minutes, 8 connections x 1 request / 100 ms
#   SOAK_DURATION=60s bench/soak.sh        # a shorter run
#
# Needs: a built jar (./mvnw package -DskipTests), wrk, psql, PostgreSQL with PostGIS on
# 127.0.0.1:5432 (superuser postgres), a JDK >= 21 (JAVA_HOME). Drops and creates faultline_soak.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DB=faultline_soak
PORT=${SOAK_PORT:-18070}
DURATION=${SOAK_DURATION:-600s}
CONNECTIONS=${SOAK_CONNECTIONS:-8}
DELAY_MS=${SOAK_DELAY_MS:-100}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
JAR=target/faultline-0.1.0-SNAPSHOT.jar
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1)
LOG=target/soak
mkdir -p "$LOG"

command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package

"${PSQL[@]}" -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
"${PSQL[@]}" -d "$DB" -c "CREATE EXTENSION postgis"

DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" FAULTLINE_ANONYMOUS_READ=true FAULTLINE_ADMIN_PASSWORD=soak-admin-password \
	setsid "$JAVA" -Xmx512m -jar "$JAR" --server.port="$PORT" >"$LOG/app.log" 2>&1 </dev/null &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; do
	kill -0 "$APP" 2>/dev/null || { tail -30 "$LOG/app.log"; exit 1; }
	sleep 0.5
done

# A personal API token for the editor, stored as its SHA-256 like the account page does.
SECRET="flt_soak$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
HASH=$(printf '%s' "$SECRET" | sha256sum | cut -d' ' -f1)
"${PSQL[@]}" -d "$DB" -c "INSERT INTO api_token (user_id, name, token_hash, prefix)
	SELECT id, 'soak', '$HASH', left('$SECRET', 10) FROM app_user WHERE username = 'editor'"
PLACES=$("${PSQL[@]}" -d "$DB" -Atc "SELECT max(id) FROM place")
EVENTS=$("${PSQL[@]}" -d "$DB" -Atc "SELECT max(id) FROM event")
KIDAL=$("${PSQL[@]}" -d "$DB" -Atc "SELECT id FROM place WHERE name = 'Kidal'")
FAMA=$("${PSQL[@]}" -d "$DB" -Atc "SELECT id FROM actor WHERE short_name = 'FAMa'")

sample() { # elapsed-seconds -> "t rss_mb heap_used_mb"
	local rss heap
	rss=$(($(awk '/VmRSS/ {print $2}' "/proc/$APP/status") / 1024))
	heap=$("${JAVA%/java}/jcmd" "$APP" GC.heap_info 2>/dev/null | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); gsub(/K,?/, "", v); print int(v / 1024); exit}}')
	echo "$1 $rss $heap"
}

echo "soak: $CONNECTIONS connections, one request each per ${DELAY_MS} ms, $DURATION" >&2
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s bench/soak.lua "http://127.0.0.1:$PORT" -- \
	"$SECRET" "$DELAY_MS" "$PLACES" "$EVENTS" "$KIDAL" "$FAMA" >"$LOG/wrk.txt" 2>"$LOG/wrk-errors.txt" &
WRK=$!
START=$(date +%s)
echo "seconds rss_mb heap_used_mb" >"$LOG/memory.txt"
while kill -0 "$WRK" 2>/dev/null; do
	sample $(($(date +%s) - START)) >>"$LOG/memory.txt"
	sleep 30
done
wait "$WRK"
cat "$LOG/wrk.txt"
echo "writes stored: $("${PSQL[@]}" -d "$DB" -Atc "SELECT count(*) FROM event WHERE title LIKE 'Soak write %'")"
echo "memory (every 30 s):"
cat "$LOG/memory.txt"
if [ -s "$LOG/wrk-errors.txt" ] || grep -q 'Non-2xx\|Socket errors' "$LOG/wrk.txt"; then
	echo "unexpected answers:" >&2
	cat "$LOG/wrk-errors.txt" >&2
	grep 'Non-2xx\|Socket errors' "$LOG/wrk.txt" >&2 || true
	# 404s of event ids the demo record lacks are counted by wrk as non-2xx; the Lua script
	# reports every other status, so only its list decides.
	[ -s "$LOG/wrk-errors.txt" ] && exit 1
fi
echo "no unexpected answer"
