package io.faultline.source;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class ClaimFormIT {

	private static final String MARK = "IT claim ";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTestClaims() {
		this.jdbc.sql("DELETE FROM claim WHERE claimant_name LIKE 'IT claim %'").update();
		this.jdbc.sql("DELETE FROM source WHERE name LIKE 'IT source %'").update();
	}

	@Test
	void showsThreeBlankRowsToEditorsOnly() {
		long event = kidalCapture();
		assertThat(this.mvc.get().uri("/events/{id}/claims/new", event).with(editor())).hasStatusOk()
			.bodyText()
			.contains("Add claims", "14 November 2023", "name=\"claims[2].url\"", "ORTM", "name=\"_csrf\"")
			.doesNotContain("name=\"claims[3].url\"");
		assertThat(this.mvc.get().uri("/events/{id}/claims/new", event).with(user("analyst").roles("ANALYST")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void savesTwoClaimsAndIgnoresTheBlankRow() {
		long event = kidalCapture();
		Map<String, String> form = new LinkedHashMap<>();
		row(form, 0, source("ORTM"), MARK + "one", "https://example.org/one", "REPORTS", "12");
		row(form, 1, source("AFP"), MARK + "two", "http://example.org/two", "DENIES", "");
		form.put("claims[1].claimantActorId", String.valueOf(actor("FAMa")));
		form.put("claims[1].publishedOn", "2023-11-15");
		form.put("claims[1].excerptLanguage", "fr");
		row(form, 2, "", "", "", "REPORTS", "");
		long before = claims(event);
		assertThat(post(event, form)).hasRedirectedUrl("/events/" + event)
			.flash()
			.containsEntry("notice", "editor.claims.added")
			.containsEntry("noticeArgument", 2);
		assertThat(claims(event)).isEqualTo(before + 2);
		assertThat(this.jdbc.sql("""
				SELECT claimant_name || ' ' || stance || ' ' || coalesce(fatalities::text, '-') || ' ' || provenance
				       || ' ' || coalesce(published_on::text, '-') || ' ' || coalesce(excerpt_language, '-')
				       || ' ' || coalesce(claimant_actor_id::text, '-')
				  FROM claim WHERE event_id = :event AND claimant_name LIKE 'IT claim %' ORDER BY claimant_name""")
			.param("event", event)
			.query(String.class)
			.list()).containsExactly("IT claim one REPORTS 12 EDITOR - - -",
					"IT claim two DENIES - EDITOR 2023-11-15 fr " + actor("FAMa"));
	}

	@Test
	void savesNothingWhenOneRowIsWrongAndNamesItsField() {
		long event = kidalCapture();
		Map<String, String> form = new LinkedHashMap<>();
		row(form, 0, source("ORTM"), MARK + "good", "https://example.org/good", "REPORTS", "");
		row(form, 1, source("AFP"), MARK + "bad", "javascript:alert(1)", "CONFIRMS", "");
		row(form, 2, "", "", "", "REPORTS", "");
		long before = claims(event);
		assertThat(post(event, form)).hasStatusOk()
			.bodyText()
			.contains("Claim 2: the link must be a web address starting with http:// or https://.",
					"value=\"IT claim good\"", "value=\"javascript:alert(1)\"")
			.doesNotContain("Claim 1: the link");
		assertThat(claims(event)).isEqualTo(before);
	}

	@Test
	void asksForASourceOnAFilledRow() {
		long event = kidalCapture();
		Map<String, String> form = new LinkedHashMap<>();
		row(form, 0, "", MARK + "no source", "", "REPORTS", "-3");
		assertThat(post(event, form)).hasStatusOk()
			.bodyText()
			.contains("Claim 1: choose the source.", "Claim 1: the figure must be 0 or more.");
		Map<String, String> empty = new LinkedHashMap<>();
		row(empty, 0, "", "", "", "REPORTS", "");
		assertThat(post(event, empty)).hasStatusOk().bodyText().contains("Fill in at least one claim.");
	}

	@Test
	void saysSoWhenAValueCannotBeRead() {
		long event = kidalCapture();
		Map<String, String> form = new LinkedHashMap<>();
		row(form, 0, source("ORTM"), MARK + "unreadable", "https://example.org/x", "REPORTS", "many");
		form.put("claims[0].publishedOn", "yesterday");
		long before = claims(event);
		assertThat(post(event, form)).hasStatusOk()
			.bodyText()
			.contains("This value is not understood.", "value=\"IT claim unreadable\"");
		assertThat(claims(event)).isEqualTo(before);
	}

	@Test
	void showsTheExcerptEscapedOnTheEventPage() {
		long event = kidalCapture();
		Map<String, String> form = new LinkedHashMap<>();
		row(form, 0, source("ORTM"), MARK + "script", "https://example.org/x", "REPORTS", "");
		form.put("claims[0].excerpt", "<script>alert('x')</script> & more");
		assertThat(post(event, form)).hasRedirectedUrl("/events/" + event);
		assertThat(this.mvc.get().uri("/events/{id}", event).with(editor())).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more")
			.doesNotContain("<script>alert(");
	}

	@Test
	void createsASourceNamedInARowAndReusesOneOfTheSameName() {
		long event = kidalCapture();
		Map<String, String> form = new LinkedHashMap<>();
		row(form, 0, "", MARK + "new source", "https://example.org/new", "REPORTS", "");
		form.put("claims[0].newSourceName", "IT source Radio Tahanint");
		form.put("claims[0].newSourceKind", "LOCAL_MEDIA");
		row(form, 1, "", MARK + "same source", "https://example.org/same", "CONFIRMS", "");
		form.put("claims[1].newSourceName", "it SOURCE radio tahanint");
		form.put("claims[1].newSourceKind", "LOCAL_MEDIA");
		row(form, 2, source("ORTM"), MARK + "both", "https://example.org/both", "REPORTS", "");
		form.put("claims[2].newSourceName", "IT source twice");
		assertThat(post(event, form)).hasStatusOk()
			.bodyText()
			.contains("Claim 3: pick a source or name a new one, not both.");
		form.put("claims[2].newSourceName", "");
		assertThat(post(event, form)).hasRedirectedUrl("/events/" + event);
		assertThat(this.jdbc.sql("""
				SELECT DISTINCT s.name || ' ' || s.kind FROM claim c JOIN source s ON s.id = c.source_id
				 WHERE c.claimant_name IN ('IT claim new source', 'IT claim same source')""")
			.query(String.class)
			.list()).containsExactly("IT source Radio Tahanint LOCAL_MEDIA");
	}

	@Test
	void asksWhyClaimsAreAddedToAPublishedEvent() {
		long event = kidalCapture();
		assertThat(this.mvc.get().uri("/events/{id}/claims/new", event).with(editor())).bodyText()
			.contains("name=\"reason\"");
		Map<String, String> form = new LinkedHashMap<>();
		row(form, 0, source("ORTM"), MARK + "no reason", "https://example.org/x", "REPORTS", "");
		form.put("reason", "");
		assertThat(post(event, form)).hasStatusOk()
			.bodyText()
			.contains("Readers already see this record: say briefly why you change it.", MARK + "no reason");
		assertThat(this.jdbc.sql("SELECT count(*) FROM claim WHERE claimant_name = :name")
			.param("name", MARK + "no reason")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void answers404ForAMissingEventAndRefusesWithoutCsrf() {
		assertThat(this.mvc.get().uri("/events/999999/claims/new").with(editor())).hasStatus(HttpStatus.NOT_FOUND);
		Map<String, String> form = new LinkedHashMap<>();
		row(form, 0, source("ORTM"), MARK + "csrf", "https://example.org/x", "REPORTS", "");
		MockMvcRequestBuilder request = this.mvc.post().uri("/events/{id}/claims/new", kidalCapture());
		form.forEach(request::param);
		assertThat(request.with(editor())).hasStatus(HttpStatus.FORBIDDEN);
	}

	private MockMvcRequestBuilder post(long event, Map<String, String> form) {
		form.putIfAbsent("reason", "IT: another report");
		MockMvcRequestBuilder request = this.mvc.post().uri("/events/{id}/claims/new", event);
		form.forEach(request::param);
		return request.with(editor()).with(csrf());
	}

	private static void row(Map<String, String> form, int i, Object sourceId, String claimant, String url,
			String stance, String fatalities) {
		String prefix = "claims[" + i + "].";
		form.put(prefix + "sourceId", String.valueOf(sourceId));
		form.put(prefix + "claimantName", claimant);
		form.put(prefix + "claimantActorId", "");
		form.put(prefix + "url", url);
		form.put(prefix + "publishedOn", "");
		form.put(prefix + "reportedEventDate", "");
		form.put(prefix + "excerpt", "");
		form.put(prefix + "excerptLanguage", "");
		form.put(prefix + "stance", stance);
		form.put(prefix + "fatalities", fatalities);
	}

	private long kidalCapture() {
		return this.jdbc.sql("""
				SELECT e.id FROM event e JOIN place p ON p.id = e.place_id
				 WHERE p.name = 'Kidal' AND e.event_date = DATE '2023-11-14'
				   AND e.sub_event_type_code = 'GOVERNMENT_REGAINS_TERRITORY'""").query(Long.class).single();
	}

	private long claims(long event) {
		return this.jdbc.sql("SELECT count(*) FROM claim WHERE event_id = :event")
			.param("event", event)
			.query(Long.class)
			.single();
	}

	private long source(String name) {
		return this.jdbc.sql("SELECT id FROM source WHERE name = :name").param("name", name).query(Long.class).single();
	}

	private long actor(String label) {
		return this.jdbc.sql("SELECT id FROM actor WHERE coalesce(short_name, name) = :label")
			.param("label", label)
			.query(Long.class)
			.single();
	}

	private static RequestPostProcessor editor() {
		return user("editor").roles("EDITOR");
	}

}
