#!/bin/sh
# ACLED import benchmark: a synthetic ACLED CSV (invented rows, fixed seed) imported through the
# command line, against a raw COPY of the same file into a table of the same 31 text columns.
#
#   bench/acled-import.sh [rows]        (default 200000)
#   BENCH_SQL=bench/statement-level-audit.sql bench/acled-import.sh   (measure an experiment)
#
# Needs a built jar (./mvnw package -DskipTests), psql, and a PostgreSQL with PostGIS. It uses
# the database BENCH_DATABASE (default faultline_bench_acled), which it drops and creates, so
# never point it at a database you care about.
set -eu
ROWS=${1:-200000}
DB=${BENCH_DATABASE:-faultline_bench_acled}
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
export PGHOST PGUSER
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
cd "$(dirname "$0")/.."
JAR=$(ls target/faultline-*.jar | head -1)
FILE=target/bench/acled-$ROWS.csv

[ -f "$FILE" ] || $JAVA bench/AcledSample.java "$FILE" "$ROWS"
echo "file: $FILE, $ROWS rows, $(du -m "$FILE" | cut -f1) MB"

psql -q -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
psql -q -d "$DB" -c "CREATE EXTENSION postgis"

# Migrate and load the demo record (so that actor names resolve), without importing anything yet.
DATABASE_URL=jdbc:postgresql://$PGHOST:5432/$DB DATABASE_USERNAME=$PGUSER FAULTLINE_ADMIN_PASSWORD=bench-only \
	$JAVA -jar "$JAR" import acled /dev/null >/dev/null 2>&1 || true

# An experiment to measure, e.g. BENCH_SQL=bench/statement-level-audit.sql
[ -n "${BENCH_SQL:-}" ] && psql -q -d "$DB" -f "$BENCH_SQL" && echo "applied $BENCH_SQL"

COLUMNS=$(head -1 "$FILE" | sed 's/^\xEF\xBB\xBF//; s/,/ text, /g; s/$/ text/')
psql -q -d "$DB" -c "CREATE UNLOGGED TABLE bench_raw ($COLUMNS)"
START=$(date +%s.%N)
psql -q -d "$DB" -c "\\copy bench_raw FROM '$FILE' (FORMAT csv, HEADER true)"
END=$(date +%s.%N)
RAW=$(echo "$ROWS / ($END - $START)" | bc)
echo "raw COPY:            $(echo "$END - $START" | bc) s, $RAW rows/s"

START=$(date +%s.%N)
OUT=$(DATABASE_URL=jdbc:postgresql://$PGHOST:5432/$DB DATABASE_USERNAME=$PGUSER FAULTLINE_ADMIN_PASSWORD=bench-only \
	$JAVA -jar "$JAR" import acled "$FILE" --logging.level.io.faultline.ingest=DEBUG 2>/dev/null \
	| tee target/bench/import.log | grep '^acled import')
END=$(date +%s.%N)
MS=$(echo "$OUT" | sed 's/.* in \([0-9]*\) ms.*/\1/')
echo "$OUT"
echo "import (in the app): $(echo "$MS / 1000" | bc -l | cut -c1-6) s, $(echo "$ROWS * 1000 / $MS" | bc) rows/s"
echo "steps (ms):"; grep -o 'ingest\.[A-Za-z]* *: .*' target/bench/import.log | sed 's/^[^:]*: /  /' | grep -v '^  [0-9] ms'
echo "import (wall clock, JVM start included): $(echo "$END - $START" | bc) s, $(echo "$ROWS / ($END - $START)" | bc) rows/s"

START=$(date +%s.%N)
OUT=$(DATABASE_URL=jdbc:postgresql://$PGHOST:5432/$DB DATABASE_USERNAME=$PGUSER FAULTLINE_ADMIN_PASSWORD=bench-only \
	$JAVA -jar "$JAR" import acled "$FILE" 2>/dev/null | grep '^acled import')
MS=$(echo "$OUT" | sed 's/.* in \([0-9]*\) ms.*/\1/')
echo "$OUT"
echo "re-import, all unchanged (in the app): $(echo "$ROWS * 1000 / $MS" | bc) rows/s"
