#!/usr/bin/env bash
# What a page's rows cost the first time a PostgreSQL backend reads them, against the same
# rows read again (BENCHMARKS.md, eleventh run): in one connection, the 51 newest events of
# several places it has not read (the timeline's rows, fewer columns), each read twice, with
# the buffers hit and read and the backend's minor page faults. On the 2-core virtual machines
# here a first read cost 3-8 times the second, about 13-26 us a block. About half of that is
# the backend's page faults on the shared buffers (4 kB pages); with PostgreSQL's shared memory
# in huge pages they all but vanish, and a first read took 1.2-1.9 ms instead of 2.9-3.6 ms
# (BENCHMARKS.md, fourteenth run; docs/operations.md, "PostgreSQL's memory").
#
#   bench/first-touch.sh                 # on faultline_bench (bench/run.sh fills it)
#   BENCH_DB=faultline_bench BENCH_PLACES="2101 2102 2103" bench/first-touch.sh
#
# Needs: a database filled by bench/run.sh on 127.0.0.1:5432 (superuser postgres, trust auth),
# and psql on the same machine as the server (it reads /proc for the backend's page faults).
set -euo pipefail
DB=${BENCH_DB:-faultline_bench}
PLACES=${BENCH_PLACES:-$(shuf -i 1000-5000 -n 4 | paste -sd' ')}

coproc PSQL { psql -h 127.0.0.1 -U postgres -X -At -d "$DB" 2>&1; }
ask() { # statement -> the lines it prints, until the marker
	printf '%s\n\\echo --end--\n' "$1" >&"${PSQL[1]}"
	local line
	while read -r line <&"${PSQL[0]}"; do
		[ "$line" = --end-- ] && break
		printf '%s\n' "$line"
	done
}
faults() { awk '{ print $10 }' "/proc/$BACKEND/stat"; }

BACKEND=$(ask 'SELECT pg_backend_pid();')
ask 'SET jit = off;' >/dev/null
# The first statements of a new backend load its caches: not what is measured here.
ask 'SELECT count(*) FROM (SELECT 1 FROM event WHERE place_id = 1 ORDER BY event_date DESC, id DESC LIMIT 51) x;' >/dev/null

printf '| place | read | time ms | buffers hit | buffers read | minor faults |\n|---:|---|---:|---:|---:|---:|\n'
for place in $PLACES; do
	for read in first again; do
		before=$(faults)
		plan=$(ask "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT e.id, e.event_date, e.title, e.fatalities_best, p.name
			FROM event e JOIN place p ON p.id = e.place_id
			WHERE e.review_status = 'PUBLISHED' AND e.place_id = $place
			ORDER BY e.event_date DESC, e.id DESC LIMIT 51;")
		after=$(faults)
		printf '| %s | %s | %s | %s | %s | %s |\n' "$place" "$read" \
			"$(grep -o '"Execution Time": [0-9.]*' <<<"$plan" | awk '{ print $3 }')" \
			"$(grep -o '"Shared Hit Blocks": [0-9]*' <<<"$plan" | head -1 | awk '{ print $4 }')" \
			"$(grep -o '"Shared Read Blocks": [0-9]*' <<<"$plan" | head -1 | awk '{ print $4 }')" \
			"$((after - before))"
	done
done
printf '\\q\n' >&"${PSQL[1]}"
