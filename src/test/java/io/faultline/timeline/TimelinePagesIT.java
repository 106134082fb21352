package io.faultline.timeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline page as a reader gets it: text, language, fragments, errors, escaping. */
@IntegrationTest
class TimelinePagesIT {

	private static final String TINZAOUATENE = "CSP rebels ambush army and Wagner convoy at Tinzaouatène";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TimelineService timeline;

	@Test
	void showsTheFilterTheCountTheChartAndTheLatestEvents() {
		long published = id("SELECT count(*) FROM event WHERE review_status = 'PUBLISHED'");
		assertThat(this.mvc.get().uri("/timeline").param("lang", "en")).hasStatusOk()
			.bodyText()
			.contains("<h1>Timeline</h1>", published + " events match.", "<svg", "class=\"lane-label\"", "FAMa",
					"Other actors", "class=\"annotation\"", "July 2024", "25 July 2024", TINZAOUATENE,
					"Change of control", "timeline-event annotation", "Load more events",
					"href=\"/timeline?cursorDate=", "hx-get=\"/timeline?cursorDate=",
					"<script src=\"/webjars/htmx.org/");
	}

	@Test
	void eachRowLinksItsEventAndPlaceAndShowsItsTypeAndFatalities() {
		Map<String, Object> newest = this.jdbc
			.sql("""
					SELECT e.id, e.title, e.place_id, e.event_type_code, e.fatalities_best, CAST(e.event_date AS text) AS day
					  FROM event e
					 WHERE e.review_status = 'PUBLISHED' AND e.fatalities_best > 1 AND e.date_precision = 'DAY'
					   AND e.end_date IS NULL
					 ORDER BY e.event_date DESC, e.id DESC LIMIT 1""")
			.query()
			.singleRow();
		assertThat(this.mvc.get()
			.uri("/timeline")
			.param("lang", "en")
			.param("from", (String) newest.get("day"))
			.param("to", (String) newest.get("day"))
			.param("minFatalities", String.valueOf(newest.get("fatalities_best")))).hasStatusOk()
			.bodyText()
			.contains("<li class=\"timeline-event\"><span class=\"type type-" + newest.get("event_type_code") + "\">",
					"<a class=\"title\" href=\"/events/" + newest.get("id") + "\">"
							+ HtmlUtils.htmlEscape((String) newest.get("title"), "UTF-8")
							+ "</a> <a class=\"place\" href=\"/places/" + newest.get("place_id") + "\">",
					"<span class=\"fatalities\">" + newest.get("fatalities_best") + " fatalities</span>");
	}

	@Test
	void speaksFrench() {
		assertThat(this.mvc.get().uri("/timeline").param("lang", "fr")).hasStatusOk()
			.bodyText()
			.contains("<h1>Chronologie</h1>", "événements correspondent.", "juillet 2024", "25 juillet 2024",
					"Autres acteurs", "Changement de contrôle", "Les plus récents d&#39;abord");
	}

	@Test
	void keepsTheFiltersInTheFormAndTheLinks() {
		assertThat(this.mvc.get()
			.uri("/timeline")
			.param("lang", "en")
			.param("q", "Anefis")
			.param("from", "2015-01-01")
			.param("region", "ML-8")
			.param("type", "BATTLES")).hasStatusOk()
			.bodyText()
			.contains("2 events match.", "value=\"Anefis\"", "value=\"2015-01-01\"",
					"<option value=\"ML-8\" selected=\"selected\">Kidal</option>",
					"<option value=\"BATTLES\" selected=\"selected\">Battles</option>",
					"Pro-government militias seize Anéfis", "Army takes Anéfis on the road to Kidal")
			.doesNotContain("Army loses Anéfis", "CMA retakes Anéfis without a fight", "Load more events");
	}

	@Test
	void answersHtmxWithTheNextRowsOnly() {
		TimelineFilter next = page().next();
		assertThat(this.mvc.get()
			.uri("/timeline")
			.header("HX-Request", "true")
			.param("cursorDate", next.cursorDate().toString())
			.param("cursorId", String.valueOf(next.cursorId()))).hasStatusOk()
			.bodyText()
			.contains("class=\"timeline-event", "MNLA opens the Tuareg rebellion at Ménaka")
			.doesNotContain("<html", "<header", "timeline-filter", "<svg", TINZAOUATENE, "Load more events");
	}

