package io.faultline.map;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.faultline.IntegrationTest;
import io.faultline.timeline.TimelineFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The map's JSON and GeoJSON against the demo record, drawn by PostGIS. */
@IntegrationTest
class MapIT {

	private static final String KIDAL = "$.features[?(@.properties.name == 'Kidal')].properties";

	private static final String CSP_YELLOW = "#fbc02d";

	private static final String FAMA_GREEN = "#1b5e20";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ControlLayer layer;

	@Autowired
	MapService map;

	@Autowired
	JsonMapper jsonMapper;

	@Test
	void kidalIsHeldByTheRebelCoalitionBeforeTheArmyRetakesIt() {
		MvcTestResult before = this.mvc.get().uri("/map/control.geojson?date=2023-11-13").exchange();
		assertThat(before).hasStatusOk().hasContentType("application/geo+json");
		assertThat(before).bodyJson().extractingPath(KIDAL + ".actorLabel").asArray().containsExactly("CSP-PSD");
		assertThat(before).bodyJson().extractingPath(KIDAL + ".colour").asArray().containsExactly(CSP_YELLOW);
		assertThat(before).bodyJson().extractingPath(KIDAL + ".status").asArray().containsExactly("CONTESTED");
		assertThat(before).bodyJson().extractingPath(KIDAL + ".challengerLabel").asArray().containsExactly("FAMa");

		MvcTestResult after = this.mvc.get().uri("/map/control.geojson?date=2023-11-15").exchange();
		assertThat(after).bodyJson().extractingPath(KIDAL + ".actorLabel").asArray().containsExactly("FAMa");
		assertThat(after).bodyJson().extractingPath(KIDAL + ".colour").asArray().containsExactly(FAMA_GREEN);
		assertThat(after).bodyJson().extractingPath(KIDAL + ".validFrom").asArray().containsExactly("2023-11-14");
		assertThat(after).bodyJson().extractingPath(KIDAL + ".basis").asArray().containsExactly("ASSESSED");
	}

	@Test
	void includesPlacesWithoutAHolderOnTheDateOnlyWhenTheyHaveSomeHistory() {
		long withHistory = count("SELECT count(DISTINCT place_id) FROM control_period");
		MvcTestResult early = this.mvc.get().uri("/map/control.geojson?date=2011-06-01").exchange();
		assertThat(early).bodyJson().extractingPath("$.features.length()").isEqualTo((int) withHistory);
		assertThat(early).bodyJson().extractingPath("$.features[*].properties.actorId").asArray().containsOnlyNulls();
		assertThat(early).bodyJson().extractingPath("$.features[0].geometry.type").isEqualTo("Point");
	}

	@Test
	void drawsTheControlMapAsPostgisDrawsItOnEveryDateThatChangesIt() {
		List<LocalDate> dates = this.jdbc.sql("""
				SELECT DISTINCT d FROM control_period, LATERAL (VALUES (valid_from), (valid_to), (valid_from - 1)) v (d)
				 WHERE d IS NOT NULL ORDER BY d""").query(LocalDate.class).list();
		assertThat(dates).hasSizeGreaterThan(20);
		for (LocalDate date : dates) {
			assertThat(JSON.readTree(body("/map/control.geojson?date=" + date))).as("the control map on %s", date)
				.isEqualTo(JSON.readTree(controlDrawnByPostgis(date)));
		}
	}

	@Test
	void keepsTheControlMapsPlacesWhileTheRecordStandsStill() {
		ControlLayer.OnDate contested = this.layer.on(LocalDate.of(2023, 11, 13));
		assertThat(contested.layer().byName().stream().map(contested::at).filter(Objects::nonNull))
			.anyMatch((holding) -> holding.challengerId() != null)
			.anyMatch((holding) -> holding.challengerId() == null);
		assertThat(this.layer.on(LocalDate.of(2012, 4, 1)).layer()).isSameAs(contested.layer());
	}

