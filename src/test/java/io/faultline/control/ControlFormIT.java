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
