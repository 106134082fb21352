package io.faultline.dashboard;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DashboardIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void opensOnTheLastNinetyDaysOfTheRecord() {
		assertThat(this.mvc.get().uri("/").param("lang", "en")).hasStatusOk()
			.bodyText()
			.contains("27 April 2024 – 25 July 2024", "Tinzaouatène", "places changed hands",
					"href=\"/timeline?from=2024-04-27&amp;to=2024-07-25\"");
	}

	@Test
	void sumsTheWholeRecord() {
		long events = this.jdbc.sql("SELECT count(*) FROM event WHERE review_status = 'PUBLISHED'")
			.query(Long.class)
			.single();
		assertThat(this.mvc.get().uri("/").param("preset", "all")).hasStatusOk()
			.bodyText()
			.contains("<strong>" + events + "</strong>", "Most active actors", "FAMa", "data-chart=\"{");
	}

	/**
	 * Not in a rolled-back transaction: its rollback would leave the view of the inserted
	 * event kept under the version its insert moved to. Deleting the event moves it on.
	 */
	@Test
	void showsAnEventAddedSinceItWasLastViewed() {
		long events = this.jdbc.sql("SELECT count(*) FROM event WHERE review_status = 'PUBLISHED'")
			.query(Long.class)
			.single();
		assertThat(this.mvc.get().uri("/").param("preset", "all")).hasStatusOk()
			.bodyText()
			.contains("<strong>" + events + "</strong>");

		this.jdbc
			.sql("""
					INSERT INTO event (event_date, disorder_type_code, event_type_code, sub_event_type_code, place_id, title,
					                   review_status)
					VALUES (DATE '2024-07-20', 'POLITICAL_VIOLENCE', 'BATTLES', 'ARMED_CLASH',
					        (SELECT id FROM place WHERE name = 'Kidal'), 'Dashboard cache probe', 'PUBLISHED')""")
			.update();

		try {
			assertThat(this.mvc.get().uri("/").param("preset", "all")).hasStatusOk()
				.bodyText()
				.contains("<strong>" + (events + 1) + "</strong>");
		}
		finally {
			this.jdbc.sql("DELETE FROM event WHERE title = 'Dashboard cache probe'").update();
		}
		assertThat(this.mvc.get().uri("/").param("preset", "all")).hasStatusOk()
			.bodyText()
			.contains("<strong>" + events + "</strong>");
	}

	@Test
	void listsTheLatestChangesOfControlWithTheirStatusAndEvidence() {
		long kidal = id("SELECT id FROM place WHERE name = 'Kidal'");
		long fama = id("SELECT id FROM actor WHERE short_name = 'FAMa'");
		long taken = id("SELECT evidence_event_id FROM control_period WHERE valid_from = DATE '2023-11-14'");
		assertThat(this.mvc.get().uri("/").param("from", "2023-11-01").param("to", "2023-11-30").param("lang", "en"))
			.hasStatusOk()
			.bodyText()
			.contains("<li><span class=\"date\">14 November 2023</span> <a href=\"/places/" + kidal + "\">Kidal</a>",
					"<a href=\"/actors/" + fama
							+ "\" title=\"Malian Armed Forces\">FAMa</a> <a class=\"evidence\" href=\"/events/" + taken
							+ "\">Army takes Kidal, first hold on the town since May 2014</a></li>",
					"<rect width=\"12\" height=\"12\" fill=\"#",
					">CSP-PSD</a> <span class=\"muted\">(Contested)</span>");
		assertThat(this.mvc.get().uri("/").param("from", "2023-11-01").param("to", "2023-11-30").param("lang", "fr"))
			.hasStatusOk()
			.bodyText()
			.contains("<span class=\"date\">14 novembre 2023</span>",
					">CSP-PSD</a> <span class=\"muted\">(Disputé)</span>");
	}

	@Test
	void saysSoWhenAPeriodHoldsNothingAndDrawsNoEmptyLists() {
		assertThat(this.mvc.get().uri("/").param("from", "1990-01-01").param("to", "1990-02-01").param("lang", "en"))
			.hasStatusOk()
			.bodyText()
			.contains("No event in this period.", "No change of control in this period.")
			.doesNotContain("<table class=\"events\"", "<ul class=\"changes\"");
	}

	@Test
	void sumsFatalitiesWithTheirRange() {
		assertThat(this.mvc.get().uri("/").param("from", "2024-07-01").param("to", "2024-07-31")).hasStatusOk()
			.bodyText()
			.contains("<strong>70</strong>", "range 22 – 131", "1 event, 70 fatalities");
	}

	@Test
	void reportsAMalformedDateBesideTheForm() {
		assertThat(this.mvc.get().uri("/").param("from", "14/11/2023")).hasStatusOk()
			.bodyText()
			.contains("Dates are written as year-month-day");
	}

	@Test
	void speaksFrench() {
		assertThat(this.mvc.get().uri("/").param("lang", "fr").param("preset", "1y")).hasStatusOk()
			.bodyText()
			.contains("Dernière année", "lieux ayant changé de mains", "Acteurs les plus actifs");
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
