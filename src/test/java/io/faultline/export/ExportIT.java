package io.faultline.export;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The exports against the demo record (anonymous reading on, as in the test profile),
 * read back with a CSV reader and Jackson written apart from the code under test.
 */
@IntegrationTest
class ExportIT {

	/** ACLED's current header, as formats.md gives it. */
	private static final String ACLED_HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
			+ "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
			+ "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
			+ "notes,fatalities,tags,timestamp";

	private static final long KIDAL = 11;

	/** The army and Wagner take Kidal, 14 November 2023. */
	private static final long KIDAL_TAKEN = 71;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void eventsHaveAcledsCurrentHeaderInItsOrder() {
		String body = get("/export/events.csv", anonymous());

		assertThat(body.substring(0, body.indexOf('\n'))).isEqualTo(ACLED_HEADER);
		assertThat(CsvRows.parse(body).header()).hasSize(31);
	}

	@Test
	void exportsTheEventsTheTimelineShowsForAPlaceAndDates() {
		CsvRows csv = CsvRows
			.parse(get("/export/events.csv?place=" + KIDAL + "&from=2014-01-01&to=2023-12-31", anonymous()));

		long timeline = this.jdbc.sql("""
				SELECT count(*) FROM event WHERE review_status = 'PUBLISHED' AND place_id = :place
				   AND event_date BETWEEN DATE '2014-01-01' AND DATE '2023-12-31'""")
			.param("place", KIDAL)
			.query(Long.class)
			.single();
		assertThat(csv.rows()).hasSize((int) timeline).isNotEmpty();
		assertThat(csv.column("location")).containsOnly("Kidal");
		assertThat(csv.column("event_date"))
			.allSatisfy((date) -> assertThat(date).isBetween("2014-01-01", "2023-12-31"));
		// In the order the events were recorded, so that rows stream without a sort
		// first.
		assertThat(csv.column("event_id_cnty")).extracting((id) -> Long.parseLong(id.substring(2))).isSorted();

		Map<String, String> taken = csv.row("event_id_cnty", "FL" + KIDAL_TAKEN);
		assertThat(taken).containsEntry("event_date", "2023-11-14")
			.containsEntry("year", "2023")
			.containsEntry("time_precision", "1")
			.containsEntry("disorder_type", "Political violence")
			.containsEntry("event_type", "Battles")
			.containsEntry("sub_event_type", "Government regains territory")
			.containsEntry("iso", "466")
			.containsEntry("region", "Western Africa")
			.containsEntry("country", "Mali")
			.containsEntry("admin1", "Kidal")
			.containsEntry("latitude", "18.44111")
			.containsEntry("longitude", "1.40778")
			.containsEntry("geo_precision", "1")
			.containsEntry("source_scale", "")
			.containsEntry("tags", "");
		assertThat(taken.get("actor1")).isNotEmpty();
		assertThat(taken.get("source")).isNotEmpty();
		assertThat(taken.get("timestamp")).matches("\\d{10}");
		assertThat(taken.get("interaction")).matches("\\d{2}");
	}

	@Test
	@Transactional
	void quotesCommasQuotesAndNewlines() {
		String notes = "The army said \"Kidal is ours\", then\nthe CSP agreed; all of it, in two lines";
		this.jdbc.sql("UPDATE event SET summary = :notes WHERE id = :id")
			.param("notes", notes)
			.param("id", KIDAL_TAKEN)
			.update();

		String body = get("/export/events.csv?place=" + KIDAL, anonymous());

		assertThat(body)
			.contains("\"The army said \"\"Kidal is ours\"\", then\nthe CSP agreed; all of it, in two lines\"");
		assertThat(CsvRows.parse(body).row("event_id_cnty", "FL" + KIDAL_TAKEN)).containsEntry("notes", notes);
	}

	@Test
	@Transactional
	void sidesPutThePrimaryActorFirstThenTheAssociatedOnesInTheOrderRecorded() {
		this.jdbc.sql("UPDATE actor SET name = 'Wagner; \"the Musicians\"' WHERE id = 5").update();

		// Wagner (inter 8) is recorded first but associated: the army (inter 1) is
		// actor1.
		Map<String, String> row = kidalTakenWith(new Participation(5, "A", "ASSOCIATED"),
				new Participation(1, "A", "PRIMARY"), new Participation(7, "A", "ASSOCIATED"));

		assertThat(row).containsEntry("actor1", "Malian Armed Forces")
			.containsEntry("assoc_actor_1", "Wagner; \"the Musicians\"; Russian Federation")
			.containsEntry("inter1", "1")
			.containsEntry("actor2", "")
			.containsEntry("assoc_actor_2", "")
			.containsEntry("inter2", "")
			.containsEntry("interaction", "10");
	}

