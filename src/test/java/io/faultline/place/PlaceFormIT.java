package io.faultline.place;

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
class PlaceFormIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsAPlaceWithItsAliasesAndPoint() {
		assertThat(this.mvc.get().uri("/places/new").with(user("editor").roles("EDITOR"))).hasStatusOk()
			.bodyText()
			.contains("id=\"place-picker\"", "name=\"_csrf\"");
		MvcTestResult created = save("/places/new", "Intahaka <gold mine>", "16.95", "-1.2", "",
				"Intahaka\nIn-Tahaka\n");
		long id = this.jdbc.sql("SELECT id FROM place WHERE name = 'Intahaka <gold mine>'").query(Long.class).single();
		assertThat(created).hasRedirectedUrl("/places/" + id);
		assertThat(this.jdbc.sql("SELECT ST_Y(location) || ',' || ST_X(location) FROM place WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("16.95,-1.2");
		assertThat(this.jdbc.sql("SELECT alias FROM place_alias WHERE place_id = :id ORDER BY alias")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("In-Tahaka", "Intahaka");
		assertThat(this.mvc.get().uri("/places/{id}", id).with(user("analyst").roles("ANALYST"))).bodyText()
			.contains("Intahaka &lt;gold mine&gt;")
			.doesNotContain("<gold mine>");
	}

	@Test
	void showsWhatIsWrongNextToTheField() {
		long kidalGeonames = this.jdbc.sql("SELECT geonames_id FROM place WHERE name = 'Kidal'")
			.query(Long.class)
			.single();
		assertThat(save("/places/new", "Nowhere", "95", "200", String.valueOf(kidalGeonames), "")).hasStatusOk()
			.bodyText()
			.contains("A latitude lies between -90 and 90.", "A longitude lies between -180 and 180.",
					"This GeoNames id is already recorded for Kidal.", "value=\"Nowhere\"");
	}

	@Test
	void correctsAPlaceAndKeepsItsOtherSpellings() {
		long anefis = this.jdbc.sql("SELECT id FROM place WHERE name = 'Anéfis'").query(Long.class).single();
		int version = this.jdbc.sql("SELECT version FROM place WHERE id = :id")
			.param("id", anefis)
			.query(Integer.class)
			.single();
		assertThat(this.mvc.get().uri("/places/{id}/edit", anefis).with(user("editor").roles("EDITOR"))).bodyText()
			.contains("Anefif");
		assertThat(this.mvc.post()
			.uri("/places/{id}/edit", anefis)
			.param("name", "Anéfis")
			.param("nameFr", "Anéfis")
			.param("kind", "TOWN")
			.param("latitude", "18.05")
			.param("longitude", "0.6")
			.param("precision", "EXACT")
			.param("aliases", "Anefis\nAnefif")
			.param("version", String.valueOf(version))
			.param("reason", "IT: the ACLED spelling")
			.with(user("editor").roles("EDITOR"))
			.with(csrf())).hasRedirectedUrl("/places/" + anefis);
		assertThat(this.jdbc.sql("SELECT alias FROM place_alias WHERE place_id = :id ORDER BY alias")
			.param("id", anefis)
			.query(String.class)
			.list()).containsExactly("Anefif", "Anefis");
		assertThat(this.jdbc.sql("SELECT updated_at > created_at FROM place WHERE id = :id")
			.param("id", anefis)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void refusesAnEditWithoutAReasonAndKeepsTheInput() {
		long kidal = this.jdbc.sql("SELECT id FROM place WHERE name = 'Kidal'").query(Long.class).single();
		assertThat(this.mvc.get().uri("/places/{id}/edit", kidal).with(user("editor").roles("EDITOR"))).bodyText()
			.contains("name=\"reason\"");
		assertThat(this.mvc.post()
			.uri("/places/{id}/edit", kidal)
			.param("name", "Kidal, moved")
			.param("kind", "CITY")
			.param("latitude", "18.44")
			.param("longitude", "1.41")
			.param("precision", "EXACT")
			.param("version", "0")
			.param("reason", "  ")
			.with(user("editor").roles("EDITOR"))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Readers already see this record: say briefly why you change it.", "value=\"Kidal, moved\"");
		assertThat(
				this.jdbc.sql("SELECT name FROM place WHERE id = :id").param("id", kidal).query(String.class).single())
			.isEqualTo("Kidal");
	}

	@Test
	void createsAPlaceInlineAndAnswersItMarkedForTheEventForm() {
		assertThat(this.mvc.get().uri("/events/new").with(user("editor").roles("EDITOR"))).bodyText()
			.contains("id=\"new-place\"", "name=\"newPlace.name\"", "hx-post=\"/places/inline\"");
		assertThat(this.mvc.post()
			.uri("/places/inline")
			.param("newPlace.name", "Inadiatafane <IT>")
			.param("newPlace.kind", "VILLAGE")
			.param("newPlace.latitude", "16.43")
			.param("newPlace.longitude", "-1.77")
			.param("newPlace.precision", "NEAR")
			.param("title", "fields of the event form come along and are ignored")
			.with(user("editor").roles("EDITOR"))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("data-created-place", "Inadiatafane &lt;IT&gt; was created")
			.doesNotContain("<IT>");
		assertThat(this.jdbc
			.sql("SELECT kind || ' ' || location_precision || ' ' || ST_Y(location) FROM place "
					+ "WHERE name = 'Inadiatafane <IT>'")
			.query(String.class)
			.single()).isEqualTo("VILLAGE NEAR 16.43");
	}

	@Test
	void answersInlineErrorsNextToTheFieldsAndCreatesNothing() {
		long places = this.jdbc.sql("SELECT count(*) FROM place").query(Long.class).single();
		assertThat(this.mvc.post()
			.uri("/places/inline")
			.param("newPlace.name", "Far away")
			.param("newPlace.kind", "VILLAGE")
			.param("newPlace.latitude", "91")
			.param("newPlace.longitude", "")
			.param("newPlace.precision", "EXACT")
			.with(user("editor").roles("EDITOR"))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("A latitude lies between -90 and 90.", "value=\"Far away\"")
			.doesNotContain("data-created-place");
		assertThat(this.jdbc.sql("SELECT count(*) FROM place").query(Long.class).single()).isEqualTo(places);
		assertThat(this.mvc.post()
			.uri("/places/inline")
			.param("newPlace.name", "No token")
			.with(user("editor").roles("EDITOR"))).hasStatus4xxClientError();
		assertThat(this.mvc.post()
			.uri("/places/inline")
			.param("newPlace.name", "Analyst")
			.with(user("analyst").roles("ANALYST"))
			.with(csrf())).hasStatus4xxClientError();
	}

	private MvcTestResult save(String uri, String name, String latitude, String longitude, String geonames,
			String aliases) {
		return this.mvc.post()
			.uri(uri)
			.param("name", name)
			.param("kind", "VILLAGE")
			.param("latitude", latitude)
			.param("longitude", longitude)
			.param("precision", "NEAR")
			.param("geonamesId", geonames)
			.param("aliases", aliases)
			.param("version", "0")
			.with(user("editor").roles("EDITOR"))
			.param("reason", "IT: a correction")
			.with(csrf())
			.exchange();
	}

}
