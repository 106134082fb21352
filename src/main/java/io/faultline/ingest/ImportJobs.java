package io.faultline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.faultline.ingest.ImportProgress.WriteStep;

/**
 * Imports started from the web page: each is a row of {@code import_job}, run in the
 * background by one worker thread (imports of the same records should not race), with a
 * short queue. The editor may close the page: the job goes on, and its page shows where
 * it stands. Progress is written in its own small transactions, apart from the import's.
 */
@Service
class ImportJobs implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(ImportJobs.class);

	/** How many imports may wait for the worker. */
	static final int QUEUE = 20;

	private static final long PROGRESS_MILLIS = 500;

	private static final int PROBLEMS_KEPT = 2_000;

	/**
	 * How long a job's lease lasts: renewed every few seconds while the instance lives,
	 * so a job is seen as abandoned within about a minute of its instance stopping.
	 */
	static final Duration LEASE = Duration.ofSeconds(60);

	/** {@link #LEASE} as PostgreSQL reads an interval. */
	private static final String LEASE_INTERVAL = LEASE.toSeconds() + " seconds";

	/** Names this instance: the host, the process and a random part (pids repeat). */
	private final String instance = hostName() + "/" + ProcessHandle.current().pid() + "/"
			+ UUID.randomUUID().toString().substring(0, 8);

	private final JdbcClient jdbc;

	private final List<FileImport> imports;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * Rows read by running jobs, to the last one (progress is written twice a second).
	 */
	private final java.util.Map<Long, Long> rowsRead = new java.util.concurrent.ConcurrentHashMap<>();

	private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new ArrayBlockingQueue<>(QUEUE), (task) -> {
				Thread thread = new Thread(task, "import-worker");
				thread.setDaemon(true);
				return thread;
			});

	ImportJobs(JdbcClient jdbc, List<FileImport> imports, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.imports = imports;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * The kinds of file editors import here; the gazetteer's (GeoNames, boundaries) are
	 * for administrators, on their own page.
	 */
	static final List<String> KINDS = List.of(AcledImport.KIND, UcdpImport.KIND);

	/** The kinds of file that can be imported, for the upload form. */
	List<String> kinds() {
		return this.imports.stream().map(FileImport::kind).filter(KINDS::contains).sorted().toList();
	}

	/**
	 * Renews the lease of every job this instance holds, waiting or running: other
	 * instances then know it is alive.
	 */
	@Scheduled(fixedDelay = 10, timeUnit = TimeUnit.SECONDS)
	void renewLeases() {
		this.jdbc.sql("""
				UPDATE import_job SET lease_until = now() + CAST(:lease AS interval)
				 WHERE instance_id = :instance AND status IN ('QUEUED', 'RUNNING')""")
			.param("lease", LEASE_INTERVAL)
			.param("instance", this.instance)
			.update();
	}

	/**
	 * A job whose lease has lapsed will not finish: the instance that held it stopped
	 * (nothing of it was written: an import is one transaction). Runs on one instance at
	 * a time; the web application also runs it as it starts.
	 */
	@Scheduled(fixedDelay = 30, timeUnit = TimeUnit.SECONDS)
	@SchedulerLock(name = "import-jobs-abandoned", lockAtMostFor = "PT1M")
	void failAbandonedJobs() {
		int failed = this.jdbc.sql("""
				UPDATE import_job SET status = 'FAILED', finished_at = now(),
				       failure = 'interrupted: the application stopped before the import finished'
				 WHERE status IN ('QUEUED', 'RUNNING') AND (lease_until IS NULL OR lease_until < now())""").update();
		if (failed > 0) {
			logger.warn("Marked {} import job(s) failed: the instance running them stopped", failed);
		}
	}

	@EventListener
	void failAbandonedJobs(ApplicationReadyEvent ready) {
		if (ready.getApplicationContext() instanceof WebServerApplicationContext) {
			failAbandonedJobs();
		}
	}

	/** This instance's name in {@code import_job.instance_id}. */
	String instance() {
		return this.instance;
	}

	/**
	 * Queues the import of a file already stored on the server; the job owns the file
	 * from now on.
	 */
	long start(String kind, String fileName, Path stored, boolean dryRun, Long dryRunOfId, Authentication requestedBy) {
		FileImport fileImport = fileImport(kind).orElseThrow(() -> new IllegalArgumentException(kind));
		long size = size(stored);
		long id = this.jdbc.sql("""
				INSERT INTO import_job (kind, file_name, stored_file, dry_run, dry_run_of_id, requested_by, bytes_total,
				                        instance_id, lease_until)
				VALUES (:kind, :name, :stored, :dryRun, :dryRunOf, :by, :size, :instance,
				        now() + CAST(:lease AS interval)) RETURNING id""")
			.param("kind", kind)
			.param("name", fileName)
			.param("stored", stored.toString())
			.param("dryRun", dryRun)
			.param("dryRunOf", dryRunOfId)
			.param("by", requestedBy.getName())
			.param("size", size)
			.param("instance", this.instance)
			.param("lease", LEASE_INTERVAL)
			.query(Long.class)
			.single();
		try {
			this.worker.execute(() -> run(id, fileImport, stored, dryRun, requestedBy));
		}
		catch (RejectedExecutionException ex) {
			finish(id, "FAILED", null, "too many imports are waiting: try again when one has finished");
			deleteQuietly(stored);
		}
		return id;
	}

	/** The real import of a clean dry run's upload. */
	Optional<Long> importNow(long dryRunId, Authentication requestedBy) {
		return find(dryRunId).filter(ImportJob::canImportNow).flatMap((dryRun) -> {
			// Taken from the dry run, so that a second click finds nothing to import.
			Optional<String> stored = this.jdbc.sql("""
					WITH taken AS (SELECT id, stored_file FROM import_job
					                WHERE id = :id AND stored_file IS NOT NULL FOR UPDATE)
					UPDATE import_job j SET stored_file = NULL FROM taken
					 WHERE j.id = taken.id RETURNING taken.stored_file""")
				.param("id", dryRunId)
				.query(String.class)
				.optional();
			return stored
				.map((file) -> start(dryRun.kind(), dryRun.fileName(), Path.of(file), false, dryRunId, requestedBy));
		});
	}

	private void run(long id, FileImport fileImport, Path stored, boolean dryRun, Authentication requestedBy) {
		// The audit triggers name whoever asked for the import.
		SecurityContextHolder.setContext(new SecurityContextImpl(requestedBy));
		try {
			update("UPDATE import_job SET status = 'RUNNING', started_at = now() WHERE id = :id", id);
			ImportReport report = fileImport.run(stored, dryRun, new JobProgress(id), requestedBy.getName());
			finish(id, report.accepted() ? "DONE" : "REJECTED", report, null);
			if (!dryRun || !report.accepted()) {
				deleteQuietly(stored);
			}
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Import job {} failed", id, ex);
			finish(id, "FAILED", null, ex.getMessage());
			deleteQuietly(stored);
		}
		finally {
			this.rowsRead.remove(id);
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * Writes a running job's progress in small transactions of its own: rows read at most
	 * twice a second, and each step of writing the record as it begins.
	 */
	private final class JobProgress implements ImportProgress {

		private final long id;

		private long lastWritten;

		JobProgress(long id) {
			this.id = id;
		}

		@Override
		public void read(long rows, long bytes) {
			ImportJobs.this.rowsRead.put(this.id, rows);
			long now = System.currentTimeMillis();
			if (now - this.lastWritten >= PROGRESS_MILLIS) {
				this.lastWritten = now;
				ImportJobs.this.ownTransaction.executeWithoutResult((status) -> ImportJobs.this.jdbc.sql(
						"UPDATE import_job SET rows_done = :rows, bytes_done = least(:bytes, bytes_total) WHERE id = :id")
					.param("rows", rows)
					.param("bytes", bytes)
					.param("id", this.id)
					.update());
			}
		}

		@Override
		public void writing(WriteStep step) {
			ImportJobs.this.ownTransaction.executeWithoutResult((status) -> ImportJobs.this.jdbc.sql("""
					UPDATE import_job SET step = :step, step_started_at = now(), bytes_done = bytes_total,
					       rows_done = greatest(rows_done, :rows)
					 WHERE id = :id""")
				.param("step", step.name())
				.param("rows", ImportJobs.this.rowsRead.getOrDefault(this.id, 0L))
				.param("id", this.id)
				.update());
		}

	}

	private void finish(long id, String status, ImportReport report, String failure) {
		List<ImportProblem> problems = (report != null) ? report.rejected() : List.of();
		this.ownTransaction.executeWithoutResult((tx) -> this.jdbc.sql("""
				UPDATE import_job SET status = :status, finished_at = now(), failure = :failure,
				       created_count = :created, updated_count = :updated, unchanged_count = :unchanged,
				       rejected_count = :rejected, problems = CAST(:problems AS jsonb),
				       bytes_done = bytes_total, rows_done = greatest(rows_done, :rows),
				       stored_file = CASE WHEN :keep THEN stored_file END
				 WHERE id = :id""")
			.param("status", status)
			.param("failure", failure)
			.param("created", (report != null) ? report.created() : null)
			.param("updated", (report != null) ? report.updated() : null)
			.param("unchanged", (report != null) ? report.unchanged() : null)
			.param("rejected", (report != null) ? (long) report.rejected().size() : null)
			.param("problems", this.json.writeValueAsString(problems.stream().limit(PROBLEMS_KEPT).toList()))
			.param("keep", report != null && report.dryRun() && report.accepted())
			.param("rows", this.rowsRead.getOrDefault(id, 0L))
			.param("id", id)
			.update());
	}

	List<ImportJob> recent() {
		return this.jdbc.sql("SELECT * FROM import_job ORDER BY created_at DESC, id DESC LIMIT 50")
			.query((row, n) -> job(row, false))
			.list();
	}

	Optional<ImportJob> find(long id) {
		return this.jdbc.sql("SELECT * FROM import_job WHERE id = :id")
			.param("id", id)
			.query((row, n) -> job(row, true))
			.optional();
	}

	/** Actors imports created from names no alias knew, for an editor to check. */
	List<ActorToReview> actorsToReview() {
		return this.jdbc.sql("SELECT id, name FROM actor WHERE needs_review ORDER BY name LIMIT 200")
			.query((row, n) -> new ActorToReview(row.getLong("id"), row.getString("name")))
			.list();
	}

	/** An actor waiting for an editor's look. */
	public record ActorToReview(long id, String name) {

	}

	Instant now() {
		return this.clock.instant();
	}

	private ImportJob job(ResultSet row, boolean withProblems) throws SQLException {
		String stored = row.getString("stored_file");
		List<ImportProblem> problems = withProblems
				? this.json.readValue(row.getString("problems"), new TypeReference<List<ImportProblem>>() {
				}) : List.of();
		return new ImportJob(row.getLong("id"), row.getString("kind"), row.getString("file_name"),
				row.getBoolean("dry_run"), row.getString("status"), row.getString("requested_by"),
				instant(row, "created_at"), instant(row, "started_at"), instant(row, "finished_at"),
				row.getLong("bytes_total"), row.getLong("bytes_done"), row.getLong("rows_done"),
				row.getObject("created_count", Long.class), row.getObject("updated_count", Long.class),
				row.getObject("unchanged_count", Long.class), row.getObject("rejected_count", Long.class), problems,
				row.getString("failure"),
				row.getBoolean("dry_run") && "DONE".equals(row.getString("status")) && stored != null
						&& Files.exists(Path.of(stored)),
				row.getObject("dry_run_of_id", Long.class), step(row.getString("step")),
				instant(row, "step_started_at"));
	}

	private static WriteStep step(String name) {
		return (name != null) ? WriteStep.valueOf(name) : null;
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

	private Optional<FileImport> fileImport(String kind) {
		return this.imports.stream().filter((i) -> i.kind().equals(kind)).findFirst();
	}

	private void update(String sql, long id) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc.sql(sql).param("id", id).update());
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "unknown-host";
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			logger.warn("Could not delete the upload {}", file, ex);
		}
	}

	@Override
	public void destroy() {
		this.worker.shutdownNow();
	}

}
