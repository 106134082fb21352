package io.faultline.ingest;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * ACLED files of every shape, imported into the demo record; fixtures in
 * src/test/resources/ingest are invented rows (event ids MLI9000xx).
 */
@IntegrationTest
public class AcledImportIT {

	/** FAMa, CMA, GATIA, JNIM, ISGS and the demo's unidentified group. */
	static final long FAMA = 1;

	static final long CMA = 12;

	static final long GATIA = 17;

	static final long JNIM = 24;

	static final long ISGS = 25;

	static final long UNIDENTIFIED = 33;

	static final long KIDAL = 11;

	static final long ANEFIS = 16;

	static final long TESSALIT = 14;

	@Autowired
	AcledImport acled;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void removeEarlierImports() {
		removeFixtureRecords(this.jdbc);
	}

	@AfterEach
	void leaveTheRecordAsFound() {
		removeFixtureRecords(this.jdbc);
	}

	/**
	 * Removes the fixtures' events, and the places, actors and sources imports created
	 * that nothing refers to any more: other tests share the database.
	 */
	public static void removeFixtureRecords(JdbcClient jdbc) {
		jdbc.sql(
				"DELETE FROM event WHERE acled_event_id LIKE 'MLI9000%' OR ucdp_event_id BETWEEN 990000000 AND 990000999")
			.update();
		String importedAndUnused = """
				EXISTS (SELECT 1 FROM audit_log a WHERE a.table_name = '%1$s' AND a.row_id = %1$s.id
				           AND a.action = 'INSERT'
				           AND (a.reason LIKE 'ACLED import of %%' OR a.reason LIKE 'UCDP GED import of %%'))
				AND NOT EXISTS (SELECT 1 FROM %2$s WHERE %3$s = %1$s.id)""";
		jdbc.sql("DELETE FROM actor WHERE " + importedAndUnused.formatted("actor", "event_actor", "actor_id")).update();
		jdbc.sql("DELETE FROM place WHERE " + importedAndUnused.formatted("place", "event", "place_id")).update();
		jdbc.sql("DELETE FROM source WHERE " + importedAndUnused.formatted("source", "claim", "source_id")).update();
	}

