# The application under test, for the bench scripts that start it: sourced after they set PORT,
# BASE and APP_PID="". bench/run.sh and bench/startup.sh start it with start_timed and train their
# caches with train_cache; bench/sweep.sh and bench/statements.sh call start_extracted_app;
# bench/threads.sh starts it in the background itself (its environment differs), sets APP_PID=$!
# and calls await_app.

# Exits when something already answers on the bench's port.
ensure_port_free() {
	if curl -s -o /dev/null "$BASE/"; then
		echo "port $PORT already answers: stop what runs there, or set BENCH_PORT" >&2
		exit 1
	fi
}

# Waits until the application answers its health check; when it dies first, prints the end of
# its log (the argument) and exits.
await_app() {
	until curl -sf "$BASE/actuator/health" >/dev/null 2>&1; do
		kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$1" >&2; exit 1; }
		sleep 0.1
	done
}

# Starts the extracted jar (first argument) on a database (second) as the bench runs it
# (anonymous reading on, the bench's administrator, -Xmx$HEAP), its log in the third argument,
# with the Java options that follow; waits for it, and sets APP_PID and STARTUP_MS (ms from `java`
# to a healthy /actuator/health). Not in a subshell: the caller must know the pid. Needs JAVA and
# HEAP.
start_timed() { # jar database log [java options...]
	local jar=$1 database=$2 out=$3 started
	shift 3
	ensure_port_free
	started=$(date +%s%N)
	DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$database" FAULTLINE_DEMO=false FAULTLINE_ANONYMOUS_READ=true \
		FAULTLINE_ADMIN_PASSWORD=bench-admin-password \
		setsid "$JAVA" "-Xmx$HEAP" "$@" -jar "$jar" --server.port="$PORT" >"$out" 2>&1 </dev/null &
	APP_PID=$!
	await_app "$out"
	STARTUP_MS=$((($(date +%s%N) - started) / 1000000))
}

# Trains a JVM cache (its output among the Java options after the third argument): runs the jar
# (first argument) on a database (second) to the end of its context's refresh, its log in the third.
train_cache() { # jar database log [java options...]
	local jar=$1 database=$2 out=$3
	shift 3
	DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$database" FAULTLINE_DEMO=false \
		FAULTLINE_ADMIN_PASSWORD=bench-admin-password \
		"$JAVA" "-Xmx$HEAP" "$@" -Dspring.context.exit=onRefresh -jar "$jar" --server.port="$PORT" >"$out" 2>&1
}

# Builds the jar when missing, extracts it to $LOG/<name>-app, starts it there on the bench's
# database with start_timed (two malloc arenas, as bench/run.sh runs it) and waits for it. Needs
# JAVA, JAR, DB, HEAP and LOG.
start_extracted_app() { # name
	local dir="$LOG/$1-app"
	[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
	"$JAVA" -Djarmode=tools -jar "$JAR" extract --force --destination "$dir" --application-filename app.jar >/dev/null
	MALLOC_ARENA_MAX=2 start_timed "$dir/app.jar" "$DB" "$dir.log"
}

stop_app() {
	if [ -n "$APP_PID" ]; then
		kill "$APP_PID" 2>/dev/null || true
		wait "$APP_PID" 2>/dev/null || true
		APP_PID=""
	fi
}
trap stop_app EXIT

# Signs in as the bench's administrator (the application started with
# FAULTLINE_ADMIN_PASSWORD=bench-admin-password) and sets SESSION_COOKIE to the session's
# "Cookie:" header; exits when signing in fails, as the pages meant to be measured signed in
# would then be measured anonymously (or as redirects to the sign-in page).
SESSION_COOKIE=""
sign_in() { # cookie-jar-file
	local jar=$1 token
	rm -f "$jar"
	token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
	curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode username=admin \
		--data-urlencode password=bench-admin-password --data-urlencode "_csrf=$token" "$BASE/login"
	SESSION_COOKIE="Cookie: $(awk '$6 == "FAULTLINE_SESSION" { print $6 "=" $7 }' "$jar")"
	if [[ $(curl -s -H "$SESSION_COOKIE" "$BASE/") != *'class="sign-out"'* ]]; then
		echo "signing in as admin failed: the signed-in pages would be measured anonymously" >&2
		exit 1
	fi
}

# A percentile of wrk --latency's output, in milliseconds.
latency() { # percentile wrk-output
	awk -v p="$1" '$1 == p"%" { v = $2; u = v; gsub(/[0-9.]/, "", u); gsub(/[a-z]/, "", v);
		if (u == "us") v /= 1000; else if (u == "s") v *= 1000; printf "%.1f", v }' <<<"$2"
}
