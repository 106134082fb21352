package io.faultline;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The packaged application ({@code target/faultline-*.jar}) run as its own process on a
 * free port, against a database, as an operator runs it: for the tests of what only a
 * real process shows (restores, several instances behind a proxy).
 */
public final class PackagedApp implements AutoCloseable {

	public static final Path JAR = Path.of("target/faultline-0.1.0-SNAPSHOT.jar");

	private final Process process;

	private final Path log;

	private final int port;

	private PackagedApp(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/**
	 * Starts the jar on {@code databaseUrl} with the test pool's credentials and the
	 * given environment, and waits until it reports healthy.
	 */
	public static PackagedApp start(String databaseUrl, HikariDataSource pool, Map<String, String> environment,
			Path log) throws Exception {
		return start(databaseUrl, pool, List.of(), environment, log);
	}

	/**
	 * Starts the jar as {@link #start(String, HikariDataSource, Map, Path)} does, with
	 * {@code javaOptions} (such as {@code -Dspring.aot.enabled=true}) before
	 * {@code -jar}.
	 */
	public static PackagedApp start(String databaseUrl, HikariDataSource pool, List<String> javaOptions,
			Map<String, String> environment, Path log) throws Exception {
		int port = freePort();
		PackagedApp app = new PackagedApp(
				process(databaseUrl, pool, javaOptions, List.of("--server.port=" + port), environment, log).start(),
				log, port);
		app.awaitHealthy();
		return app;
	}

	/**
	 * The command that runs the jar on {@code databaseUrl} with the test pool's
	 * credentials: {@code java <javaOptions> -jar <jar> <arguments>}, its output to
	 * {@code log}.
	 */
	public static ProcessBuilder process(String databaseUrl, HikariDataSource pool, List<String> javaOptions,
			List<String> arguments, Map<String, String> environment, Path log) {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-Xmx384m");
		command.addAll(javaOptions);
		command.addAll(List.of("-jar", JAR.toString()));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().put("DATABASE_URL", databaseUrl);
		builder.environment().put("DATABASE_USERNAME", pool.getUsername());
		builder.environment().put("DATABASE_PASSWORD", (pool.getPassword() != null) ? pool.getPassword() : "");
		builder.environment().putAll(environment);
		return builder;
	}

	public int port() {
		return this.port;
	}

	public String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/** What the application printed so far. */
	public String log() {
		try {
			return Files.readString(this.log);
		}
		catch (IOException ex) {
			return "(no log)";
		}
	}

	private void awaitHealthy() throws Exception {
		if (!awaitHealth(200, Duration.ofSeconds(180))) {
			close();
			throw new AssertionError("the application did not start within 180 s:\n" + log());
		}
	}

	/**
	 * Waits until {@code /actuator/health} answers {@code status} (200 when UP, 503 when
	 * a dependency such as the database is DOWN); false when it did not within the time.
	 */
	public boolean awaitHealth(int status, Duration within) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		Instant until = Instant.now().plus(within);
		while (Instant.now().isBefore(until)) {
			if (!this.process.isAlive()) {
				throw new AssertionError("the application stopped:\n" + log());
			}
			try {
				var health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
					.timeout(Duration.ofSeconds(10))
					.build(), BodyHandlers.ofString());
				if (health.statusCode() == status) {
					return true;
				}
			}
			catch (IOException notYet) {
				// not listening (yet, or again)
			}
			Thread.sleep(200);
		}
		return false;
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
