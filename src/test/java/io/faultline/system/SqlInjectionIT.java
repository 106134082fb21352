package io.faultline.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * SQL injection: a corpus of payloads in every filter and search parameter of the
 * timeline, the map, the place search, the lists and the API. Each answer is a page or a
 * clear refusal (never a server error), no payload finds a row, and the record is intact
 * afterwards.
 */
@IntegrationTest
class SqlInjectionIT {

	/**
	 * Each carries a word found nowhere in the record (zqx), so a search that finds a row
	 * found it by injection, not by its words.
	 */
	private static final List<String> PAYLOADS = List.of("zqx' OR '1'='1", "zqx OR 1=1", "zqx'; DROP TABLE event; --",
			"zqx) UNION SELECT id, title FROM event --", "zqx%' --", "zqx\\'; SELECT pg_sleep(5); --",
			"zqx' AND 1=CAST(version() AS int) --", "$$zqx; DELETE FROM place; $$", "zqx\u0000'");

	private static final List<String> TIMELINE_PARAMETERS = List.of("q", "region", "place", "actor", "type", "subtype",
			"stance", "order", "from", "to", "minFatalities", "cursorDate", "cursorId", "status", "coalition");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void timelineFiltersFindNothingAndNeverFail() {
		long events = count("event");
		for (String parameter : TIMELINE_PARAMETERS) {
			for (String payload : PAYLOADS) {
				MvcTestResult result = this.mvc.get()
					.uri("/timeline")
					.param(parameter, payload)
					.with(user("editor").roles("EDITOR"))
					.exchange();
				int status = result.getResponse().getStatus();
				assertThat(status).as(parameter + "=" + payload).isIn(200, 400);
				if (status == 200 && List.of("q", "region", "type", "subtype").contains(parameter)) {
					assertThat(result).bodyText()
						.as(parameter + "=" + payload)
						.containsAnyOf("No event matches", "Some filters could not be used");
				}
			}
		}
		assertThat(count("event")).isEqualTo(events);
	}

	@Test
	void otherSearchesAndDatesFindNothingAndNeverFail() {
		long places = count("place");
		for (String payload : PAYLOADS) {
			for (String uri : List.of("/places/search?q={p}", "/places?q={p}", "/actors?q={p}", "/sources?q={p}",
					"/map?date={p}", "/map/control.geojson?date={p}", "/map/changes?from={p}&to={p}",
					"/map/export.svg?date={p}", "/regions/{p}", "/api/v1/events?q={p}", "/api/v1/events?region={p}",
					"/api/v1/places?q={p}", "/api/v1/actors?q={p}", "/api/v1/control?date={p}",
					"/events/new?place={p}")) {
				MvcTestResult result = this.mvc.get()
					.uri(uri, payload, payload)
					.with(user("editor").roles("EDITOR"))
					.exchange();
				assertThat(result.getResponse().getStatus()).as(uri + " " + payload).isIn(200, 400, 401, 404);
			}
			assertThat(this.mvc.get().uri("/places/search?q={p}", payload).with(user("editor").roles("EDITOR")))
				.bodyText()
				.doesNotContain("data-place-id");
		}
		assertThat(count("place")).isEqualTo(places);
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

}
