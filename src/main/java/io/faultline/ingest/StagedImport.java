package io.faultline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import de.siegmar.fastcsv.reader.CsvRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How ACLED and UCDP files reach the record: every row is checked and streamed through
 * {@code COPY} into a temporary staging table; the database then sorts the events into
 * new, updated and unchanged, resolves actors and places, and writes events,
 * participants, sources and claims set-wise, a few statements for the whole file. All in
 * one transaction: with any rejected row, on a dry run or on any failure, it is rolled
 * back and the record is as before.
 */
@Component
class StagedImport {

	private static final Logger logger = LoggerFactory.getLogger(StagedImport.class);

	/** A place of the same name within this distance is the same place. */
	static final int PLACE_MATCH_METRES = 25_000;

	private static final int PROGRESS_EVERY = 5_000;

	/** Turns the rows of one file into staged events. */
	interface RowParser {

		/** The required columns the header lacks. */
		List<String> missingColumns();

		/** The column holding the dataset's event id, for messages. */
		String idColumn();

		/**
		 * Whether rows repeat per actor of an event (ACLED's actor-based files): they are
		 * merged into one event.
		 */
		boolean actorBased();

		/** The row as staged, or null when it is rejected (its problems noted). */
		StagedEvent parse(CsvRow row);

	}

	private final PlatformTransactionManager transactions;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	StagedImport(PlatformTransactionManager transactions, DataSource dataSource, JdbcClient jdbc) {
		this.transactions = transactions;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
	}

	ImportReport run(Dataset dataset, Path file, boolean dryRun, ImportProgress progress, String user,
			Function<CsvFile, RowParser> parsers) throws IOException {
		long started = System.nanoTime();
		ImportProblems problems = new ImportProblems();
		Map<String, Long> counts;
		try {
			counts = new TransactionTemplate(this.transactions).execute((status) -> {
				Map<String, Long> result = load(dataset, file, dryRun, progress, user, parsers, problems);
				if (dryRun || !problems.isEmpty()) {
					status.setRollbackOnly();
				}
				return result;
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		return new ImportReport(dataset.kind, dryRun, counts.getOrDefault("NEW", 0L),
				counts.getOrDefault("UPDATED", 0L), counts.getOrDefault("UNCHANGED", 0L), problems.list(),
				Duration.ofNanos(System.nanoTime() - started));
	}

	private Map<String, Long> load(Dataset dataset, Path file, boolean dryRun, ImportProgress progress, String user,
			Function<CsvFile, RowParser> parsers, ImportProblems problems) {
		try (CsvFile csv = CsvFile.open(file)) {
			this.jdbc
				.sql("SELECT set_config('faultline.user', :user, true), set_config('faultline.reason', :reason, true)")
				.param("user", user)
				.param("reason", dataset.datasetSource + " import of " + file.getFileName())
				.query()
				.listOfRows();
			if (csv.isEmpty()) {
				problems.add(0, null, "the file is empty: it has no header row");
				return Map.of();
			}
			RowParser parser = parsers.apply(csv);
			List<String> missing = parser.missingColumns();
			if (!missing.isEmpty()) {
				problems.add(0, String.join(", ", missing),
						"the header lacks the required column" + (missing.size() > 1 ? "s " : " ")
								+ String.join(", ", missing) + ": is this a " + dataset.datasetSource + " CSV file?");
				return Map.of();
			}
			this.jdbc.sql(StagingTable.CREATE).update();
			long staging = System.nanoTime();
			stage(csv, parser, progress, problems);
			logger.debug("staged in {} ms", (System.nanoTime() - staging) / 1_000_000);
			this.jdbc.sql("ANALYZE staged_event").update();
			if (!parser.actorBased()) {
				duplicates(parser.idColumn(), problems);
			}
			progress.writing(ImportProgress.WriteStep.SORTING);
			long classifying = System.nanoTime();
			Map<String, Long> counts = classify(dataset, parser.actorBased());
			logger.debug("classified in {} ms", (System.nanoTime() - classifying) / 1_000_000);
			if (!dryRun && problems.isEmpty()) {
				new RecordWrites(this.jdbc, dataset, user, parser.actorBased(), progress).apply();
			}
			return counts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void stage(CsvFile csv, RowParser parser, ImportProgress progress, ImportProblems problems)
			throws IOException {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		long rows = 0;
		try (StagingTable staging = new StagingTable(connection)) {
			CsvRecord record;
			while ((record = csv.next()) != null) {
				rows++;
				CsvRow row = new CsvRow(csv, record, problems);
				if (!row.rejected()) {
					StagedEvent event = parser.parse(row);
					if (event != null && !row.rejected()) {
						staging.add(event);
					}
				}
				if (rows % PROGRESS_EVERY == 0) {
					progress.read(rows, csv.bytesRead());
				}
			}
		}
		catch (CsvFile.CsvFileException ex) {
			problems.add(rows + 2, null, "the file cannot be read as CSV past this row: " + ex.getMessage());
		}
		catch (SQLException ex) {
			throw new IOException(ex);
		}
		progress.read(rows, csv.bytesRead());
	}

	/** In a file of one row per event, an event twice is a mistake. */
	private void duplicates(String idColumn, ImportProblems problems) {
		this.jdbc
			.sql("""
					SELECT ext_id, (array_agg(line ORDER BY line))[1] AS first, unnest((array_agg(line ORDER BY line))[2:]) AS line
					  FROM staged_event GROUP BY ext_id HAVING count(*) > 1 ORDER BY 3""")
			.query((RowCallbackHandler) (row) -> problems.add(row.getLong("line"), idColumn,
					"'" + row.getString("ext_id") + "' is already on line " + row.getLong("first")
							+ ": one row per event in this file"));
	}

	/** New, updated (a newer or different row) or unchanged, per event. */
	private Map<String, Long> classify(Dataset dataset, boolean actorBased) {
		// Rows of one event are merged (the first row gives the event's fields) only
		// where a
		// file repeats them per actor; elsewhere a repeated event was rejected already.
		String merge = actorBased ? "DISTINCT ON (s.ext_id)" : "";
		String order = actorBased ? "ORDER BY s.ext_id, s.line" : "";
		this.jdbc.sql("""
				CREATE TEMP TABLE staged_merged ON COMMIT DROP AS
				SELECT %s s.*, e.id AS event_id,
				       CASE WHEN e.id IS NULL THEN 'NEW' WHEN %s THEN 'UPDATED' ELSE 'UNCHANGED' END AS status
				  FROM staged_event s LEFT JOIN event e ON %s
				 %s""".formatted(merge, dataset.changed, dataset.matchesEvent, order)).update();
		this.jdbc.sql("ANALYZE staged_merged").update();
		return this.jdbc.sql("SELECT status, count(*) AS n FROM staged_merged GROUP BY status")
			.query((row, n) -> Map.entry(row.getString("status"), row.getLong("n")))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
