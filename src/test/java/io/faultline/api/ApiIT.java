package io.faultline.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.faultline.IntegrationTest;
import io.faultline.account.ApiTokenService;
import io.faultline.map.MapService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each endpoint of the JSON API against the demo record, with real tokens (anonymous
 * reading is on in the test profile). Writes are removed after each test.
 */
@IntegrationTest
class ApiIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String MARK = "IT API ";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	MapService map;

	@Autowired
	JsonMapper jsonMapper;

	private String analyst;

	private String editor;

	@BeforeEach
	void createTokens() {
		this.analyst = this.tokens.create("analyst", MARK + "analyst", null).token();
		this.editor = this.tokens.create("editor", MARK + "editor", null).token();
	}

	@AfterEach
	void removeWrites() {
		this.jdbc.sql("DELETE FROM claim WHERE claimant_name LIKE 'IT API %'").update();
		this.jdbc.sql("DELETE FROM event WHERE title LIKE 'IT API %'").update();
		this.jdbc.sql("DELETE FROM api_token WHERE name LIKE 'IT API %'").update();
		this.jdbc.sql("UPDATE event SET acled_event_id = NULL WHERE acled_event_id = 'IT-API-1'").update();
	}

	@Test
	void followsNextToTheEndWithoutDuplicatesOrGaps() {
		String url = "/api/v1/events?from=2013-01-01&to=2016-12-31&limit=7";
		List<Long> ids = new ArrayList<>();
		int pages = 0;
		while (url != null) {
			JsonNode page = json(get(url, this.analyst));
			assertThat(page.get("limit").asInt()).isEqualTo(7);
			page.get("items").forEach((item) -> ids.add(item.get("id").asLong()));
			url = page.get("next").isNull() ? null : page.get("next").asString();
			pages++;
		}
		List<Long> expected = this.jdbc.sql("""
				SELECT id FROM event WHERE review_status = 'PUBLISHED'
				   AND event_date BETWEEN DATE '2013-01-01' AND DATE '2016-12-31'
				 ORDER BY event_date DESC, id DESC""").query(Long.class).list();
		assertThat(expected).hasSizeGreaterThan(14);
		assertThat(ids).containsExactlyElementsOf(expected).doesNotHaveDuplicates();
		assertThat(pages).isEqualTo((expected.size() + 6) / 7);
	}

	@Test
	void keepsEveryTimelineFilterAndTheOrderInTheNextLink() {
		JsonNode page = json(get("/api/v1/events?region=ML-8&type=BATTLES&order=oldest&limit=2&q=kidal", this.analyst));
		assertThat(page.get("items")).hasSize(2);
		assertThat(page.get("items").get(0).get("eventDate").asString())
			.isLessThanOrEqualTo(page.get("items").get(1).get("eventDate").asString());
		assertThat(page.get("items").get(0).get("eventTypeCode").asString()).isEqualTo("BATTLES");
		assertThat(page.get("items").get(0).get("latitude").asDouble()).isBetween(17.0, 21.0);
		assertThat(page.get("items").get(0).get("longitude").asDouble()).isBetween(-1.0, 4.5);
		assertThat(page.get("next").asString()).startsWith("/api/v1/events?")
			.contains("region=ML-8", "type=BATTLES", "order=oldest", "q=kidal", "cursorDate=", "cursorId=");
	}

	@Test
	void refusesUnreadableAndUnknownFiltersNamingEachParameter() {
		JsonNode problem = problem(get("/api/v1/events?from=yesterday&limit=0&type=PICNIC", this.analyst),
				HttpStatus.BAD_REQUEST);
		assertThat(fields(problem)).contains("from", "limit");
		assertThat(problem.get("errors").toString()).contains("2023-11-14");
		JsonNode unknown = problem(get("/api/v1/events?type=PICNIC&from=2020-01-01&to=2019-01-01", this.analyst),
				HttpStatus.BAD_REQUEST);
		assertThat(fields(unknown)).containsExactlyInAnyOrder("type", "to");
		JsonNode limit = problem(get("/api/v1/events?limit=ten", this.analyst), HttpStatus.BAD_REQUEST);
		assertThat(fields(limit)).containsExactly("limit");
		assertThat(limit.get("detail").asString()).contains("'limit'", "'ten'", "whole number");
		JsonNode missing = problem(get("/api/v1/events?place=99999999&actor=99999998", this.analyst),
				HttpStatus.BAD_REQUEST);
		assertThat(fields(missing)).containsExactlyInAnyOrder("place", "actor");
		// Every problem at once, those found after a value could not be read included.
		JsonNode values = problem(
				get("/api/v1/events?from=yesterday&minFatalities=-1&order=sideways&type=PICNIC", this.analyst),
				HttpStatus.BAD_REQUEST);
		assertThat(fields(values)).containsExactlyInAnyOrder("from", "minFatalities", "order", "type");
		assertThat(values.get("errors").toString()).contains("cannot be negative", "newest or oldest");
		assertThat(fields(
				problem(get("/api/v1/events?from=yesterday&status=DRAFT", this.analyst), HttpStatus.BAD_REQUEST)))
			.containsExactlyInAnyOrder("from", "status");
	}

	/**
	 * A place is checked by its id, whether or not it is among the most active the
	 * timeline's form offers.
	 */
	@Test
	void readsTheEventsOfAPlaceWithoutAny() {
		long quiet = this.jdbc
			.sql("""
					INSERT INTO place (name, kind, location) VALUES ('Tessit quiet', 'VILLAGE', ST_SetSRID(ST_MakePoint(0.9, 15.1), 4326))
					RETURNING id""")
			.query(Long.class)
			.single();
		try {
			MvcTestResult result = get("/api/v1/events?place=" + quiet, this.analyst);
			assertThat(result).hasStatusOk();
			assertThat(json(result).get("items")).isEmpty();
		}
		finally {
			this.jdbc.sql("DELETE FROM place WHERE id = :id").param("id", quiet).update();
		}
	}

	@Test
	void showsDraftsOnlyToEditorsWhoAskForThem() {
		long draft = createDraft(MARK + "draft at Kidal");
		problem(get("/api/v1/events?status=DRAFT", this.analyst), HttpStatus.BAD_REQUEST);
		JsonNode drafts = json(get("/api/v1/events?status=DRAFT&limit=500", this.editor));
		assertThat(drafts.get("items").findValuesAsString("title")).contains(MARK + "draft at Kidal");
		assertThat(json(get("/api/v1/events?limit=500", this.editor)).get("items").findValuesAsString("title"))
			.doesNotContain(MARK + "draft at Kidal");
		problem(get("/api/v1/events/" + draft, this.analyst), HttpStatus.NOT_FOUND);
		assertThat(json(get("/api/v1/events/" + draft, this.editor)).get("reviewStatus").asString()).isEqualTo("DRAFT");
	}

	@Test
	void showsAnEventWithItsParticipantsAndClaims() {
		long kidal = kidalCapture();
		JsonNode event = json(get("/api/v1/events/" + kidal, this.analyst));
		assertThat(event.get("id").asLong()).isEqualTo(kidal);
		assertThat(event.get("eventDate").asString()).isEqualTo("2023-11-14");
		assertThat(event.get("participants").findValuesAsString("label")).contains("FAMa");
		assertThat(event.get("claims").findValuesAsString("sourceName")).contains("ORTM");
		assertThat(json(get("/api/v1/events/" + kidal + "/claims", this.analyst)).findValuesAsString("sourceName"))
			.isEqualTo(event.get("claims").findValuesAsString("sourceName"));
	}

	@Test
	void answersMissingRecordsWithNotFoundProblems() {
		JsonNode problem = problem(get("/api/v1/events/99999999", this.analyst), HttpStatus.NOT_FOUND);
		assertThat(problem.get("detail").asString()).isEqualTo("No event with id 99999999.");
		assertThat(problem.get("type").asString()).isEqualTo("urn:faultline:problem:not-found");
		problem(get("/api/v1/places/99999999", this.analyst), HttpStatus.NOT_FOUND);
		problem(get("/api/v1/actors/99999999", this.analyst), HttpStatus.NOT_FOUND);
		problem(get("/api/v1/events/99999999/claims", this.analyst), HttpStatus.NOT_FOUND);
		problem(get("/api/v1/events/abc", this.analyst), HttpStatus.NOT_FOUND);
		assertThat(problem(get("/api/v1/nothing/here", this.analyst), HttpStatus.NOT_FOUND).get("detail").asString())
			.contains("/api/v1/nothing/here", "/v3/api-docs");
	}

	@Test
	void hidesAcledEventsFromAnonymousReadersUnderItsTerms() {
		long kidal = kidalCapture();
		this.jdbc.sql("UPDATE event SET acled_event_id = 'IT-API-1' WHERE id = :id").param("id", kidal).update();
		String url = "/api/v1/events?from=2023-11-14&to=2023-11-14";
		assertThat(json(get(url, null)).get("items").findValues("id")).extracting(JsonNode::asLong)
			.doesNotContain(kidal);
		problem(get("/api/v1/events/" + kidal, null), HttpStatus.NOT_FOUND);
		assertThat(json(get(url, this.analyst)).get("items").findValues("id")).extracting(JsonNode::asLong)
			.contains(kidal);
		assertThat(json(get("/api/v1/events/" + kidal, this.analyst)).get("acledEventId").asString())
			.isEqualTo("IT-API-1");
	}

	@Test
	void searchesAndPagesPlaces() {
		JsonNode found = json(get("/api/v1/places?q=anefis", this.analyst));
		assertThat(found.get("items").findValues("name")).extracting((name) -> name.get("en").asString())
			.contains("Anéfis");
		JsonNode first = json(get("/api/v1/places?size=10", this.analyst));
		long total = this.jdbc.sql("SELECT count(*) FROM place").query(Long.class).single();
		assertThat(first.get("total").asLong()).isEqualTo(total);
		assertThat(first.get("items")).hasSize(10);
		assertThat(first.get("next").asString()).isEqualTo("/api/v1/places?size=10&page=1");
		JsonNode second = json(get(first.get("next").asString(), this.analyst));
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(second.get("items").get(0).get("id")).isNotEqualTo(first.get("items").get(0).get("id"));
		JsonNode problem = problem(get("/api/v1/places?size=10000&page=-1", this.analyst), HttpStatus.BAD_REQUEST);
		assertThat(fields(problem)).containsExactlyInAnyOrder("page", "size");
	}

	@Test
	void showsAPlaceWithItsControlHistory() {
		long kidal = this.jdbc.sql("SELECT id FROM place WHERE name = 'Kidal'").query(Long.class).single();
		JsonNode place = json(get("/api/v1/places/" + kidal, this.analyst));
		assertThat(place.get("name").get("en").asString()).isEqualTo("Kidal");
		assertThat(place.get("latitude").asDouble()).isBetween(18.0, 19.0);
		assertThat(place.get("control").findValuesAsString("actorLabel")).contains("FAMa", "CMA");
	}

	@Test
	void listsActorsAndShowsOneWithAliasesAndRelations() {
		JsonNode actors = json(get("/api/v1/actors?size=500", this.analyst));
		assertThat(actors.get("items").findValuesAsString("shortName")).contains("FAMa", "CMA");
		long cma = this.jdbc.sql("SELECT id FROM actor WHERE short_name = 'CMA'").query(Long.class).single();
		JsonNode actor = json(get("/api/v1/actors/" + cma, this.analyst));
		assertThat(actor.get("shortName").asString()).isEqualTo("CMA");
		assertThat(actor.get("relations").findValuesAsString("kind")).isNotEmpty();
		assertThat(actor.get("aliases").isArray()).isTrue();
	}

	@Test
	void saysWhoHeldEachPlaceOnADateAndWhatChanged() {
		JsonNode control = json(get("/api/v1/control?date=2023-11-15", this.analyst));
		assertThat(control.get("date").asString()).isEqualTo("2023-11-15");
		JsonNode kidal = null;
		for (JsonNode place : control.get("places")) {
			if ("Kidal".equals(place.get("name").asString())) {
				kidal = place;
			}
		}
		assertThat(kidal).isNotNull();
		assertThat(kidal.get("actorLabel").asString()).isEqualTo("FAMa");
		JsonNode changes = json(get("/api/v1/control/changes?from=2023-11-01&to=2023-11-30", this.analyst));
		assertThat(changes.get("changes").findValuesAsString("name")).contains("Kidal");
		problem(get("/api/v1/control", this.analyst), HttpStatus.BAD_REQUEST);
		JsonNode problem = problem(get("/api/v1/control?date=14/11/2023", this.analyst), HttpStatus.BAD_REQUEST);
		assertThat(fields(problem)).containsExactly("date");
		problem(get("/api/v1/control/changes?from=2023-11-30&to=2023-11-01", this.analyst), HttpStatus.BAD_REQUEST);
	}

	@Test
	void writesTheControlOnEveryDateOfTheRecordAsJacksonWould() {
		List<LocalDate> dates = this.jdbc.sql("""
				SELECT valid_from FROM control_period
				UNION SELECT valid_to FROM control_period WHERE valid_to IS NOT NULL
				UNION SELECT valid_from - 1 FROM control_period
				UNION VALUES (DATE '1900-01-01'), (DATE '2100-01-01')
				ORDER BY 1""").query(LocalDate.class).list();
		assertThat(dates).hasSizeGreaterThan(10);
		for (LocalDate date : dates) {
			assertThat(new String(this.map.controlJson(date), StandardCharsets.UTF_8)).as("the control on %s", date)
				.isEqualTo(this.jsonMapper.writeValueAsString(new ControlOnDate(date, this.map.placesOn(date))));
		}
	}

	@Test
	void answers304WhenTheEtagMatches() {
		MockHttpServletResponse first = get("/api/v1/places?size=5", this.analyst).getResponse();
		String etag = first.getHeader(HttpHeaders.ETAG);
		assertThat(etag).as("weak, so the answer can be compressed").startsWith("W/\"");
		assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-cache");
		MvcTestResult again = this.mvc.get()
			.uri("/api/v1/places?size=5")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.analyst)
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange();
		assertThat(again).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
		MvcTestResult other = this.mvc.get()
			.uri("/api/v1/places?size=6")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.analyst)
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.exchange();
		assertThat(other).hasStatusOk();
	}

	@Test
	void editorCreatesADraftWithItsClaims() throws Exception {
		long kidal = this.jdbc.sql("SELECT id FROM place WHERE name = 'Kidal'").query(Long.class).single();
		String body = """
				{"eventDate": "2024-07-20", "placeId": %d, "eventTypeCode": "BATTLES",
				 "subEventTypeCode": "ARMED_CLASH", "fatalitiesLow": 2, "fatalitiesBest": 3, "fatalitiesHigh": 5,
				 "title": "IT API clash north of Kidal",
				 "participants": [{"actorId": %d, "side": "A", "role": "PRIMARY"},
				                  {"actorId": %d, "side": "B", "role": "PRIMARY"}],
				 "confirmDuplicate": true,
				 "claims": [{"sourceId": %d, "claimantName": "IT API ORTM", "url": "https://example.org/a",
				             "stance": "REPORTS", "fatalities": 3, "publishedOn": "2024-07-21"},
				            {"sourceId": %d, "claimantName": "IT API AFP", "stance": "DISPUTES"}]}""".formatted(kidal,
				actor("FAMa"), actor("CMA"), source("ORTM"), source("AFP"));
		MvcTestResult result = post("/api/v1/events", body, this.editor);
		assertThat(result).hasStatus(HttpStatus.CREATED);
		String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
		long id = this.jdbc.sql("SELECT id FROM event WHERE title = 'IT API clash north of Kidal'")
			.query(Long.class)
			.single();
		assertThat(location).isEqualTo("/api/v1/events/" + id);
		assertThat(this.jdbc.sql("SELECT review_status || ' ' || created_by FROM event WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("DRAFT editor");
		assertThat(this.jdbc.sql("SELECT count(*) FROM event_actor WHERE event_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT claimant_name || ' ' || stance FROM claim WHERE event_id = :id ORDER BY id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("IT API ORTM REPORTS", "IT API AFP DISPUTES");
		JsonNode created = json(result);
		assertThat(created.get("reviewStatus").asString()).isEqualTo("DRAFT");
		assertThat(created.get("claims")).hasSize(2);
		assertThat(json(get(location, this.editor)).get("title").asString()).isEqualTo("IT API clash north of Kidal");
	}

	@Test
	void refusesAnInvalidEventListingEveryFieldAndSavesNothing() throws Exception {
		long kidal = this.jdbc.sql("SELECT id FROM place WHERE name = 'Kidal'").query(Long.class).single();
		String body = """
				{"eventDate": "2024-07-20", "endDate": "2024-07-01", "placeId": %d, "eventTypeCode": "BATTLES",
				 "subEventTypeCode": "PEACEFUL_PROTEST", "fatalitiesLow": 9, "fatalitiesBest": 3,
				 "title": "IT API invalid",
				 "participants": [{"actorId": 99999999, "side": "A", "role": "PRIMARY"}],
				 "claims": [{"sourceId": %d, "claimantName": "IT API good", "stance": "REPORTS"},
				            {"sourceId": 99999999, "claimantName": "IT API bad", "url": "not a url", "stance": "REPORTS"}]}"""
			.formatted(kidal, source("ORTM"));
		long eventsBefore = this.jdbc.sql("SELECT count(*) FROM event").query(Long.class).single();
		MvcTestResult result = post("/api/v1/events", body, this.editor);
		JsonNode problem = problem(result, HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(fields(problem)).contains("endDate", "subEventTypeCode", "fatalitiesLow", "participants[0].actorId",
				"claims[1].sourceId", "claims[1].url");
		assertThat(problem.get("errors").findValuesAsString("message")).allSatisfy((m) -> assertThat(m).isNotBlank());
		assertThat(this.jdbc.sql("SELECT count(*) FROM event").query(Long.class).single()).isEqualTo(eventsBefore);
		assertThat(this.jdbc.sql("SELECT count(*) FROM claim WHERE claimant_name LIKE 'IT API %'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void refusesMissingFieldsAndUnreadableBodies() throws Exception {
		JsonNode missing = problem(post("/api/v1/events", "{}", this.editor), HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(fields(missing)).contains("eventDate", "placeId", "eventTypeCode", "title", "participants");
		JsonNode wrongType = problem(post("/api/v1/events", "{\"eventDate\": \"20 July\"}", this.editor),
				HttpStatus.BAD_REQUEST);
		assertThat(fields(wrongType)).containsExactly("eventDate");
		problem(post("/api/v1/events", "not json", this.editor), HttpStatus.BAD_REQUEST);
	}

	@Test
	void warnsOfPossibleDuplicatesUnlessConfirmed() throws Exception {
		long kidal = this.jdbc.sql("SELECT id FROM place WHERE name = 'Kidal'").query(Long.class).single();
		String body = """
				{"eventDate": "2023-11-14", "placeId": %d, "eventTypeCode": "BATTLES",
				 "subEventTypeCode": "GOVERNMENT_REGAINS_TERRITORY", "title": "IT API Kidal again",
				 "participants": [{"actorId": %d, "side": "A", "role": "PRIMARY"}]}""".formatted(kidal, actor("FAMa"));
		JsonNode problem = problem(post("/api/v1/events", body, this.editor), HttpStatus.CONFLICT);
		assertThat(problem.get("duplicates").findValues("id")).extracting(JsonNode::asLong).contains(kidalCapture());
		assertThat(this.jdbc.sql("SELECT count(*) FROM event WHERE title = 'IT API Kidal again'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void editorAddsAClaimToAnEvent() throws Exception {
		long kidal = kidalCapture();
		String body = """
				{"sourceId": %d, "claimantName": "IT API spokesman", "stance": "CONFIRMS", "excerptLanguage": "fr"}"""
			.formatted(source("AFP"));
		JsonNode unexplained = problem(post("/api/v1/events/" + kidal + "/claims", body, this.editor),
				HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(fields(unexplained)).containsExactly("reason");
		MvcTestResult result = post("/api/v1/events/" + kidal + "/claims?reason=AFP%20confirms", body, this.editor);
		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result.getResponse().getHeader(HttpHeaders.LOCATION))
			.isEqualTo("/api/v1/events/" + kidal + "/claims");
		JsonNode claim = json(result);
		assertThat(claim.get("claimantName").asString()).isEqualTo("IT API spokesman");
		assertThat(this.jdbc.sql("SELECT stance FROM claim WHERE id = :id")
			.param("id", claim.get("id").asLong())
			.query(String.class)
			.single()).isEqualTo("CONFIRMS");
		JsonNode invalid = problem(post("/api/v1/events/" + kidal + "/claims?reason=IT",
				"{\"claimantName\": \"IT API nobody\", \"stance\": \"CONFIRMS\", \"excerptLanguage\": \"French\"}",
				this.editor), HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(fields(invalid)).containsExactlyInAnyOrder("sourceId", "excerptLanguage");
		problem(post("/api/v1/events/99999999/claims", "{\"sourceId\": 1, \"stance\": \"REPORTS\"}", this.editor),
				HttpStatus.NOT_FOUND);
	}

	@Test
	void answersInFrenchWhenAskedTo() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/v1/events/99999999")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.analyst)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
			.exchange();
		assertThat(problem(result, HttpStatus.NOT_FOUND).get("detail").asString()).contains("99999999")
			.startsWith("Aucun");
	}

	@Test
	void documentsEveryEndpointWithTheBearerScheme() {
		JsonNode docs = json(this.mvc.get().uri("/v3/api-docs").exchange());
		Set<String> paths = new LinkedHashSet<>();
		docs.get("paths").propertyNames().forEach(paths::add);
		assertThat(paths).containsExactlyInAnyOrder("/api/v1/events", "/api/v1/events/{id}",
				"/api/v1/events/{id}/claims", "/api/v1/places", "/api/v1/places/{id}", "/api/v1/actors",
				"/api/v1/actors/{id}", "/api/v1/control", "/api/v1/control/changes");
		assertThat(docs.get("components").get("securitySchemes").get("bearer").get("scheme").asString())
			.isEqualTo("bearer");
		assertThat(docs.get("paths").get("/api/v1/events").get("get").get("parameters").findValuesAsString("name"))
			.contains("from", "to", "region", "place", "actor", "type", "q", "cursorDate", "cursorId", "limit");
	}

	private long createDraft(String title) {
		long kidal = this.jdbc.sql("SELECT id FROM place WHERE name = 'Kidal'").query(Long.class).single();
		MvcTestResult result = post("/api/v1/events",
				"""
						{"eventDate": "2024-07-22", "placeId": %d, "eventTypeCode": "BATTLES", "subEventTypeCode": "ARMED_CLASH",
						 "title": "%s", "confirmDuplicate": true,
						 "participants": [{"actorId": %d, "side": "A", "role": "PRIMARY"}]}"""
					.formatted(kidal, title, actor("FAMa")),
				this.editor);
		assertThat(result).hasStatus(HttpStatus.CREATED);
		return json(result).get("id").asLong();
	}

	private MvcTestResult get(String url, String token) {
		MockMvcTester.MockMvcRequestBuilder request = this.mvc.get().uri(url);
		if (token != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
		}
		return request.exchange();
	}

	private MvcTestResult post(String url, String body, String token) {
		return this.mvc.post()
			.uri(url)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private static JsonNode json(MvcTestResult result) {
		assertThat(result.getResponse().getStatus()).as(contentOf(result)).isBetween(200, 299);
		return JSON.readTree(contentOf(result));
	}

	private static JsonNode problem(MvcTestResult result, HttpStatus status) {
		assertThat(result).as(contentOf(result)).hasStatus(status);
		assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		JsonNode problem = JSON.readTree(contentOf(result));
		assertThat(problem.get("status").asInt()).isEqualTo(status.value());
		assertThat(problem.get("detail").asString()).isNotBlank();
		return problem;
	}

	private static List<String> fields(JsonNode problem) {
		return problem.get("errors").findValuesAsString("field");
	}

	private static String contentOf(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long kidalCapture() {
		return this.jdbc.sql("""
				SELECT e.id FROM event e JOIN place p ON p.id = e.place_id
				 WHERE p.name = 'Kidal' AND e.event_date = DATE '2023-11-14'
				   AND e.sub_event_type_code = 'GOVERNMENT_REGAINS_TERRITORY'""").query(Long.class).single();
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

}