	@Test
	void drawsAPeriodFromTheNextMapOnAfterItIsWrittenAndUntilItIsDeleted() {
		String tessit = "$.features[?(@.properties.name == 'Tessit (layer test)')].properties";
		assertThat(this.mvc.get().uri("/map/control.geojson?date=2016-01-01")).bodyJson()
			.extractingPath(tessit)
			.asArray()
			.isEmpty();
		long place = this.jdbc.sql("""
				INSERT INTO place (name, kind, location, location_precision)
				VALUES ('Tessit (layer test)', 'TOWN', ST_SetSRID(ST_MakePoint(0.97, 15.01), 4326), 'EXACT')
				RETURNING id""").query(Long.class).single();
		try {
			long period = this.jdbc
				.sql("""
						INSERT INTO control_period (place_id, actor_id, valid_from, valid_to)
						VALUES (:place, (SELECT id FROM actor WHERE short_name = 'FAMa'), DATE '2015-06-01', DATE '2017-01-01')
						RETURNING id""")
				.param("place", place)
				.query(Long.class)
				.single();
			assertThat(this.mvc.get().uri("/map/control.geojson?date=2016-01-01")).bodyJson()
				.extractingPath(tessit + ".actorLabel")
				.asArray()
				.containsExactly("FAMa");
			assertThat(this.mvc.get().uri("/map/control.geojson?date=2017-01-01")).bodyJson()
				.extractingPath(tessit + ".actorLabel")
				.asArray()
				.containsExactly((Object) null);
			assertThat(this.mvc.get().uri("/map/changes?from=2015-05-31&to=2015-06-01")).bodyJson()
				.extractingPath("$[?(@.placeId == " + place + ")].after.label")
				.asArray()
				.containsExactly("FAMa");
			this.jdbc.sql("UPDATE control_period SET valid_to = DATE '2015-12-01' WHERE id = :id")
				.param("id", period)
				.update();
			assertThat(this.mvc.get().uri("/map/control.geojson?date=2016-01-01")).bodyJson()
				.extractingPath(tessit + ".actorLabel")
				.asArray()
				.containsExactly((Object) null);
		}
		finally {
			this.jdbc.sql("DELETE FROM place WHERE id = :id").param("id", place).update();
		}
		assertThat(this.mvc.get().uri("/map/control.geojson?date=2016-01-01")).bodyJson()
			.extractingPath(tessit)
			.asArray()
			.isEmpty();
	}