	@Test
	@Transactional
	void aSideWithoutAPrimaryActorStartsWithItsFirstAssociatedOne() {
		Map<String, String> row = kidalTakenWith(new Participation(8, "A", "PRIMARY"),
				new Participation(6, "B", "ASSOCIATED"), new Participation(1, "B", "ASSOCIATED"));

		assertThat(row).containsEntry("actor1", "National Movement for the Liberation of Azawad")
			.containsEntry("assoc_actor_1", "")
			.containsEntry("inter1", "2")
			.containsEntry("actor2", "Africa Corps")
			.containsEntry("assoc_actor_2", "Malian Armed Forces")
			.containsEntry("inter2", "8")
			.containsEntry("interaction", "28");
	}

	/**
	 * The exported row of the taking of Kidal, its participants replaced by these, in
	 * this order.
	 */
	private Map<String, String> kidalTakenWith(Participation... participations) {
		this.jdbc.sql("DELETE FROM event_actor WHERE event_id = :id").param("id", KIDAL_TAKEN).update();
		for (Participation participation : participations) {
			this.jdbc
				.sql("INSERT INTO event_actor (event_id, actor_id, side, role) VALUES (:event, :actor, :side, :role)")
				.param("event", KIDAL_TAKEN)
				.param("actor", participation.actor())
				.param("side", participation.side())
				.param("role", participation.role())
				.update();
		}
		return CsvRows.parse(get("/export/events.csv", anonymous())).row("event_id_cnty", "FL" + KIDAL_TAKEN);
	}

