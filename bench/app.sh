# The application under test, for the bench scripts that start it (bench/run.sh, bench/threads.sh):
# sourced after they set PORT, BASE and APP_PID="". The caller starts the application in the
# background itself (its environment and options differ), sets APP_PID=$! and calls await_app.

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

stop_app() {
	if [ -n "$APP_PID" ]; then
		kill "$APP_PID" 2>/dev/null || true
		wait "$APP_PID" 2>/dev/null || true
		APP_PID=""
	fi
}
trap stop_app EXIT