	public static Path fixture(String name) {
		try {
			return Path.of(AcledImportIT.class.getResource("/ingest/" + name).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void importsTheCurrentExportWithItsBomQuotedNotesAndSeveralSources() throws IOException {
		ImportReport report = this.acled.run(fixture("acled-current.csv"), false);

		assertThat(report.rejected()).isEmpty();
		assertThat(report.written()).isTrue();
		assertThat(report.created()).isEqualTo(4);
		Map<String, Object> kidal = event("MLI900001");
		assertThat(kidal).containsEntry("review_status", "PUBLISHED")
			.containsEntry("event_type_code", "BATTLES")
			.containsEntry("sub_event_type_code", "GOVERNMENT_REGAINS_TERRITORY")
			.containsEntry("disorder_type_code", "POLITICAL_VIOLENCE")
			.containsEntry("date_precision", "DAY")
			.containsEntry("place_id", KIDAL)
			.containsEntry("fatalities_best", 3)
			.containsEntry("acled_timestamp", 1700000000L)
			.containsEntry("title", "Government regains territory — Kidal");
		assertThat(kidal.get("event_date")).isEqualTo(java.sql.Date.valueOf(LocalDate.of(2023, 11, 16)));
		assertThat(claims("MLI900001")).extracting((c) -> c.get("source"), (c) -> c.get("provenance"))
			.containsExactlyInAnyOrder(tuple("ORTM", "ACLED"), tuple("Fixture Wire Service", "ACLED"));
		assertThat(claims("MLI900001").getFirst().get("excerpt").toString()).contains("said \"we withdrew\" to spare");
		assertThat(participants("MLI900001")).containsExactlyInAnyOrder(tuple(FAMA, "A", "PRIMARY"),
				tuple(wagner(), "A", "ASSOCIATED"), tuple(CMA, "B", "PRIMARY"));

		Map<String, Object> anefis = event("MLI900002");
		assertThat(anefis).containsEntry("place_id", ANEFIS)
			.containsEntry("date_precision", "WEEK")
			.containsEntry("location_precision", "NEAR");
		assertThat(claims("MLI900002").getFirst().get("excerpt").toString()).isEqualTo(
				"First line of an invented note, with a comma.\nSecond line: \"quoted\" words, and a third clause.");
		long militiaA = actorNamed("Faultline Test Militia A");
		long militiaB = actorNamed("Faultline Test Militia B");
		assertThat(participants("MLI900002")).containsExactlyInAnyOrder(tuple(JNIM, "A", "PRIMARY"),
				tuple(FAMA, "B", "PRIMARY"), tuple(militiaA, "B", "ASSOCIATED"), tuple(militiaB, "B", "ASSOCIATED"));

		assertThat(event("MLI900004")).containsEntry("place_id", TESSALIT)
			.containsEntry("disorder_type_code", "STRATEGIC_DEVELOPMENTS");
		assertThat(participants("MLI900004")).containsExactly(tuple(GATIA, "A", "PRIMARY"));
		assertThat(this.jdbc.sql("SELECT kind FROM source WHERE name = 'Fixture Local Radio'")
			.query(String.class)
			.single()).isEqualTo("LOCAL_MEDIA");
	}

	@Test
	void createsUnknownActorsAndPlacesFlaggedForReview() throws IOException {
		this.acled.run(fixture("acled-current.csv"), false);

		Map<String, Object> wells = event("MLI900003");
		assertThat(wells).containsEntry("date_precision", "MONTH")
			.containsEntry("location_precision", "REGION")
			.containsEntry("civilian_targeting", true)
			.containsEntry("event_type_code", "VIOLENCE_AGAINST_CIVILIANS");
		Map<String, Object> place = this.jdbc.sql(
				"SELECT name, location_precision, ST_Y(location) AS lat, ST_X(location) AS lon FROM place WHERE id = :id")
			.param("id", wells.get("place_id"))
			.query()
			.singleRow();
		assertThat(place).containsEntry("name", "Faultline Wells")
			.containsEntry("location_precision", "REGION")
			.containsEntry("lat", 16.5)
			.containsEntry("lon", -1.2);
		Map<String, Object> brigade = this.jdbc
			.sql("SELECT id, kind, acled_inter, needs_review FROM actor WHERE name = 'Faultline Test Brigade'")
			.query()
			.singleRow();
		assertThat(brigade).containsEntry("kind", "MILITIA")
			.containsEntry("acled_inter", 3)
			.containsEntry("needs_review", true);
		assertThat(this.jdbc.sql("SELECT alias FROM actor_alias WHERE actor_id = :id")
			.param("id", brigade.get("id"))
			.query(String.class)
			.list()).containsExactly("Faultline Test Brigade (2019-)");
		assertThat(claims("MLI900003")).extracting((c) -> c.get("source")).containsExactly("ACLED");
		assertThat(this.jdbc.sql("SELECT needs_review FROM actor WHERE id = :id")
			.param("id", FAMA)
			.query(Boolean.class)
			.single()).isFalse();
	}

	@Test
	void reimportingChangesNothingAndANewerRowUpdatesTheEventWithHistory() throws IOException {
		this.acled.run(fixture("acled-current.csv"), false);
		long auditRows = count("SELECT count(*) FROM audit_log");
		long eventId = (Long) event("MLI900001").get("id");

		ImportReport again = this.acled.run(fixture("acled-current.csv"), false);

		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(4);
		assertThat(count("SELECT count(*) FROM audit_log")).isEqualTo(auditRows);

		ImportReport update = this.acled.run(fixture("acled-update.csv"), false);

		assertThat(update.updated()).isEqualTo(1);
		assertThat(update.unchanged()).isEqualTo(1);
		assertThat(event("MLI900001")).containsEntry("id", eventId)
			.containsEntry("fatalities_best", 5)
			.containsEntry("acled_timestamp", 1700009999L);
		assertThat(claims("MLI900001")).extracting((c) -> c.get("source"), (c) -> c.get("excerpt"))
			.containsExactly(tuple("ORTM", "Revised fixture note: figures corrected."));
		assertThat(event("MLI900002")).containsEntry("fatalities_best", 12);
		assertThat(this.jdbc.sql("""
				SELECT old_row ->> 'fatalities_best' FROM audit_log
				 WHERE table_name = 'event' AND row_id = :id AND action = 'UPDATE'""")
			.param("id", eventId)
			.query(String.class)
			.list()).containsExactly("3");
		assertThat(this.jdbc.sql("""
				SELECT changed_by || ' / ' || reason FROM audit_log
				 WHERE table_name = 'event' AND row_id = :id AND action = 'UPDATE'""")
			.param("id", eventId)
			.query(String.class)
			.single()).isEqualTo("command line / ACLED import of acled-update.csv");
	}

	@Test
	void dryRunCountsWithoutWriting() throws IOException {
		long events = count("SELECT count(*) FROM event");

		ImportReport report = this.acled.run(fixture("acled-current.csv"), true);

		assertThat(report.created()).isEqualTo(4);
		assertThat(report.dryRun()).isTrue();
		assertThat(report.written()).isFalse();
		assertThat(count("SELECT count(*) FROM event")).isEqualTo(events);
		assertThat(count("SELECT count(*) FROM actor WHERE name LIKE 'Faultline Test%'")).isZero();
	}

	@Test
	void readsTheExportZippedAsItReadsItPlain(@TempDir Path folder) throws IOException {
		Path zip = folder.resolve("acled-current.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("acled-current.csv"));
			out.write(Files.readAllBytes(fixture("acled-current.csv")));
			out.closeEntry();
		}
		ImportReport plain = this.acled.run(fixture("acled-current.csv"), true);
		ImportReport zipped = this.acled.run(zip, true);
		assertThat(zipped.rejected()).isEmpty();
		assertThat(zipped.created()).isEqualTo(plain.created()).isEqualTo(4);
	}

	@Test
	void rejectsBadRowsNamingLineAndColumnAndWritesNothing() throws IOException {
		long events = count("SELECT count(*) FROM event");

		ImportReport report = this.acled.run(fixture("acled-bad-rows.csv"), false);

		assertThat(report.written()).isFalse();
		assertThat(report.rejected()).extracting(ImportProblem::line, ImportProblem::column)
			.containsExactlyInAnyOrder(tuple(2L, "event_date"), tuple(3L, "latitude"), tuple(4L, "event_type"),
					tuple(5L, "sub_event_type"), tuple(5L, "fatalities"), tuple(7L, "event_id_cnty"), tuple(8L, null));
		assertThat(report.rejected()).extracting(ImportProblem::toString)
			.contains("line 2, event_date: '2023-02-30' is not a date (expected 2023-11-14 or 14 November 2023)",
					"line 4, event_type: 'Skirmish' is not an ACLED event type",
					"line 7, event_id_cnty: 'MLI900045' is already on line 6: one row per event in this file");
		assertThat(count("SELECT count(*) FROM event")).isEqualTo(events);
		assertThat(count("SELECT count(*) FROM event WHERE acled_event_id = 'MLI900045'")).isZero();
	}

	@Test
	void aMissingRequiredColumnIsOneProblemForTheWholeFile() throws IOException {
		ImportReport report = this.acled.run(fixture("acled-missing-column.csv"), true);

		assertThat(report.rejected()).singleElement()
			.satisfies((problem) -> assertThat(problem.toString())
				.isEqualTo("file, latitude: the header lacks the required column latitude: is this a ACLED CSV file?"));
	}

	@Test
	void anUnclosedQuoteIsReportedAndNothingIsWritten() throws IOException {
		ImportReport report = this.acled.run(fixture("acled-unclosed-quote.csv"), false);

		assertThat(report.written()).isFalse();
		assertThat(report.rejected()).isNotEmpty();
		assertThat(report.rejected().getFirst().line()).isEqualTo(2);
		assertThat(count("SELECT count(*) FROM event WHERE acled_event_id IN ('MLI900061', 'MLI900062')")).isZero();
	}

	@Test
	void readsThePre2023ExportWithTextDates() throws IOException {
		ImportReport report = this.acled.run(fixture("acled-pre2023.csv"), false);

		assertThat(report.rejected()).isEmpty();
		assertThat(event("MLI900011")).containsEntry("event_type_code", "EXPLOSIONS_REMOTE_VIOLENCE")
			.containsEntry("sub_event_type_code", "REMOTE_EXPLOSIVE_LANDMINE_IED")
			.containsEntry("event_date", java.sql.Date.valueOf("2020-12-31"));
		assertThat(participants("MLI900011")).containsExactlyInAnyOrder(tuple(ISGS, "A", "PRIMARY"),
				tuple(FAMA, "B", "PRIMARY"));
		assertThat(event("MLI900012")).containsEntry("disorder_type_code", "DEMONSTRATIONS");
	}

	@Test
	void mergesActorBasedRowsIntoOneEvent() throws IOException {
		ImportReport report = this.acled.run(fixture("acled-actor-based.csv"), false);

		assertThat(report.rejected()).isEmpty();
		assertThat(report.created()).isEqualTo(2);
		long hcua = 9;
		long mnla = 8;
		assertThat(participants("MLI900021")).containsExactlyInAnyOrder(tuple(FAMA, "A", "PRIMARY"),
				tuple(mnla, "B", "PRIMARY"), tuple(hcua, "B", "ASSOCIATED"));
		assertThat(claims("MLI900021")).hasSize(1);
	}

	@Test
	void mapsThePre2019EventTypesOntoTodays() throws IOException {
		ImportReport report = this.acled.run(fixture("acled-pre2019.csv"), false);

		assertThat(report.rejected()).isEmpty();
		assertThat(event("MLI900031")).containsEntry("sub_event_type_code", "NON_STATE_ACTOR_OVERTAKES_TERRITORY")
			.containsEntry("event_date", java.sql.Date.valueOf("2018-02-22"));
		assertThat(event("MLI900032")).containsEntry("sub_event_type_code", "REMOTE_EXPLOSIVE_LANDMINE_IED");
		assertThat(participants("MLI900032")).contains(tuple(UNIDENTIFIED, "A", "PRIMARY"));
		assertThat(event("MLI900033")).containsEntry("event_type_code", "RIOTS")
			.containsEntry("sub_event_type_code", "VIOLENT_DEMONSTRATION");
	}

	@Test
	void aFailureWhileWritingLeavesTheRecordAsItWas() throws IOException {
		List<String> tables = List.of("event", "claim", "place", "actor", "actor_alias", "source", "audit_log");
		Map<String, Long> before = counts(tables);
		// Any failure will do: here a claim the database refuses, after places, actors
		// and events were written.
		this.jdbc.sql(
				"ALTER TABLE claim ADD CONSTRAINT claim_test_refused_check CHECK (excerpt NOT LIKE '%a comma.%') NOT VALID")
			.update();
		try {
			assertThatThrownBy(() -> this.acled.run(fixture("acled-current.csv"), false))
				.hasMessageContaining("claim_test_refused_check");
		}
		finally {
			this.jdbc.sql("ALTER TABLE claim DROP CONSTRAINT claim_test_refused_check").update();
		}
		assertThat(counts(tables)).isEqualTo(before);
	}

	private Map<String, Long> counts(List<String> tables) {
		return tables.stream()
			.collect(java.util.stream.Collectors.toMap((t) -> t, (t) -> count("SELECT count(*) FROM " + t)));
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private long wagner() {
		return 5;
	}

	private long actorNamed(String name) {
		return this.jdbc.sql("SELECT id FROM actor WHERE name = :name AND needs_review")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private Map<String, Object> event(String acledId) {
		return this.jdbc.sql("SELECT * FROM event WHERE acled_event_id = :id").param("id", acledId).query().singleRow();
	}

	private List<Map<String, Object>> claims(String acledId) {
		return this.jdbc.sql("""
				SELECT s.name AS source, c.provenance, c.excerpt FROM claim c
				  JOIN source s ON s.id = c.source_id JOIN event e ON e.id = c.event_id
				 WHERE e.acled_event_id = :id ORDER BY s.name""").param("id", acledId).query().listOfRows();
	}

	private List<org.assertj.core.groups.Tuple> participants(String acledId) {
		return this.jdbc.sql("""
				SELECT ea.actor_id, ea.side, ea.role FROM event_actor ea JOIN event e ON e.id = ea.event_id
				 WHERE e.acled_event_id = :id""")
			.param("id", acledId)
			.query((row, n) -> tuple(row.getLong("actor_id"), row.getString("side"), row.getString("role")))
			.list();
	}

}