	@Test
	@Transactional
	void neutralisesFormulasButNotNegativeNumbers() {
		this.jdbc.sql("UPDATE event SET summary = :notes WHERE id = :id")
			.param("notes", "=HYPERLINK(\"http://evil.example\",\"click\")")
			.param("id", KIDAL_TAKEN)
			.update();
		this.jdbc.sql("UPDATE actor SET name = '@SUM(1+1)' WHERE id = 1").update();
		this.jdbc.sql("UPDATE place SET name = '-2+3' WHERE id = :id").param("id", KIDAL).update();
		this.jdbc
			.sql("UPDATE source SET name = '+cmd' WHERE id = (SELECT min(source_id) FROM claim WHERE event_id = :id)")
			.param("id", KIDAL_TAKEN)
			.update();

		CsvRows csv = CsvRows.parse(get("/export/events.csv", anonymous()));

		Map<String, String> row = csv.row("event_id_cnty", "FL" + KIDAL_TAKEN);
		assertThat(row.get("notes")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
		assertThat(row.get("location")).isEqualTo("'-2+3");
		assertThat(row.get("source")).contains("'+cmd");
		assertThat(csv.column("actor1")).contains("'@SUM(1+1)").doesNotContain("@SUM(1+1)");
		// Bamako lies west of Greenwich: its longitude stays a number.
		assertThat(csv.column("longitude")).contains("-8");
		assertThat(csv.rows()).allSatisfy((r) -> r.values()
			.forEach((value) -> assertThat(value).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@")));
	}

	@Test
	void eventsAsGeoJsonAreFeaturesAtTheirPlaces() {
		JsonNode collection = JSON.readTree(get("/export/events.geojson?place=" + KIDAL, anonymous()));

		long atKidal = this.jdbc.sql("SELECT count(*) FROM event WHERE review_status = 'PUBLISHED' AND place_id = :p")
			.param("p", KIDAL)
			.query(Long.class)
			.single();
		assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
		JsonNode features = collection.get("features");
		assertThat(features.size()).isEqualTo((int) atKidal);
		JsonNode taken = null;
		for (JsonNode feature : features) {
			if (feature.get("id").asLong() == KIDAL_TAKEN) {
				taken = feature;
			}
		}
		assertThat(taken).isNotNull();
		assertThat(taken.get("type").asString()).isEqualTo("Feature");
		assertThat(taken.at("/geometry/type").asString()).isEqualTo("Point");
		assertThat(taken.at("/geometry/coordinates/0").asDouble()).isEqualTo(1.40778);
		assertThat(taken.at("/geometry/coordinates/1").asDouble()).isEqualTo(18.44111);
		JsonNode properties = taken.get("properties");
		assertThat(properties.get("date").asString()).isEqualTo("2023-11-14");
		assertThat(properties.get("precision").asString()).isEqualTo("DAY");
		assertThat(properties.get("type").asString()).isEqualTo("Battles");
		assertThat(properties.get("subType").asString()).isEqualTo("Government regains territory");
		assertThat(properties.get("place").asString()).isEqualTo("Kidal");
		assertThat(properties.get("actors").size()).isPositive();
		assertThat(properties.has("fatalitiesLow")).isTrue();
		assertThat(properties.has("fatalitiesHigh")).isTrue();
		assertThat(properties.get("title").asString()).isNotBlank();
	}

	@Test
	void placesOnADateCarryTheirController() {
		assertThat(kidalOn("2023-11-13").get("controllerLabel").asString()).isEqualTo("CSP-PSD");
		assertThat(kidalOn("2023-11-13").get("status").asString()).isEqualTo("CONTESTED");
		assertThat(kidalOn("2023-11-15").get("controllerLabel").asString()).isEqualTo("FAMa");
		assertThat(kidalOn("2023-11-15").get("validFrom").asString()).isEqualTo("2023-11-14");
	}

	@Test
	void placesNeedADate() {
		MvcTestResult result = this.mvc.get().uri("/export/places.geojson?date=14/11/2023").exchange();

		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo("date");
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("14/11/2023");
	}

	@Test
	void controlPeriodsOfAPlaceWithAnExclusiveEnd() {
		CsvRows csv = CsvRows.parse(get("/export/control-periods.csv?place=" + KIDAL, anonymous()));

		long periods = this.jdbc.sql("SELECT count(*) FROM control_period WHERE place_id = :p")
			.param("p", KIDAL)
			.query(Long.class)
			.single();
		assertThat(csv.header()).containsExactly("period_id", "place_id", "place", "actor_id", "actor", "status",
				"challenger", "valid_from", "valid_to_exclusive", "basis", "evidence_event_id",
				"evidence_event_id_cnty");
		assertThat(csv.rows()).hasSize((int) periods);
		Map<String, String> contested = csv.row("period_id", "8");
		assertThat(contested).containsEntry("status", "CONTESTED")
			.containsEntry("valid_from", "2023-11-10")
			.containsEntry("valid_to_exclusive", "2023-11-14")
			.containsEntry("evidence_event_id", "70");
		assertThat(csv.row("period_id", "9")).containsEntry("valid_to_exclusive", "");
	}

	@Test
	void claimsOfTheFilteredEvents() {
		CsvRows csv = CsvRows.parse(get("/export/claims.csv?place=" + KIDAL, anonymous()));

		long claims = this.jdbc.sql("""
				SELECT count(*) FROM claim c JOIN event e ON e.id = c.event_id
				 WHERE e.review_status = 'PUBLISHED' AND e.place_id = :p""")
			.param("p", KIDAL)
			.query(Long.class)
			.single();
		assertThat(csv.rows()).hasSize((int) claims).isNotEmpty();
		assertThat(csv.column("event_id_cnty")).contains("FL" + KIDAL_TAKEN);
		assertThat(csv.column("stance")).isSubsetOf("REPORTS", "CONFIRMS", "DENIES", "DISPUTES");
		assertThat(csv.column("provenance")).containsOnly("EDITOR");
	}

	@Test
	@Transactional
	void acledRowsOnlyForSignedInReaders() {
		this.jdbc.sql("UPDATE event SET acled_event_id = 'MLI99001' WHERE id = :id").param("id", KIDAL_TAKEN).update();

		CsvRows anonymous = CsvRows.parse(get("/export/events.csv?place=" + KIDAL, anonymous()));
		CsvRows analyst = CsvRows.parse(get("/export/events.csv?place=" + KIDAL, analyst()));

		assertThat(anonymous.column("event_id_cnty")).doesNotContain("MLI99001", "FL" + KIDAL_TAKEN);
		assertThat(analyst.rows()).hasSize(anonymous.rows().size() + 1);
		assertThat(analyst.row("event_id_cnty", "MLI99001").get("source")).contains("ACLED");
		assertThat(get("/export/events.geojson?place=" + KIDAL, anonymous())).doesNotContain("MLI99001");
		assertThat(get("/export/claims.csv?place=" + KIDAL, anonymous())).doesNotContain("MLI99001");
		assertThat(get("/export/claims.csv?place=" + KIDAL, analyst())).contains("MLI99001");
		assertThat(CsvRows.parse(get("/export/control-periods.csv?place=" + KIDAL, anonymous())).row("period_id", "9"))
			.containsEntry("evidence_event_id", "");
	}

	@Test
	@Transactional
	void acledRowsForEverybodyOnceAnAdministratorSharesThem() {
		this.jdbc.sql("UPDATE event SET acled_event_id = 'MLI99001' WHERE id = :id").param("id", KIDAL_TAKEN).update();
		this.jdbc.sql("UPDATE app_setting SET value = 'true' WHERE name = 'acled.public'").update();

		assertThat(CsvRows.parse(get("/export/events.csv?place=" + KIDAL, anonymous())).column("event_id_cnty"))
			.contains("MLI99001");
	}

	@Test
	@Transactional
	void draftsAreNeverExportedToAnalysts() {
		this.jdbc.sql("UPDATE event SET review_status = 'DRAFT' WHERE id = :id").param("id", KIDAL_TAKEN).update();

		assertThat(CsvRows.parse(get("/export/events.csv", analyst())).column("event_id_cnty"))
			.doesNotContain("FL" + KIDAL_TAKEN);
		MvcTestResult asked = this.mvc.get().uri("/export/events.csv?status=DRAFT").with(analyst()).exchange();
		assertThat(asked).hasStatus(400);
		assertThat(asked).bodyJson().extractingPath("$.errors[0].parameter").isEqualTo("status");
		assertThat(asked).bodyJson()
			.extractingPath("$.errors[0].message")
			.isEqualTo("Only editors may see events that are not published.");

		assertThat(CsvRows.parse(get("/export/events.csv?status=DRAFT", user("editor").roles("EDITOR")))
			.column("event_id_cnty")).containsExactly("FL" + KIDAL_TAKEN);
	}

	@Test
	void refusesAFilterItCannotReadNamingIt() {
		MvcTestResult result = this.mvc.get().uri("/export/events.csv?from=yesterday&place=999999").exchange();

		assertThat(result).hasStatus(400).hasContentType("application/problem+json");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].parameter")
			.asArray()
			.containsExactlyInAnyOrder("from", "place");
	}

	@Test
	void namesTheFileAfterTheFilterAndTheDay() {
		MvcTestResult result = this.mvc.get().uri("/export/events.csv?place=11&from=2023-01-01").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.matches("attachment; filename=\"faultline-events-from-2023-01-01-place-11-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
		assertThat(
				this.mvc.get().uri("/export/places.geojson?date=2023-11-14").exchange().getResponse().getContentType())
			.isEqualTo("application/geo+json");
	}

	/**
	 * Over real HTTP: the body arrives in chunks, without a length announced up front,
	 * and holds every published event.
	 */
	@Test
	void streamsTheBodyInChunks() throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpResponse<InputStream> response = client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/export/events.csv")).build(),
				HttpResponse.BodyHandlers.ofInputStream());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
		assertThat(response.headers().firstValue("Content-Length")).isEmpty();
		String body;
		try (InputStream in = response.body()) {
			body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		long published = this.jdbc.sql("SELECT count(*) FROM event WHERE review_status = 'PUBLISHED'")
			.query(Long.class)
			.single();
		assertThat(CsvRows.parse(body).rows()).hasSize((int) published);
	}

	@Test
	void timelineAndMapLinkToTheExportsWithTheirFilters() {
		String timeline = get("/timeline?place=" + KIDAL + "&from=2014-01-01", anonymous());
		assertThat(timeline).contains("href=\"/export/events.csv?place=11&amp;from=2014-01-01\"")
			.contains("href=\"/export/claims.csv?place=11&amp;from=2014-01-01\"")
			.contains("href=\"/export/events.geojson?place=11&amp;from=2014-01-01\"");
		assertThat(get("/timeline", anonymous())).contains("href=\"/export/events.csv\"");

		String map = get("/map?date=2023-11-14", anonymous());
		assertThat(map).contains("href=\"/export/places.geojson?date=2023-11-14\"")
			.contains("href=\"/export/control-periods.csv\"");
	}

	private JsonNode kidalOn(String date) {
		JsonNode collection = JSON.readTree(get("/export/places.geojson?date=" + date, anonymous()));
		assertThat(collection.get("date").asString()).isEqualTo(date);
		for (JsonNode feature : collection.get("features")) {
			if (feature.at("/properties/name").asString().equals("Kidal")) {
				return feature.get("properties");
			}
		}
		throw new AssertionError("Kidal is not on the map of " + date);
	}

	private static RequestPostProcessor analyst() {
		return user("analyst").roles("ANALYST");
	}

	private String get(String uri, RequestPostProcessor who) {
		MvcTestResult result = this.mvc.get().uri(uri).with(who).exchange();
		assertThat(result).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private record Participation(long actor, String side, String role) {

	}

}