	@Test
	void followsTheNextPageLinkWithoutJavaScript() {
		TimelineFilter next = page().next();
		assertThat(this.mvc.get()
			.uri("/timeline")
			.param("cursorDate", next.cursorDate().toString())
			.param("cursorId", String.valueOf(next.cursorId()))).hasStatusOk()
			.bodyText()
			.contains("<html", "timeline-filter", "MNLA opens the Tuareg rebellion at Ménaka")
			.doesNotContain("<a class=\"title\" href=\"/events/"
					+ id("SELECT id FROM event WHERE title = '" + TINZAOUATENE + "'"));
	}

	@Test
	void explainsInvalidFiltersBesideTheForm() throws Exception {
		assertThat(this.mvc.get()
			.uri("/timeline")
			.param("lang", "en")
			.param("from", "2024-01-01")
			.param("to", "2023-01-01")
			.param("region", "XX-99")
			.param("minFatalities", "-1")).hasStatusOk()
			.bodyText()
			.contains("Some filters could not be used:", "The end date comes before the start date.",
					"There is no region with this code.", "The number of fatalities cannot be negative.")
			.doesNotContain("events match.", "<svg");
		// The fields in error, and only they, are marked.
		String page = this.mvc.get()
			.uri("/timeline")
			.param("lang", "en")
			.param("region", "XX-99")
			.param("minFatalities", "-1")
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(Pattern
			.compile("<label class=\"invalid\">\\s*<span>[^<]*</span>\\s*<(?:input|select)[^>]*name=\"(\\w+)\"")
			.matcher(page)
			.results()
			.map((field) -> field.group(1))).containsExactly("region", "minFatalities");
		assertThat(this.mvc.get().uri("/timeline").param("lang", "en")).hasStatusOk()
			.bodyText()
			.contains("timeline-filter")
			.doesNotContain("class=\"invalid\"", "timeline-errors");
		assertThat(this.mvc.get().uri("/timeline").param("lang", "en").param("from", "2023-02-30")).hasStatusOk()
			.bodyText()
			.contains("The start date must be a date such as 2023-11-14.", "value=\"2023-02-30\"");
		assertThat(this.mvc.get()
			.uri("/timeline")
			.param("lang", "en")
			.param("order", "sideways")
			.param("from", "2024-02-01")
			.param("minFatalities", "0")).hasStatusOk()
			.bodyText()
			.contains("The order is either newest or oldest first.", "value=\"2024-02-01\"")
			.doesNotContain("cannot be negative");
		assertThat(
				this.mvc.get().uri("/timeline").param("lang", "en").param("from", "yesterday").param("status", "DRAFT"))
			.hasStatusOk()
			.bodyText()
			.contains("The start date must be a date such as 2023-11-14.",
					"Only editors may see events that are not published.");
		assertThat(this.mvc.get().uri("/timeline").param("lang", "fr").param("stance", "MAYBE")).hasStatusOk()
			.bodyText()
			.contains("Choisissez le type de revendication dans la liste.");
	}

	@Test
	@Transactional
	void escapesUserText() {
		this.jdbc.sql("UPDATE event SET title = :title WHERE title = :old")
			.param("title", "<script>alert('timeline')</script>")
			.param("old", TINZAOUATENE)
			.update();
		assertThat(this.mvc.get().uri("/timeline").param("lang", "en")).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert(&#39;timeline&#39;)&lt;/script&gt;</a>",
					"<title>25 July 2024 · &lt;script&gt;alert(&#39;timeline&#39;)&lt;/script&gt; · 70 fatalities</title>")
			.doesNotContain("<script>alert");
	}