	@Test
	@Transactional
	void writesNamesAndLabelsOfAnyTextIntoTheControlMap() {
		long actor = this.jdbc
			.sql("""
					INSERT INTO actor (name, short_name, kind, colour) VALUES ('Front "de" \\ l''Azawad', NULL, 'REBEL_GROUP', '#123456')
					RETURNING id""")
			.query(Long.class)
			.single();
		long place = this.jdbc
			.sql("""
					INSERT INTO place (name, name_fr, kind, location, location_precision)
					VALUES ('Ber "north" \\ O''Hara', E'B\\u00e9r\\tnord', 'TOWN', ST_SetSRID(ST_MakePoint(-3.1, 16.2), 4326), 'EXACT')
					RETURNING id""")
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				INSERT INTO control_period (place_id, actor_id, challenger_actor_id, status, valid_from, basis)
				VALUES (:place, :actor, :actor, 'CONTESTED', DATE '2015-01-01', 'CLAIMED')""")
			.param("place", place)
			.param("actor", actor)
			.update();
		String map = body("/map/control.geojson?date=2016-01-01");
		assertThat(JSON.readTree(map)).isEqualTo(JSON.readTree(controlDrawnByPostgis(LocalDate.of(2016, 1, 1))));
		assertThat(JSON.readTree(map)
			.get("features")
			.valueStream()
			.filter((feature) -> feature.get("id").asLong() == place)
			.map((feature) -> feature.get("properties").get("name").asString() + "|"
					+ feature.get("properties").get("challengerLabel").asString()))
			.containsExactly("Ber \"north\" \\ O'Hara|Front \"de\" \\ l'Azawad");
		String changes = body("/map/changes?from=2014-12-31&to=2015-01-01");
		assertThat(changes).isEqualTo(this.jsonMapper
			.writeValueAsString(this.map.changes(LocalDate.of(2014, 12, 31), LocalDate.of(2015, 1, 1))));
		assertThat(JSON.readTree(changes)
			.valueStream()
			.filter((change) -> change.get("placeId").asLong() == place)
			.map((change) -> change.get("name").asString() + "|" + change.get("nameFr").asString() + "|"
					+ change.get("before").isNull() + "|" + change.get("after").get("label").asString()))
			.containsExactly("Ber \"north\" \\ O'Hara|B\u00e9r\tnord|true|Front \"de\" \\ l'Azawad");
	}

	@Test
	void writesTheChangesAsJacksonWouldBetweenTheRecordsDates() {
		List<LocalDate> dates = this.jdbc.sql("""
				SELECT valid_from FROM control_period
				UNION SELECT valid_to FROM control_period WHERE valid_to IS NOT NULL
				ORDER BY 1""").query(LocalDate.class).list();
		assertThat(dates).hasSizeGreaterThan(10);
		LocalDate start = LocalDate.of(1900, 1, 1);
		for (int i = 0; i < dates.size(); i++) {
			LocalDate from = (i > 0) ? dates.get(i - 1) : start;
			for (LocalDate since : List.of(from, start)) {
				assertThat(body("/map/changes?from=" + since + "&to=" + dates.get(i)))
					.as("the changes from %s to %s", since, dates.get(i))
					.isEqualTo(this.jsonMapper.writeValueAsString(this.map.changes(since, dates.get(i))));
			}
		}
	}

	@Test
	void listsKidalAmongTheChangesOfNovember2023() {
		MvcTestResult changes = this.mvc.get().uri("/map/changes?from=2023-11-01&to=2023-11-30").exchange();
		assertThat(changes).hasStatusOk();
		assertThat(changes).bodyJson()
			.extractingPath("$[?(@.name == 'Kidal')].before.label")
			.asArray()
			.containsExactly("CSP-PSD");
		assertThat(changes).bodyJson()
			.extractingPath("$[?(@.name == 'Kidal')].after.label")
			.asArray()
			.containsExactly("FAMa");
		assertThat(changes).bodyJson().extractingPath("$[?(@.name == 'Gao')]").asArray().isEmpty();
	}

	@Test
	void listsTheChangesBetweenAnyTwoDatesAsTheControlPeriodsSayInOrderOfName() throws IOException {
		List<LocalDate> dates = this.jdbc.sql("""
				SELECT DISTINCT d FROM control_period, LATERAL (VALUES (valid_from), (valid_to)) v (d)
				 WHERE d IS NOT NULL ORDER BY d""").query(LocalDate.class).list();
		int compared = 0;
		for (int i = 0; i + 1 < dates.size(); i++) {
			for (LocalDate to : List.of(dates.get(i + 1), dates.getLast())) {
				List<String> expected = this.jdbc
					.sql("""
							SELECT p.id || ' ' || p.name || ': ' || coalesce(b.actor_id || ' ' || coalesce(ba.short_name, ba.name)
							       || ' ' || ba.colour || ' ' || b.status || ' ' || b.basis, '-') || ' -> '
							       || coalesce(t.actor_id || ' ' || coalesce(ta.short_name, ta.name) || ' ' || ta.colour || ' '
							       || t.status || ' ' || t.basis, '-')
							  FROM place p
							  LEFT JOIN control_period b ON b.place_id = p.id AND b.valid @> CAST(:from AS date)
							  LEFT JOIN actor ba ON ba.id = b.actor_id
							  LEFT JOIN control_period t ON t.place_id = p.id AND t.valid @> CAST(:to AS date)
							  LEFT JOIN actor ta ON ta.id = t.actor_id
							 WHERE b.actor_id IS DISTINCT FROM t.actor_id
							 ORDER BY lower(p.name), p.id""")
					.param("from", dates.get(i))
					.param("to", to)
					.query(String.class)
					.list();
				List<ControlChange> changes = this.map.changes(dates.get(i), to);
				ByteArrayOutputStream json = new ByteArrayOutputStream();
				MapService.writeChanges(this.map.compare(dates.get(i), to), json);
				assertThat(json.toString(StandardCharsets.UTF_8)).as("changes from %s to %s as JSON", dates.get(i), to)
					.isEqualTo(this.jsonMapper.writeValueAsString(changes));
				assertThat(changes).as("changes from %s to %s", dates.get(i), to)
					.extracting((change) -> change.placeId() + " " + change.name() + ": " + holder(change.before())
							+ " -> " + holder(change.after()))
					.containsExactlyElementsOf(expected);
				compared += expected.size();
			}
		}
		assertThat(compared).isGreaterThan(20);
	}

	private static String holder(ControlChange.Holder holder) {
		return (holder != null) ? holder.actorId() + " " + holder.label() + " " + holder.colour() + " "
				+ holder.status() + " " + holder.basis() : "-";
	}

	@Test
	void findsTheNearestChangesAroundADate() {
		assertThat(this.mvc.get().uri("/map/change-dates?date=2023-11-13")).hasStatusOk()
			.bodyJson()
			.isLenientlyEqualTo("{\"date\": \"2023-11-13\", \"previous\": \"2023-11-10\", \"next\": \"2023-11-14\"}");
		assertThat(this.mvc.get().uri("/map/change-dates?date=2023-11-14")).bodyJson()
			.isLenientlyEqualTo("{\"previous\": \"2023-11-10\", \"next\": \"2024-01-01\"}");
		assertThat(this.mvc.get().uri("/map/change-dates?date=2011-01-01")).bodyJson()
			.isLenientlyEqualTo("{\"previous\": null, \"next\": \"2012-01-01\"}");
	}

	@Test
	void drawsOneValidAreaPerHeldPlaceClippedToTheHullWithoutBoundaries() {
		String areas = body("/map/areas.geojson?date=2023-11-15");
		long held = count("SELECT count(*) FROM control_period WHERE valid @> DATE '2023-11-15'");
		assertThat(held).isGreaterThan(3);
		assertThat(this.jdbc
			.sql("""
					SELECT count(*) AS cells, count(DISTINCT f -> 'properties' ->> 'placeId') AS places,
					       bool_and(ST_IsValid(ST_GeomFromGeoJSON(f ->> 'geometry'))) AS valid,
					       bool_and(GeometryType(ST_GeomFromGeoJSON(f ->> 'geometry')) IN ('POLYGON', 'MULTIPOLYGON')) AS polygons
					  FROM json_array_elements(CAST(:json AS json) -> 'features') f""")
			.param("json", areas)
			.query((row,
					n) -> new long[] { row.getLong("cells"), row.getLong("places"), row.getBoolean("valid") ? 1 : 0,
							row.getBoolean("polygons") ? 1 : 0 })
			.single()).containsExactly(held, held, 1, 1);
		assertThat(areas).containsPattern("\"clip\"\\s*:\\s*\"HULL\"");
	}

	@Test
	@Transactional
	void givesALoneHeldPlaceTheWholeClippedArea() {
		long kidal = count("SELECT id FROM place WHERE name = 'Kidal'");
		this.jdbc.sql("DELETE FROM control_period WHERE place_id <> :kidal").param("kidal", kidal).update();
		String areas = body("/map/areas.geojson?date=2023-11-15");
		assertThat(this.jdbc
			.sql("""
					SELECT string_agg((f -> 'properties' ->> 'placeId') || ':' || ST_IsValid(ST_GeomFromGeoJSON(f ->> 'geometry')), ',')
					  FROM json_array_elements(CAST(:json AS json) -> 'features') f""")
			.param("json", areas)
			.query(String.class)
			.single()).isEqualTo(kidal + ":true");
	}

	@Test
	void answersAnEmptyCollectionWithoutBoundaries() {
		assertThat(count("SELECT count(*) FROM region WHERE boundary IS NOT NULL")).isZero();
		assertThat(this.mvc.get().uri("/map/regions.geojson")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("{\"type\": \"FeatureCollection\", \"features\": []}");
	}

	@Test
	@Transactional
	void drawsLoadedBoundariesSimplifiedAndClipsTheAreasToThem() {
		this.jdbc.sql("""
				UPDATE region SET boundary = ST_Multi(ST_Segmentize(ST_MakeEnvelope(-5, 14, 5, 20, 4326), 0.001))
				 WHERE level = 0""").update();
		long vertices = count("SELECT ST_NPoints(boundary) FROM region WHERE level = 0");
		assertThat(vertices).isGreaterThan(1000);

		String regions = body("/map/regions.geojson");
		assertThat(this.jdbc.sql("""
				SELECT ST_NPoints(ST_GeomFromGeoJSON(f ->> 'geometry'))
				  FROM json_array_elements(CAST(:json AS json) -> 'features') f""")
			.param("json", regions)
			.query(Long.class)
			.list()).singleElement().satisfies((simplified) -> assertThat(simplified).isLessThan(20));

		String areas = body("/map/areas.geojson?date=2023-11-15");
		assertThat(areas).containsPattern("\"clip\"\\s*:\\s*\"BOUNDARIES\"");
		assertThat(this.jdbc
			.sql("""
					SELECT count(*) FILTER (WHERE NOT ST_CoveredBy(ST_GeomFromGeoJSON(f ->> 'geometry'),
					                                               ST_Buffer(ST_MakeEnvelope(-5, 14, 5, 20, 4326), 0.0001))) AS outside,
					       count(*) AS cells
					  FROM json_array_elements(CAST(:json AS json) -> 'features') f""")
			.param("json", areas)
			.query((row, n) -> new long[] { row.getLong("outside"), row.getLong("cells") })
			.single()).satisfies((counts) -> {
				assertThat(counts[0]).as("cells outside the boundary").isZero();
				assertThat(counts[1]).as("cells").isPositive();
			});
	}

	/** The real admin-1 boundaries, when the shared data sits beside the repository. */
	@Test
	@Transactional
	void clipsTheAreasToMalisRegionsWhenTheirBoundariesAreImported() throws IOException {
		Path file = Path.of("../shared/data/mali_admin1_simplified.geojson");
		assumeTrue(Files.isReadable(file), "no shared boundaries at " + file.toAbsolutePath());
		int loaded = this.jdbc.sql("""
				UPDATE region r
				   SET boundary = ST_Multi(ST_CollectionExtract(ST_MakeValid(
				                  ST_SetSRID(ST_GeomFromGeoJSON(f ->> 'geometry'), 4326)), 3))
				  FROM json_array_elements(CAST(:json AS json) -> 'features') f
				 WHERE r.code = f -> 'properties' ->> 'iso_3166_2'""").param("json", Files.readString(file)).update();
		assertThat(loaded).isGreaterThanOrEqualTo(8);

		MvcTestResult regions = this.mvc.get().uri("/map/regions.geojson").exchange();
		assertThat(regions).bodyJson().extractingPath("$.features.length()").isEqualTo(loaded);
		assertThat(regions).bodyJson()
			.extractingPath("$.features[?(@.properties.code == 'ML-8')].properties.name")
			.asArray()
			.containsExactly("Kidal");

		String areas = body("/map/areas.geojson?date=2023-11-15");
		assertThat(areas).containsPattern("\"clip\"\\s*:\\s*\"BOUNDARIES\"");
		assertThat(this.jdbc
			.sql("""
					SELECT count(*) FILTER (WHERE NOT ST_CoveredBy(ST_GeomFromGeoJSON(f ->> 'geometry'),
					                                               (SELECT ST_Buffer(ST_Union(boundary), 0.001) FROM region)))
					  FROM json_array_elements(CAST(:json AS json) -> 'features') f""")
			.param("json", areas)
			.query(Long.class)
			.single()).as("cells reaching outside Mali").isZero();
		assertThat(body("/map/export.svg?date=2023-11-15")).contains("<path d=\"M ");
	}

	@Test
	void answersAPlaceCardWithHistoryAndEvents() {
		long kidal = count("SELECT id FROM place WHERE name = 'Kidal'");
		MvcTestResult card = this.mvc.get().uri("/map/places/{id}.json", kidal).exchange();
		assertThat(card).hasStatusOk().bodyJson().extractingPath("$.name").isEqualTo("Kidal");
		assertThat(card).bodyJson().extractingPath("$.control[0].actorLabel").isEqualTo("FAMa");
		assertThat(card).bodyJson().extractingPath("$.control[0].validFrom").isEqualTo("2023-11-14");
		assertThat(card).bodyJson().extractingPath("$.events").asArray().isNotEmpty();
		assertThat(this.mvc.get().uri("/map/places/987654321.json")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void refusesAnInvalidDateNamingTheParameter() {
		assertThat(this.mvc.get().uri("/map/control.geojson?date=2023-13-45")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType("application/problem+json")
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("'date'", "YYYY-MM-DD", "2023-13-45");
		assertThat(this.mvc.get().uri("/map/changes?from=yesterday&to=2023-11-30")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("from");
		assertThat(this.mvc.get().uri("/map/areas.geojson")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("'date'", "required");
	}

	@Test
	void countsEveryPublishedEventOnceInCellsThatSplitAsTheMapZoomsIn() {
		long published = count("""
				SELECT count(*) FROM event
				 WHERE review_status = 'PUBLISHED' AND event_date BETWEEN DATE '2012-01-01' AND DATE '2024-12-31'""");
		assertThat(published).isGreaterThan(50);
		long[] far = cells("/map/events.geojson?from=2012-01-01&to=2024-12-31&zoom=3");
		long[] near = cells("/map/events.geojson?from=2012-01-01&to=2024-12-31&zoom=12");
		assertThat(far[0]).as("events counted at zoom 3").isEqualTo(published);
		assertThat(far[1]).as("sum over the cells at zoom 3").isEqualTo(published);
		assertThat(near[0]).as("events counted at zoom 12").isEqualTo(published);
		assertThat(near[1]).as("sum over the cells at zoom 12").isEqualTo(published);
		assertThat(far[2]).as("cells at zoom 3").isPositive().isLessThan(near[2]);
		assertThat(near[2]).as("cells at zoom 12").isLessThan(published);
	}

	@Test
	void namesThePlaceOfACellOfOnePlaceAndTheEventOfACellOfOneEvent() {
		String kidalOnTheDay = """
				SELECT count(*) FROM event e JOIN place p ON p.id = e.place_id
				 WHERE p.name = 'Kidal' AND e.review_status = 'PUBLISHED' AND e.event_date = DATE '2023-11-14'""";
		assertThat(count(kidalOnTheDay)).isEqualTo(1);
		MvcTestResult day = this.mvc.get()
			.uri("/map/events.geojson?from=2023-11-14&to=2023-11-14&zoom=10&bbox=1.2,18.2,1.6,18.6")
			.exchange();
		assertThat(day).hasStatusOk().hasContentType("application/geo+json");
		assertThat(day).bodyJson().extractingPath("$.features.length()").isEqualTo(1);
		assertThat(day).bodyJson().extractingPath("$.features[0].properties.name").isEqualTo("Kidal");
		assertThat(day).bodyJson().extractingPath("$.features[0].properties.events").isEqualTo(1);
		assertThat(day).bodyJson()
			.extractingPath("$.features[0].properties.title")
			.isEqualTo(this.jdbc.sql("""
					SELECT e.title FROM event e JOIN place p ON p.id = e.place_id
					 WHERE p.name = 'Kidal' AND e.review_status = 'PUBLISHED' AND e.event_date = DATE '2023-11-14'""")
				.query(String.class)
				.single());

		MvcTestResult country = this.mvc.get()
			.uri("/map/events.geojson?from=2023-01-01&to=2023-12-31&zoom=2")
			.exchange();
		assertThat(country).bodyJson()
			.extractingPath("$.features[?(@.properties.places > 1)].properties.name")
			.asArray()
			.containsOnlyNulls();
		assertThat(country).bodyJson()
			.extractingPath("$.features[?(@.properties.events > 1)].properties.title")
			.asArray()
			.containsOnlyNulls();
		assertThat(this.mvc.get().uri("/map/events.geojson?from=2012-01-01&to=2024-12-31&bbox=100,0,110,10")).bodyJson()
			.isLenientlyEqualTo("{\"events\": 0, \"features\": []}");
	}

	@Test
	@Transactional
	void readsWholeMonthsFromTheSummaryAsFromTheEvents() {
		// One event gets a point of its own inside a whole month, away from its place.
		this.jdbc.sql("""
				UPDATE event SET location = ST_SetSRID(ST_MakePoint(0.9, 17.1), 4326)
				 WHERE id = (SELECT min(id) FROM event WHERE review_status = 'PUBLISHED'
				               AND event_date BETWEEN DATE '2023-11-01' AND DATE '2023-11-30')""").update();
		// Another in the partial month at the start of the first window, which the
		// summary does not cover.
		int partial = this.jdbc.sql("""
				UPDATE event SET location = ST_SetSRID(ST_MakePoint(-1.3, 15.2), 4326)
				 WHERE id = (SELECT min(id) FROM event WHERE review_status = 'PUBLISHED'
				               AND event_date BETWEEN DATE '2012-01-15' AND DATE '2012-01-31')""").update();
		assertThat(partial).isOne();
		List<Object[]> windows = List.of(new Object[] { "2012-01-15", "2024-06-10", BoundingBox.WORLD, 3 },
				new Object[] { "2012-01-15", "2024-06-10", BoundingBox.WORLD, 12 },
				new Object[] { "2023-11-01", "2023-11-30", BoundingBox.WORLD, 5 },
				new Object[] { "2023-10-20", "2023-12-31", BoundingBox.parse("0,16,2,19"), 12 },
				new Object[] { "2023-11-02", "2023-11-29", BoundingBox.WORLD, 8 });
		for (Object[] window : windows) {
			TimelineFilter filter = TimelineFilter.between(LocalDate.parse((String) window[0]),
					LocalDate.parse((String) window[1]));
			JsonNode summed = JSON.readTree(this.map.events(filter, (BoundingBox) window[2], (int) window[3], true));
			JsonNode counted = JSON.readTree(this.map.events(filter, (BoundingBox) window[2], (int) window[3], false));
			String as = window[0] + " to " + window[1] + " at zoom " + window[3];
			assertThat(summed.get("events").asLong()).as(as).isPositive().isEqualTo(counted.get("events").asLong());
			assertThat(features(summed)).as(as).isEqualTo(features(counted));
		}
	}

	/**
	 * Each feature as its properties and its point to 4 decimals (the two readings sum
	 * the same coordinates in different orders), sorted.
	 */
	private static List<String> features(JsonNode collection) {
		List<String> features = new ArrayList<>();
		for (JsonNode feature : collection.get("features")) {
			JsonNode point = feature.get("geometry").get("coordinates");
			features.add("%.4f %.4f %s".formatted(point.get(0).asDouble(), point.get(1).asDouble(),
					feature.get("properties")));
		}
		Collections.sort(features);
		return features;
	}

	@Test
	@Transactional
	void leavesUnpublishedEventsOffTheMap() {
		String window = "/map/events.geojson?from=2023-11-14&to=2023-11-14&zoom=10&bbox=1.2,18.2,1.6,18.6";
		assertThat(this.mvc.get().uri(window)).bodyJson().extractingPath("$.events").isEqualTo(1);
		this.jdbc.sql("""
				UPDATE event SET review_status = 'IN_REVIEW'
				 WHERE event_date = DATE '2023-11-14' AND place_id = (SELECT id FROM place WHERE name = 'Kidal')""")
			.update();
		assertThat(this.mvc.get().uri(window)).bodyJson().extractingPath("$.events").isEqualTo(0);
	}

	@Test
	void refusesABadWindowBoxOrZoomNamingTheParameter() {
		assertThat(this.mvc.get().uri("/map/events.geojson?from=2023-11-14&to=2023-11-01"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("to");
		assertThat(this.mvc.get().uri("/map/events.geojson?from=2023-11-01&to=2023-11-14&bbox=-5,14,5"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("'bbox'", "west,south,east,north");
		assertThat(this.mvc.get().uri("/map/events.geojson?from=2023-11-01&to=2023-11-14&bbox=5,14,-5,20"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("bbox");
		assertThat(this.mvc.get().uri("/map/events.geojson?from=2023-11-01&to=2023-11-14&zoom=99"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("'zoom'", "0 to 18");
		assertThat(this.mvc.get().uri("/map/events.geojson?from=2023-11-01&to=2023-11-14&zoom=far"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("'zoom'", "far");
		assertThat(this.mvc.get().uri("/map/events.geojson?to=2023-11-14")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("from");
	}

	/** The total, the sum over the cells and the number of cells of an events answer. */
	private long[] cells(String uri) {
		return this.jdbc.sql("""
				SELECT CAST(j ->> 'events' AS bigint) AS total,
				       (SELECT coalesce(sum(CAST(f -> 'properties' ->> 'events' AS bigint)), 0)
				          FROM json_array_elements(j -> 'features') f) AS summed,
				       json_array_length(j -> 'features') AS cells
				  FROM (SELECT CAST(:json AS json) AS j) answer""")
			.param("json", body(uri))
			.query((row, n) -> new long[] { row.getLong("total"), row.getLong("summed"), row.getLong("cells") })
			.single();
	}

	private String body(String uri) {
		return new String(this.mvc.get().uri(uri).exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
	}

	/** The control map as one query of PostGIS drew it before ControlLayer. */
	private String controlDrawnByPostgis(LocalDate date) {
		return this.jdbc
			.sql("""
					SELECT json_build_object('type', 'FeatureCollection', 'date', CAST(:date AS date),
					       'features', coalesce(json_agg(json_build_object(
					           'type', 'Feature', 'id', p.id,
					           'geometry', ST_AsGeoJSON(p.location, 5)::json,
					           'properties', json_build_object(
					               'id', p.id, 'name', p.name, 'nameFr', p.name_fr,
					               'actorId', a.id, 'actorLabel', coalesce(a.short_name, a.name), 'colour', a.colour,
					               'status', c.status, 'basis', c.basis, 'challengerLabel', coalesce(ch.short_name, ch.name),
					               'precision', p.location_precision, 'validFrom', c.valid_from, 'validTo', c.valid_to))
					       ORDER BY p.name, p.id), '[]'::json))::text
					  FROM place p
					  LEFT JOIN control_period c ON c.place_id = p.id AND c.valid @> CAST(:date AS date)
					  LEFT JOIN actor a ON a.id = c.actor_id
					  LEFT JOIN actor ch ON ch.id = c.challenger_actor_id
					 WHERE EXISTS (SELECT 1 FROM control_period any_period WHERE any_period.place_id = p.id)""")
			.param("date", date)
			.query(String.class)
			.single();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
