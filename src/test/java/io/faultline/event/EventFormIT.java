package io.faultline.event;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
class EventFormIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTestEvents() {
		this.jdbc.sql("DELETE FROM event WHERE title LIKE 'IT %'").update();
	}

	@Test
	void sendsAnonymousReadersToSignInAndRefusesAnalysts() {
		assertThat(this.mvc.get().uri("/events/new")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(this.mvc.get().uri("/events/new").with(user("analyst").roles("ANALYST")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post("/events/new", valid("IT analyst")).with(user("analyst").roles("ANALYST")).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(count("IT analyst")).isZero();
	}

	@Test
	void showsTheEmptyFormToEditors() {
		assertThat(this.mvc.get().uri("/events/new").with(editor())).hasStatusOk()
			.bodyText()
			.contains("New event", "name=\"participants[5].actorId\"", "data-type=\"BATTLES\"", "Kidal",
					"hx-get=\"/places/search\"", "name=\"_csrf\"");
		assertThat(this.mvc.get().uri("/events/new").param("lang", "fr").with(editor())).hasStatusOk()
			.bodyText()
			.contains("Nouvel événement", "Affrontement armé", "Enregistrer le brouillon");
	}

	@Test
	void createsADraftByTheEditorWithItsParticipants() {
		MvcTestResult result = post("/events/new", valid("IT clash at Kidal")).with(editor()).with(csrf()).exchange();
		long id = this.jdbc.sql("SELECT id FROM event WHERE title = 'IT clash at Kidal'").query(Long.class).single();
		assertThat(result).hasRedirectedUrl("/events/" + id)
			.flash()
			.containsEntry("notice", "editor.event.created")
			.containsEntry("noticeArgument", "IT clash at Kidal");
		assertThat(this.jdbc.sql("""
				SELECT review_status || ' ' || created_by || ' ' || updated_by || ' ' || disorder_type_code
				       || ' ' || fatalities_low || '/' || fatalities_best || '/' || fatalities_high
				  FROM event WHERE id = :id""").param("id", id).query(String.class).single())
			.isEqualTo("DRAFT editor editor POLITICAL_VIOLENCE 2/3/5");
		assertThat(this.jdbc.sql("SELECT actor_id || side || role FROM event_actor WHERE event_id = :id ORDER BY side")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly(actor("FAMa") + "APRIMARY", actor("CSP-DPA") + "BPRIMARY");
		assertThat(this.mvc.get().uri("/events/{id}", id).with(editor())).hasStatusOk()
			.bodyText()
			.contains("IT clash at Kidal", "Draft", "/events/" + id + "/edit");
	}

	@Test
	void warnsOfAPossibleDuplicateAndSavesOnlyWhenConfirmed() {
		long kidalCapture = this.jdbc.sql("""
				SELECT e.id FROM event e JOIN place p ON p.id = e.place_id
				 WHERE p.name = 'Kidal' AND e.event_date = DATE '2023-11-14'
				   AND e.sub_event_type_code = 'GOVERNMENT_REGAINS_TERRITORY'""").query(Long.class).single();
		Map<String, String> form = valid("IT Kidal taken again");
		form.put("eventDate", "2023-11-16");
		form.put("placeId",
				String.valueOf(this.jdbc.sql("SELECT id FROM place WHERE name = 'Kidal'").query(Long.class).single()));
		assertThat(post("/events/new", form).with(editor()).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("This event may already be in the record", "/events/" + kidalCapture + "/claims/new",
					"name=\"confirmDuplicate\" value=\"true\"", "value=\"IT Kidal taken again\"");
		assertThat(count("IT Kidal taken again")).isZero();
		form.put("confirmDuplicate", "true");
		assertThat(post("/events/new", form).with(editor()).with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(count("IT Kidal taken again")).isOne();
	}

	@Test
	void doesNotWarnOfEventsFarAwayOrWithoutACommonActor() {
		Map<String, String> far = valid("IT far from Kidal");
		far.put("eventDate", "2023-11-14");
		far.put("placeId",
				String.valueOf(this.jdbc.sql("SELECT id FROM place WHERE name = 'Kayes'").query(Long.class).single()));
		assertThat(post("/events/new", far).with(editor()).with(csrf())).hasStatus(HttpStatus.FOUND);
		Map<String, String> others = valid("IT Kidal other actors");
		others.put("eventDate", "2023-11-14");
		others.put("participants[0].actorId", String.valueOf(actor("MINUSMA")));
		assertThat(post("/events/new", others).with(editor()).with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(count("IT far from Kidal") + count("IT Kidal other actors")).isEqualTo(2);
	}

	@Test
	void rerendersWithAMessageNextToEachWrongFieldAndKeepsTheInput() {
		Map<String, String> form = valid("");
		form.put("endDate", "2024-03-01");
		form.put("fatalitiesLow", "9");
		form.put("subEventTypeCode", "PEACEFUL_PROTEST");
		form.put("participants[0].side", "B");
		form.put("summary", "Typed <b>summary</b> stays");
		assertThat(post("/events/new", form).with(editor()).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("This field is required.", "The end date is before the date.",
					"The low figure is above the best estimate.",
					"This sub-type does not belong to the chosen event type.", "Side A needs at least one actor.")
			.contains("value=\"2024-03-01\"", "value=\"9\"", "Typed &lt;b&gt;summary&lt;/b&gt; stays")
			.doesNotContain("<b>summary</b>");
		assertThat(this.jdbc.sql("SELECT count(*) FROM event WHERE summary LIKE 'Typed%'").query(Long.class).single())
			.isZero();
	}

	@Test
	void keepsAValueItCannotReadAndSaysSo() {
		Map<String, String> form = valid("IT unreadable");
		form.put("fatalitiesBest", "about ten");
		assertThat(post("/events/new", form).with(editor()).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("This value is not understood.", "value=\"IT unreadable\"", "value=\"2024-03-10\"");
		assertThat(count("IT unreadable")).isZero();
	}

	@Test
	void refusesAnActorTwiceAndAFigureBelowBest() {
		Map<String, String> form = valid("IT twice");
		form.put("participants[1].actorId", String.valueOf(actor("FAMa")));
		form.put("fatalitiesHigh", "1");
		assertThat(post("/events/new", form).with(editor()).with(csrf())).hasStatusOk()
			.bodyText()
			.contains("This actor is already listed.", "The high figure is below the best estimate (or the low one).");
		assertThat(count("IT twice")).isZero();
	}

	@Test
	void savesAnEditOfADraft() {
		long id = createDraft("IT before edit");
		Map<String, String> form = valid("IT after edit");
		form.put("version", "0");
		form.put("participants[1].side", "A");
		form.put("participants[1].role", "ASSOCIATED");
		form.put("participants[2].actorId", String.valueOf(actor("Wagner")));
		form.put("participants[2].side", "B");
		assertThat(post("/events/{id}/edit", form, id).with(editor()).with(csrf())).hasRedirectedUrl("/events/" + id)
			.flash()
			.containsEntry("notice", "editor.event.saved");
		assertThat(this.jdbc.sql("SELECT title || ' v' || version FROM event WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("IT after edit v1");
		assertThat(this.jdbc
			.sql("SELECT actor_id || side || role FROM event_actor WHERE event_id = :id ORDER BY side, role")
			.param("id", id)
			.query(String.class)
			.list()).containsExactlyInAnyOrder(actor("FAMa") + "APRIMARY", actor("CSP-DPA") + "AASSOCIATED",
					actor("Wagner") + "BPRIMARY");
	}

	@Test
	void showsBothVersionsWhenSomeoneSavedMeanwhileAndChangesNothing() {
		long id = createDraft("IT conflict");
		this.jdbc.sql("""
				UPDATE event SET title = 'IT saved by the other editor', updated_by = 'editor2', version = version + 1
				 WHERE id = :id""").param("id", id).update();
		Map<String, String> form = valid("IT typed by this editor");
		form.put("version", "0");
		assertThat(post("/events/{id}/edit", form, id).with(editor()).with(csrf())).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Someone else saved this event meanwhile", "editor2", "IT saved by the other editor",
					"IT typed by this editor", "name=\"version\" value=\"1\"", "action=\"/events/" + id + "/edit\"");
		assertThat(this.jdbc.sql("SELECT title || ' v' || version FROM event WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("IT saved by the other editor v1");
		form.put("version", "1");
		assertThat(post("/events/{id}/edit", form, id).with(editor()).with(csrf())).hasRedirectedUrl("/events/" + id);
		assertThat(this.jdbc.sql("SELECT title || ' v' || version FROM event WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("IT typed by this editor v2");
	}

	@Test
	@Transactional
	void refusesToEditAnArchivedEvent() {
		long archived = this.jdbc.sql("SELECT min(id) FROM event WHERE review_status = 'PUBLISHED'")
			.query(Long.class)
			.single();
		this.jdbc.sql("UPDATE event SET review_status = 'ARCHIVED' WHERE id = :id").param("id", archived).update();
		String before = this.jdbc.sql("SELECT title || ' v' || version FROM event WHERE id = :id")
			.param("id", archived)
			.query(String.class)
			.single();
		assertThat(this.mvc.get().uri("/events/{id}/edit", archived).with(editor()))
			.hasRedirectedUrl("/events/" + archived)
			.flash()
			.containsEntry("alert", "editor.event.notEditable");
		Map<String, String> form = valid("IT over an archived event");
		assertThat(post("/events/{id}/edit", form, archived).with(editor()).with(csrf()))
			.hasRedirectedUrl("/events/" + archived)
			.flash()
			.containsEntry("alert", "editor.event.notEditable");
		assertThat(this.jdbc.sql("SELECT title || ' v' || version FROM event WHERE id = :id")
			.param("id", archived)
			.query(String.class)
			.single()).isEqualTo(before);
	}

	@Test
	void offersPublishedEventsOnlyAProposalForReview() {
		long published = this.jdbc.sql("SELECT min(id) FROM event WHERE review_status = 'PUBLISHED'")
			.query(Long.class)
			.single();
		assertThat(this.mvc.get().uri("/events/{id}", published).with(editor())).bodyText()
			.contains("/events/" + published + "/edit", "Propose a change", "/events/" + published + "/claims/new")
			.doesNotContain("Edit this draft");
		assertThat(this.mvc.get().uri("/events/{id}", published).with(user("analyst").roles("ANALYST"))).bodyText()
			.doesNotContain("/events/" + published + "/claims/new")
			.doesNotContain("/events/" + published + "/edit");
	}

	@Test
	void refusesAPostWithoutCsrfToken() {
		assertThat(post("/events/new", valid("IT no csrf")).with(editor())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(count("IT no csrf")).isZero();
	}

	@Test
	void answers404ForAnEventThatDoesNotExist() {
		assertThat(this.mvc.get().uri("/events/999999/edit").with(editor())).hasStatus(HttpStatus.NOT_FOUND);
	}

	private long createDraft(String title) {
		post("/events/new", valid(title)).with(editor()).with(csrf()).exchange();
		return this.jdbc.sql("SELECT id FROM event WHERE title = :title")
			.param("title", title)
			.query(Long.class)
			.single();
	}

	private Map<String, String> valid(String title) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("eventDate", "2024-03-10");
		form.put("datePrecision", "DAY");
		form.put("placeId",
				String.valueOf(this.jdbc.sql("SELECT id FROM place WHERE name = 'Kidal'").query(Long.class).single()));
		form.put("eventTypeCode", "BATTLES");
		form.put("subEventTypeCode", "ARMED_CLASH");
		form.put("fatalitiesLow", "2");
		form.put("fatalitiesBest", "3");
		form.put("fatalitiesHigh", "5");
		form.put("title", title);
		form.put("summary", "");
		form.put("notes", "");
		form.put("participants[0].actorId", String.valueOf(actor("FAMa")));
		form.put("participants[0].side", "A");
		form.put("participants[0].role", "PRIMARY");
		form.put("participants[1].actorId", String.valueOf(actor("CSP-DPA")));
		form.put("participants[1].side", "B");
		form.put("participants[1].role", "PRIMARY");
		for (int i = 2; i < 6; i++) {
			form.put("participants[" + i + "].actorId", "");
			form.put("participants[" + i + "].side", "");
			form.put("participants[" + i + "].role", "PRIMARY");
		}
		form.put("version", "0");
		return form;
	}

	private MockMvcRequestBuilder post(String uri, Map<String, String> form, Object... variables) {
		MockMvcRequestBuilder request = this.mvc.post().uri(uri, variables);
		form.forEach(request::param);
		return request;
	}

	private long actor(String label) {
		return this.jdbc.sql("SELECT id FROM actor WHERE coalesce(short_name, name) = :label")
			.param("label", label)
			.query(Long.class)
			.single();
	}

	private long count(String title) {
		return this.jdbc.sql("SELECT count(*) FROM event WHERE title = :title")
			.param("title", title)
			.query(Long.class)
			.single();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor editor() {
		return user("editor").roles("EDITOR");
	}

}
