# The application under test, for the bench scripts that start it: sourced after they set PORT,
# BASE and APP_PID="". bench/run.sh and bench/threads.sh start the application in the background
# themselves (their environment and options differ), set APP_PID=$! and call await_app;
# bench/sweep.sh and bench/statements.sh call start_extracted_app.

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

# Builds the jar when missing, extracts it to $LOG/<name>-app, starts it there on the bench's
# database as bench/run.sh does (anonymous reading on, the bench's administrator, -Xmx$HEAP, its
# log in $LOG/<name>-app.log) and waits for it. Needs JAVA, JAR, DB, HEAP and LOG.
start_extracted_app() { # name
	local dir="$LOG/$1-app"
	[ -f "$JAR" ] || ./mvnw -q -B -DskipTests package
	"$JAVA" -Djarmode=tools -jar "$JAR" extract --force --destination "$dir" --application-filename app.jar >/dev/null
	ensure_port_free
	DATABASE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" FAULTLINE_DEMO=false FAULTLINE_ANONYMOUS_READ=true \
		FAULTLINE_ADMIN_PASSWORD=bench-admin-password MALLOC_ARENA_MAX=2 \
		setsid "$JAVA" "-Xmx$HEAP" -jar "$dir/app.jar" --server.port="$PORT" >"$dir.log" 2>&1 </dev/null &
	APP_PID=$!
	await_app "$dir.log"
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
