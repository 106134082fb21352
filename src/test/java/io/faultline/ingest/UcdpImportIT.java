package io.faultline.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** UCDP GED files; fixtures are invented rows with ids 9900000xx. */
@IntegrationTest
class UcdpImportIT {

	@Autowired
	UcdpImport ucdp;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void removeFixtureRecords() {
		AcledImportIT.removeFixtureRecords(this.jdbc);
	}

	@Test
	void importsFiguresPrecisionsSidesAndSources() throws IOException {
		ImportReport report = this.ucdp.run(AcledImportIT.fixture("ucdp-ged.csv"), false);

		assertThat(report.rejected()).isEmpty();
		assertThat(report.created()).isEqualTo(3);
		Map<String, Object> kidal = event(990000001);
		assertThat(kidal).containsEntry("fatalities_low", 4)
			.containsEntry("fatalities_best", 5)
			.containsEntry("fatalities_high", 8)
			.containsEntry("event_type_code", "BATTLES")
			.containsEntry("sub_event_type_code", "ARMED_CLASH")
			.containsEntry("date_precision", "DAY")
			.containsEntry("location_precision", "EXACT")
			.containsEntry("place_id", AcledImportIT.KIDAL)
			.containsEntry("review_status", "PUBLISHED");
		assertThat(participants(990000001)).contains(tuple(AcledImportIT.JNIM, "B", "PRIMARY"));
		assertThat(this.jdbc.sql("""
				SELECT s.name || ' / ' || c.provenance FROM claim c JOIN source s ON s.id = c.source_id
				 JOIN event e ON e.id = c.event_id WHERE e.ucdp_event_id = 990000001 ORDER BY s.name""")
			.query(String.class)
			.list()).containsExactly("Fixture Agency / UCDP", "Fixture Daily / UCDP");

		Map<String, Object> oneSided = event(990000002);
		assertThat(oneSided).containsEntry("event_type_code", "VIOLENCE_AGAINST_CIVILIANS")
			.containsEntry("civilian_targeting", true)
			.containsEntry("date_precision", "MONTH")
			.containsEntry("end_date", java.sql.Date.valueOf("2019-06-30"))
			.containsEntry("location_precision", "REGION");
		assertThat(participants(990000002)).contains(tuple(AcledImportIT.ISGS, "A", "PRIMARY"));
		assertThat(this.jdbc.sql("""
				SELECT s.name FROM claim c JOIN source s ON s.id = c.source_id
				 JOIN event e ON e.id = c.event_id WHERE e.ucdp_event_id = 990000002""").query(String.class).single())
			.isEqualTo("UCDP GED");

		assertThat(event(990000003)).containsEntry("place_id", AcledImportIT.ANEFIS)
			.containsEntry("date_precision", "WEEK")
			.containsEntry("location_precision", "NEAR");
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM actor WHERE name LIKE 'Faultline Test % Militia' AND needs_review")
					.query(Long.class)
					.single())
			.isEqualTo(2);
	}

	@Test
	void readingTheSameFileAgainChangesNothing() throws IOException {
		this.ucdp.run(AcledImportIT.fixture("ucdp-ged.csv"), false);
		long audit = this.jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();

		ImportReport again = this.ucdp.run(AcledImportIT.fixture("ucdp-ged.csv"), false);

		assertThat(again.unchanged()).isEqualTo(3);
		assertThat(again.created() + again.updated()).isZero();
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single()).isEqualTo(audit);
	}

	@Test
	void readsAFilePublishedWithoutHeader() throws IOException {
		ImportReport report = this.ucdp.run(AcledImportIT.fixture("ucdp-headerless.csv"), false);

		assertThat(report.rejected()).isEmpty();
		assertThat(event(990000011)).containsEntry("fatalities_best", 5);
	}

	@Test
	void rejectsBadRowsAndWritesNothing() throws IOException {
		ImportReport report = this.ucdp.run(AcledImportIT.fixture("ucdp-bad-rows.csv"), false);

		assertThat(report.written()).isFalse();
		assertThat(report.rejected()).extracting(ImportProblem::line, ImportProblem::column)
			.containsExactlyInAnyOrder(tuple(2L, "low"), tuple(3L, "where_prec"), tuple(4L, "date_start"));
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM event WHERE ucdp_event_id = 990000024").query(Long.class).single())
			.isZero();
	}

	private Map<String, Object> event(long ucdpId) {
		return this.jdbc.sql("SELECT * FROM event WHERE ucdp_event_id = :id").param("id", ucdpId).query().singleRow();
	}

	private List<org.assertj.core.groups.Tuple> participants(long ucdpId) {
		return this.jdbc.sql("""
				SELECT ea.actor_id, ea.side, ea.role FROM event_actor ea JOIN event e ON e.id = ea.event_id
				 WHERE e.ucdp_event_id = :id""")
			.param("id", ucdpId)
			.query((row, n) -> tuple(row.getLong("actor_id"), row.getString("side"), row.getString("role")))
			.list();
	}

}
