#!/usr/bin/env bash
# Where a page's time in PostgreSQL goes, statement by statement, on the archive that bench/run.sh
# fills. Starts the application with every statement of its connections logged with its duration
# (log_min_duration_statement = 0 on the benchmark database, reset afterwards), asks for the page
# one request at a time, and sums the log per statement: milliseconds a request, and how many times
# a request runs it. Bind includes planning, where PostgreSQL makes a plan for the values.
#
#   bench/statements.sh '/events/{event}'                    # 10 s after 20 s of warm-up
#   STATEMENTS_DURATION=20s bench/statements.sh '/timeline?q=ambush'
#   BENCH_JAR=/tmp/old.jar bench/statements.sh '/places/{place}'
#
# The path takes bench/paths.lua's placeholders. Reads PostgreSQL's log where Debian writes it
# (BENCH_PG_LOG to name another), so it needs the server on this machine, as bench/run.sh does.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PAGE=${1:?usage: bench/statements.sh PATH}
DB=${BENCH_DB:-faultline_bench}
PORT=${BENCH_PORT:-18080}
DURATION=${STATEMENTS_DURATION:-10s}
HEAP=${BENCH_HEAP:-384m}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
JAR=${BENCH_JAR:-target/faultline-0.1.0-SNAPSHOT.jar}
PG_LOG=${BENCH_PG_LOG:-/var/log/postgresql/postgresql-$(psql -h 127.0.0.1 -U postgres -X -At -c "SHOW server_version_num" | cut -c1-2)-main.log}
BASE=http://127.0.0.1:$PORT
PSQL=(psql -h 127.0.0.1 -U postgres -X -q -v ON_ERROR_STOP=1)
LOG=target/bench
mkdir -p "$LOG"
[ -r "$PG_LOG" ] || { echo "cannot read PostgreSQL's log $PG_LOG (set BENCH_PG_LOG)" >&2; exit 1; }

APP_PID=""
. bench/app.sh
reset_logging() {
	"${PSQL[@]}" -c "ALTER DATABASE $DB RESET log_min_duration_statement"
	stop_app
}
trap reset_logging EXIT
"${PSQL[@]}" -c "ALTER DATABASE $DB SET log_min_duration_statement = 0"
start_extracted_app statements
EVENT_COUNT=$("${PSQL[@]}" -At -d "$DB" -c "SELECT count(*) FROM event")

wrk -t1 -c1 -d20s -s bench/paths.lua "$BASE" -- "$PAGE" 5000 300 "$EVENT_COUNT" >/dev/null
start=$(($(wc -l <"$PG_LOG") + 1))
requests=$(wrk -t1 -c1 -d"$DURATION" -s bench/paths.lua "$BASE" -- "$PAGE" 5000 300 "$EVENT_COUNT" |
	awk '/requests in/ { print $1 }')
tail -n +"$start" "$PG_LOG" >"$LOG/statements.log"

python3 - "$requests" "$LOG/statements.log" <<'PY'
import collections, re, sys

requests = int(sys.argv[1])
total = collections.Counter()
runs = collections.Counter()
phases = collections.Counter()
entry = None

def close(entry):
    if entry:
        ms, phase, text = entry
        key = re.sub(r"\s+", " ", text).strip()[:110]
        if not key:
            return
        total[key] += ms
        phases[phase] += ms
        if phase in ("execute", "simple"):
            runs[key] += 1

for line in open(sys.argv[2], encoding="utf-8", errors="replace"):
    found = re.search(r"LOG:  duration: ([\d.]+) ms  (?:(parse|bind|execute) [^:]*: )?(?:statement: )?(.*)", line)
    if found:
        close(entry)
        entry = [float(found.group(1)), found.group(2) or "simple", found.group(3)]
    elif line[:1] in ("\t", " ") and entry:
        entry[2] += " " + line
    else:
        close(entry)
        entry = None
close(entry)
print(f"{requests} requests; PostgreSQL ms a request by phase: "
      + ", ".join(f"{phase} {ms / requests:.3f}" for phase, ms in phases.most_common()))
print("| ms a request | runs a request | statement |\n|---:|---:|---|")
for key, ms in total.most_common(15):
    print(f"| {ms / requests:.3f} | {runs[key] / requests:.2f} | `{key}` |")
PY
