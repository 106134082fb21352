#!/usr/bin/env bash
# Startup of the packaged application (issue 6: <= 8 s on an empty and on a full database), from
# `java` to the first healthy /actuator/health, in four ways taken in turn, round after round, so
# that a machine's drift falls on all of them alike (BENCHMARKS.md, "Startup"):
#
#   plain         java -jar app.jar (extracted, as bench/run.sh and the Dockerfile run it)
#   spring-aot    java -Dspring.aot.enabled=true -jar app.jar: Spring's bean definitions written
#                 at build time (process-aot in pom.xml) instead of found by scanning at start
#   jvm-cache     java -XX:AOTCache=app.aot -jar app.jar: Java 25's ahead-of-time cache of
#                 loaded and linked classes, from a training run on the same database
#   both          the two together (the cache trained with spring.aot.enabled too)
#
# Prints each start, then the median of each way on each database.
#
#   bench/startup.sh                  # 5 rounds on faultline_bench (filled by bench/run.sh) and
#                                     # on an empty database migrated once first
#   BENCH_ROUNDS=3 bench/startup.sh
#
# Needs: bench/run.sh's database, a JDK 25 (JAVA_HOME) for the cache, PostgreSQL as .ci/run
# prepares it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DB=${BENCH_DB:-faultline_bench}
EMPTY_DB=${DB}_startup_empty
PORT=${BENCH_PORT:-18080}
ROUNDS=${BENCH_ROUNDS:-5}
HEAP=${BENCH_HEAP:-384m}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
JAR=target/faultline-0.1.0-SNAPSHOT.jar
BASE=http://127.0.0.1:$PORT
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1)
LOG=target/bench
APP=$LOG/startup-app
mkdir -p "$LOG"
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

log() { printf '==> %s\n' "$*" >&2; }

APP_PID=""
. bench/app.sh
[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
"$JAVA" -Djarmode=tools -jar "$JAR" extract --force --destination "$APP" --application-filename app.jar >/dev/null

STARTUP_MS=""
start() { # database, java options...: sets STARTUP_MS
	local database=$1
	shift
	start_timed "$APP/app.jar" "$database" "$APP.log" "$@"
	stop_app
}

log "creating $EMPTY_DB and migrating it"
"${PSQL[@]}" -c "DROP DATABASE IF EXISTS $EMPTY_DB" -c "CREATE DATABASE $EMPTY_DB"
"${PSQL[@]}" -d "$EMPTY_DB" -c "CREATE EXTENSION postgis"
start "$EMPTY_DB"
log "migrated in a start of $STARTUP_MS ms"

log "training the two caches on $DB (one with Spring's definitions, one without)"
for aot in false true; do
	train_cache "$APP/app.jar" "$DB" "$APP-training-$aot.log" -XX:AOTCacheOutput="$APP/app-$aot.aot" \
		-Dspring.aot.enabled=$aot
done

WAYS=(plain spring-aot jvm-cache both)
options() { # way
	case $1 in
		plain) ;;
		spring-aot) echo -Dspring.aot.enabled=true ;;
		jvm-cache) echo "-XX:AOTCache=$APP/app-false.aot" ;;
		both) echo "-XX:AOTCache=$APP/app-true.aot -Dspring.aot.enabled=true" ;;
	esac
}

RESULTS=$LOG/startup.tsv
: >"$RESULTS"
for round in $(seq "$ROUNDS"); do
	for database in "$DB" "$EMPTY_DB"; do
		for way in "${WAYS[@]}"; do
			# shellcheck disable=SC2046 # the options are words
			start "$database" $(options "$way")
			printf '%s\t%s\t%s\t%s\n' "$round" "$database" "$way" "$STARTUP_MS" | tee -a "$RESULTS" >&2
		done
	done
done
"${PSQL[@]}" -c "DROP DATABASE $EMPTY_DB"

printf '\n| start | full database (%s), median ms | empty database, median ms |\n|---|---:|---:|\n' "$DB"
for way in "${WAYS[@]}"; do
	median() { awk -F'\t' -v d="$1" -v w="$way" '$2 == d && $3 == w { print $4 }' "$RESULTS" | sort -n |
		awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
	printf '| %s | %s | %s |\n' "$way" "$(median "$DB")" "$(median "$EMPTY_DB")"
done
printf '\n%s rounds; each start until /actuator/health answers (-Xmx%s, MALLOC_ARENA_MAX=%s); %s\n' "$ROUNDS" "$HEAP" \
	"$MALLOC_ARENA_MAX" "$("$JAVA" -version 2>&1 | head -1)"
