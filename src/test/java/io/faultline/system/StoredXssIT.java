package io.faultline.system;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Stored cross-site scripting: payloads saved in every text field an editor or an import
 * fills (event, place and its alias, actor and its alias, source, claim, control period
 * note), then every page, map popup source, SVG export and JSON answer that shows them is
 * read back. HTML and SVG must carry them escaped; JSON must carry them as plain strings,
 * which the pages' scripts put in the DOM as text.
 */
@IntegrationTest
@Transactional
class StoredXssIT {

	/** Script tags, event handlers, attribute breakers, SVG, a javascript: URL. */
	private static final List<String> PAYLOADS = List.of("<script>alert('t')</script>",
			"\"><img src=x onerror=alert('a')>", "' onmouseover='alert(1)' x='", "<svg onload=alert('s')>",
			"</textarea><iframe src=javascript:alert('i')>", "javascript:alert('j')");

	/** What must never reach an HTML or SVG page unescaped. */
	private static final List<String> LIVE = List.of("<script>alert(", "<img src=x", "<svg onload", "<iframe",
			"' onmouseover='alert(1)'", "\" onmouseover=");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	private long place;

	private long actor;

	private long source;

	private long event;

	@BeforeEach
	void saveThePayloadsEverywhere() {
		String all = String.join(" ", PAYLOADS);
		this.place = id("""
				INSERT INTO place (name, name_fr, kind, location) VALUES (:text, :text, 'TOWN',
				    ST_SetSRID(ST_MakePoint(1.2, 18.2), 4326)) RETURNING id""", all);
		this.jdbc.sql("INSERT INTO place_alias (place_id, alias) VALUES (:id, :text)")
			.param("id", this.place)
			.param("text", PAYLOADS.get(1))
			.update();
		this.actor = id("""
				INSERT INTO actor (name, short_name, kind, description) VALUES (:text, :short, 'MILITIA', :text)
				RETURNING id""", all);
		this.jdbc.sql("INSERT INTO actor_alias (actor_id, alias) VALUES (:id, :text)")
			.param("id", this.actor)
			.param("text", PAYLOADS.get(3))
			.update();
		this.source = id("INSERT INTO source (name, kind) VALUES (:text, 'LOCAL_MEDIA') RETURNING id", all);
		this.event = id(
				"""
						INSERT INTO event (event_date, disorder_type_code, event_type_code, sub_event_type_code, place_id, title,
						                   summary, notes, review_status, fatalities_best)
						SELECT DATE '2023-11-13', t.disorder_type_code, t.code, 'ARMED_CLASH', :place, :text, :text, :text,
						       'PUBLISHED', 3
						  FROM event_type t WHERE t.code = 'BATTLES'
						RETURNING id""",
				all);
		this.jdbc.sql("INSERT INTO event_actor (event_id, actor_id, side) VALUES (:event, :actor, 'A')")
			.param("event", this.event)
			.param("actor", this.actor)
			.update();
		this.jdbc
			.sql("""
					INSERT INTO claim (event_id, source_id, claimant_name, excerpt, url, stance, fatalities)
					VALUES (:event, :source, :text, :text, 'https://example.org/"><script>alert(1)</script>', 'REPORTS', 3)""")
			.param("event", this.event)
			.param("source", this.source)
			.param("text", all)
			.update();
		this.jdbc.sql("""
				INSERT INTO control_period (place_id, actor_id, valid_from, valid_to, note, evidence_event_id)
				VALUES (:place, :actor, DATE '2023-11-01', NULL, :text, :event)""")
			.param("place", this.place)
			.param("actor", this.actor)
			.param("event", this.event)
			.param("text", all)
			.update();
	}

