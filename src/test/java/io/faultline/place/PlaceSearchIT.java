package io.faultline.place;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class PlaceSearchIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlaceLookup places;

	@Test
	void findsAPlaceWithoutItsAccentsInLowerCase() {
		long anefis = id("Anéfis");
		assertThat(this.mvc.get().uri("/places/search").param("q", "anefis").with(editor())).hasStatusOk()
			.bodyText()
			.contains("data-place-id=\"" + anefis + "\"", "data-place-name=\"Anéfis\"")
			.doesNotContain("<html");
	}

	@Test
	void findsAPlaceByItsFrenchNameOrAnAlias() {
		long timbuktu = id("Timbuktu");
		assertThat(this.mvc.get().uri("/places/search").param("q", "Tombouctou").with(editor())).hasStatusOk()
			.bodyText()
			.contains("data-place-id=\"" + timbuktu + "\"", ">Timbuktu");
		assertThat(this.places.search("timbuctoo", 20)).extracting(PlaceOption::id).containsExactly(timbuktu);
		assertThat(this.places.search("Tombouctou", 20).get(0).id()).isEqualTo(timbuktu);
	}

	@Test
	void findsPlacesContainingTheTextAfterThoseStartingWithIt() {
		assertThat(this.places.search("KA", 20)).extracting((place) -> place.name().en())
			.startsWith("Kati", "Kayes")
			.contains("Andéramboukane", "Ménaka", "Inékar");
	}

	@Test
	void showsAtMostTwentyMatches() throws Exception {
		long all = this.jdbc.sql("SELECT count(*) FROM place WHERE name ILIKE '%a%'").query(Long.class).single();
		assertThat(all).isGreaterThan(PlaceController.SEARCH_LIMIT);
		assertThat(this.places.search("a", PlaceController.SEARCH_LIMIT)).hasSize(PlaceController.SEARCH_LIMIT);
		String body = this.mvc.get()
			.uri("/places/search")
			.param("q", "a")
			.with(editor())
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(body.split("data-place-id=", -1)).hasSize(PlaceController.SEARCH_LIMIT + 1);
	}

	@Test
	void escapesWhatTheUserTyped() {
		assertThat(this.mvc.get().uri("/places/search").param("q", "<script>alert(1)</script>").with(editor()))
			.hasStatusOk()
			.bodyText()
			.contains("No place matches", "&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>");
	}

	@Test
	void treatsLikeWildcardsAsText() {
		assertThat(this.places.search("%", 20)).isEmpty();
		assertThat(this.places.search("_", 20)).isEmpty();
		assertThat(this.places.search("  ", 20)).isEmpty();
	}

	@Test
	void isForEditorsOnly() {
		assertThat(this.mvc.get().uri("/places/search").param("q", "kidal").with(user("analyst").roles("ANALYST")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private long id(String name) {
		return this.jdbc.sql("SELECT id FROM place WHERE name = :name").param("name", name).query(Long.class).single();
	}

	private static RequestPostProcessor editor() {
		return user("editor").roles("EDITOR");
	}

}
