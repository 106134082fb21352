package io.faultline.control;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
@Transactional
class ControlFormIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void offersTheFormToEditorsFromThePlacePage() {
		long kidal = id("SELECT id FROM place WHERE name = 'Kidal'");
		assertThat(this.mvc.get().uri("/places/{id}", kidal).with(user("editor").roles("EDITOR"))).bodyText()
			.contains("/control/new?place=" + kidal);
		assertThat(this.mvc.get()
			.uri("/control/new")
			.param("place", String.valueOf(kidal))
			.with(user("editor").roles("EDITOR"))).hasStatusOk()
			.bodyText()
			.contains("Record control of Kidal", "name=\"_csrf\"", "Army takes Kidal");
	}

	@Test
	void explainsAnOverlapNamingThePeriodInTheWay() {
		long kidal = id("SELECT id FROM place WHERE name = 'Kidal'");
		long fama = id("SELECT id FROM actor WHERE short_name = 'FAMa'");
		long holder = id(
				"SELECT c.id FROM control_period c WHERE c.place_id = " + kidal + " AND c.valid @> DATE '2018-06-01'");
		long before = id("SELECT count(*) FROM control_period");
		assertThat(save(kidal, fama, "2018-01-01", "2018-12-31")).hasStatusOk()
			.bodyText()
			.contains("CMA already held this place from 2014-10-28 to 2023-10-30 (period #" + holder + ")",
					"value=\"2018-01-01\"");
		assertThat(id("SELECT count(*) FROM control_period")).isEqualTo(before);
	}

	@Test
	void recordsAPeriodThatFitsAndReturnsToThePlace() {
		long place = id("""
				SELECT id FROM place p WHERE NOT EXISTS (SELECT 1 FROM control_period c WHERE c.place_id = p.id)
				 ORDER BY id LIMIT 1""");
		long fama = id("SELECT id FROM actor WHERE short_name = 'FAMa'");
		assertThat(save(place, fama, "2020-01-01", "")).hasRedirectedUrl("/places/" + place)
			.flash()
			.containsEntry("notice", "control.form.saved");
		assertThat(id("SELECT count(*) FROM control_period WHERE place_id = " + place + " AND valid_to IS NULL"))
			.isEqualTo(1);
	}

	@Test
	void refusesAnEndBeforeTheStart() {
		long place = id("SELECT min(id) FROM place");
		long fama = id("SELECT id FROM actor WHERE short_name = 'FAMa'");
		assertThat(save(place, fama, "2020-01-01", "2019-01-01")).hasStatusOk()
			.bodyText()
			.contains("The end comes after the start.");
	}

	@Test
	void proposesTheChangeAnEventBringsAndClosesTheHoldersPeriod() {
		long place = id("""
				SELECT id FROM place p WHERE NOT EXISTS (SELECT 1 FROM control_period c WHERE c.place_id = p.id)
				 ORDER BY id LIMIT 1""");
		long cma = id("SELECT id FROM actor WHERE short_name = 'CMA'");
		long fama = id("SELECT id FROM actor WHERE short_name = 'FAMa'");
		this.jdbc.sql(
				"INSERT INTO control_period (place_id, actor_id, valid_from) VALUES (:place, :actor, DATE '2020-01-01')")
			.param("place", place)
			.param("actor", cma)
			.update();
		long event = id(
				"INSERT INTO event (event_date, disorder_type_code, event_type_code, sub_event_type_code, place_id,"
						+ " title, review_status) VALUES (DATE '2023-05-01', 'POLITICAL_VIOLENCE', 'BATTLES',"
						+ " 'GOVERNMENT_REGAINS_TERRITORY', " + place
						+ ", 'Army retakes the town', 'PUBLISHED') RETURNING id");
		this.jdbc.sql("INSERT INTO event_actor (event_id, actor_id, side) VALUES (:event, :actor, 'A')")
			.param("event", event)
			.param("actor", fama)
			.update();

		assertThat(this.mvc.get().uri("/events/{id}", event).with(user("editor").roles("EDITOR"))).bodyText()
			.contains("/control/new?place=" + place + "&amp;event=" + event);
		assertThat(this.mvc.get()
			.uri("/control/new")
			.param("place", String.valueOf(place))
			.param("event", String.valueOf(event))
			.with(user("editor").roles("EDITOR"))).hasStatusOk()
			.bodyText()
			.contains("value=\"2023-05-01\"", "End the period of CMA (held since 2020-01-01) on 2023-05-01",
					"<option value=\"" + fama + "\" selected=\"selected\">FAMa</option>");

		assertThat(this.mvc.post()
			.uri("/control/new")
			.param("placeId", String.valueOf(place))
			.param("actorId", String.valueOf(fama))
			.param("status", "CONTROLLED")
			.param("basis", "ASSESSED")
			.param("validFrom", "2023-05-01")
			.param("evidenceEventId", String.valueOf(event))
			.param("closeCurrent", "true")
			.with(user("editor").roles("EDITOR"))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Readers already see this record: say briefly why you change it.");
		assertThat(this.mvc.post()
			.uri("/control/new")
			.param("placeId", String.valueOf(place))
			.param("actorId", String.valueOf(fama))
			.param("status", "CONTROLLED")
			.param("basis", "ASSESSED")
			.param("validFrom", "2023-05-01")
			.param("evidenceEventId", String.valueOf(event))
			.param("closeCurrent", "true")
			.param("reason", "IT: the army retook the town")
			.with(user("editor").roles("EDITOR"))
			.with(csrf())).hasRedirectedUrl("/places/" + place);
		assertThat(this.jdbc
			.sql("""
					SELECT a.short_name || ' ' || c.valid_from || ' ' || coalesce(c.valid_to::text, 'open')
					  FROM control_period c JOIN actor a ON a.id = c.actor_id WHERE c.place_id = :place ORDER BY c.valid_from""")
			.param("place", place)
			.query(String.class)
			.list()).containsExactly("CMA 2020-01-01 2023-05-01", "FAMa 2023-05-01 open");
	}

	private MvcTestResult save(long place, long actor, String from, String to) {
		return this.mvc.post()
			.uri("/control/new")
			.param("placeId", String.valueOf(place))
			.param("actorId", String.valueOf(actor))
			.param("status", "CONTROLLED")
			.param("basis", "ASSESSED")
			.param("validFrom", from)
			.param("validTo", to)
			.with(user("editor").roles("EDITOR"))
			.with(csrf())
			.exchange();
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