	@Test
	void everyPageShowsThePayloadsAsText() {
		Map<String, RequestPostProcessor> pages = Map.ofEntries(Map.entry("/", analyst()),
				Map.entry("/?from=2023-11-01&to=2023-11-30", analyst()),
				Map.entry("/timeline?from=2023-11-01&to=2023-11-30", analyst()),
				Map.entry("/timeline?q=onerror", analyst()), Map.entry("/events/" + this.event, editor()),
				Map.entry("/events/" + this.event + "/history", editor()),
				Map.entry("/events/" + this.event + "/edit", editor()),
				Map.entry("/events/" + this.event + "/claims/new", editor()),
				Map.entry("/events/" + this.event + "/as-known-on?date=2030-01-01", analyst()),
				Map.entry("/places", analyst()), Map.entry("/places/" + this.place, analyst()),
				Map.entry("/places/" + this.place + "/edit", editor()),
				Map.entry("/places/" + this.place + "/history", editor()),
				Map.entry("/places/search?q=script", editor()), Map.entry("/actors", analyst()),
				Map.entry("/actors/" + this.actor, analyst()), Map.entry("/actors/" + this.actor + "/edit", editor()),
				Map.entry("/sources", analyst()), Map.entry("/sources/" + this.source, analyst()),
				Map.entry("/sources/" + this.source + "/edit", editor()), Map.entry("/regions", analyst()),
				Map.entry("/map?date=2023-11-13", analyst()), Map.entry("/control/new?place=" + this.place, editor()),
				Map.entry("/review", reviewer()), Map.entry("/review/activity", reviewer()),
				Map.entry("/map/export.svg?date=2023-11-13", analyst()));
		pages.forEach((path, who) -> {
			MvcTestResult result = this.mvc.get().uri(path).with(who).exchange();
			assertThat(result).as(path).hasStatusOk();
			String body = text(result);
			for (String live : LIVE) {
				assertThat(body).as(path + " holds " + live).doesNotContain(live);
			}
		});
		// The payloads are there, as text: the checks above read pages that show them.
		for (String path : List.of("/?from=2023-11-01&to=2023-11-30", "/events/" + this.event,
				"/events/" + this.event + "/history", "/events/" + this.event + "/edit",
				"/timeline?from=2023-11-01&to=2023-11-30", "/timeline?q=onerror", "/places/" + this.place,
				"/places/" + this.place + "/edit", "/actors/" + this.actor, "/sources/" + this.source)) {
			assertThat(body(path, editor())).as(path).contains("onerror=alert(");
		}
		assertThat(body("/events/" + this.event, editor())).contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;");
		assertThat(body("/map/export.svg?date=2023-11-13", analyst())).contains("&lt;svg onload");
	}

	@Test
	void jsonAnswersCarryThePayloadsAsPlainStrings() {
		JsonMapper json = JsonMapper.builder().build();
		for (String path : List.of("/map/control.geojson?date=2023-11-13", "/map/places/" + this.place + ".json",
				"/map/changes?from=2023-10-01&to=2023-11-20",
				"/map/events.geojson?from=2023-11-13&to=2023-11-13&zoom=18")) {
			MvcTestResult result = this.mvc.get().uri(path).with(analyst()).exchange();
			assertThat(result).as(path).hasStatusOk();
			assertThat(result.getResponse().getContentType()).as(path).contains("json");
			JsonNode tree = json.readTree(text(result));
			assertThat(tree.toString()).as(path).contains("onerror");
		}
	}

	private String body(String path, RequestPostProcessor who) {
		return text(this.mvc.get().uri(path).with(who).exchange());
	}

	private static String text(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long id(String sql, String text) {
		return this.jdbc.sql(sql)
			.param("text", text)
			.param("short", "<b>X</b>")
			.param("place", this.place)
			.query(Long.class)
			.single();
	}

	private static RequestPostProcessor analyst() {
		return user("analyst").roles("ANALYST");
	}

	private static RequestPostProcessor editor() {
		return user("editor").roles("EDITOR");
	}

	private static RequestPostProcessor reviewer() {
		return user("reviewer").roles("REVIEWER");
	}

}