	/**
	 * The chart formats each fatality figure once and reuses it for the marks that share
	 * it: each mark still says its own figure, in the language asked.
	 */
	@Test
	@Transactional
	void eachMarkSaysItsOwnFatalitiesInTheLanguageAsked() {
		// Two events with the same figure: the demo's are all different.
		this.jdbc.sql("UPDATE event SET fatalities_best = 6 WHERE fatalities_best = 5").update();
		List<Map<String, Object>> events = this.jdbc.sql("""
				SELECT title, fatalities_best FROM event
				 WHERE review_status = 'PUBLISHED' AND event_type_code <> 'STRATEGIC_DEVELOPMENTS'
				   AND acled_event_id IS NULL AND fatalities_best BETWEEN 0 AND 999""").query().listOfRows();
		List<Object> figures = events.stream().map((event) -> event.get("fatalities_best")).toList();
		assertThat(Set.copyOf(figures)).as("distinct figures").hasSizeGreaterThan(2).hasSizeLessThan(figures.size());
		Map<String, List<String>> words = Map.of("en", List.of("no fatalities", "one fatality", " fatalities"), "fr",
				List.of("aucun mort", "un mort", " morts"));
		words.forEach((language, word) -> {
			String[] titles = events.stream().map((event) -> {
				int figure = (Integer) event.get("fatalities_best");
				String said = (figure < 2) ? word.get(figure) : figure + word.get(2);
				return " · " + HtmlUtils.htmlEscape((String) event.get("title"), "UTF-8") + " · " + said + "</title>";
			}).toArray(String[]::new);
			assertThat(this.mvc.get().uri("/timeline").param("lang", language)).hasStatusOk()
				.bodyText()
				.contains(titles);
		});
	}

	@Test
	@Transactional
	void drawsBinsInsteadOfEventsWhenThereAreTooMany() {
		this.jdbc
			.sql("""
					INSERT INTO event (event_date, disorder_type_code, event_type_code, sub_event_type_code, place_id, title,
					                   fatalities_best, review_status)
					SELECT DATE '2019-01-01' + n, 'POLITICAL_VIOLENCE', 'BATTLES', 'ARMED_CLASH',
					       (SELECT id FROM place WHERE name = 'Gao'), 'Skirmish ' || n, 1, 'PUBLISHED'
					  FROM generate_series(0, :n - 1) AS n""")
			.param("n", TimelineService.CHART_EVENT_LIMIT)
			.update();
		assertThat(this.mvc.get().uri("/timeline").param("lang", "en")).hasStatusOk()
			.bodyText()
			.contains("circle area is the number of events per month.", "class=\"mark bin\"",
					"<title>31 events from 1 January 2019 to 31 January 2019, 31 fatalities</title>")
			.doesNotContain("Skirmish 0</title>", "Ringed: evidence of a change of control.");
	}

	@Test
	void linksPlaceAndActorPagesToTheirTimeline() {
		long kidal = id("SELECT id FROM place WHERE name = 'Kidal'");
		long cma = id("SELECT id FROM actor WHERE short_name = 'CMA'");
		assertThat(this.mvc.get().uri("/places/{id}", kidal).param("lang", "en")).hasStatusOk()
			.bodyText()
			.contains("<a href=\"/timeline?place=" + kidal + "\">See on the timeline</a>");
		assertThat(this.mvc.get().uri("/actors/{id}", cma).param("lang", "fr")).hasStatusOk()
			.bodyText()
			.contains("<a href=\"/timeline?actor=" + cma + "&amp;coalition=true\">Voir sur la chronologie</a>");
	}

	private TimelinePage page() {
		TimelinePage first = this.timeline.page(TimelineFilter.all());
		assertThat(first.next()).isNotNull();
		return first;
	}

	private long tinzaouatene() {
		return this.jdbc.sql("SELECT id FROM event WHERE title = :title")
			.param("title", TINZAOUATENE)
			.query(Long.class)
			.single();
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	@Transactional
	void showsDraftsToEditorsOnly() {
		this.jdbc.sql(
				"UPDATE event SET review_status = 'DRAFT', title = 'Draft under review' WHERE id = (SELECT min(id) FROM event)")
			.update();
		assertThat(this.mvc.get().uri("/timeline").param("q", "Draft under review")).hasStatusOk()
			.bodyText()
			.doesNotContain("Draft under review</a>");
		assertThat(this.mvc.get()
			.uri("/timeline")
			.param("status", "DRAFT")
			.with(SecurityMockMvcRequestPostProcessors.user("analyst").roles("ANALYST"))).hasStatusOk()
			.bodyText()
			.contains("Only editors may see events that are not published.")
			.doesNotContain("Draft under review</a>");
		assertThat(this.mvc.get()
			.uri("/timeline")
			.param("status", "DRAFT")
			.with(SecurityMockMvcRequestPostProcessors.user("reviewer").roles("REVIEWER"))).hasStatusOk()
			.bodyText()
			.contains("Draft under review</a>", "Review status")
			.doesNotContain("Only editors may see");
	}

}
