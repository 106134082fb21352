package io.faultline.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boundary imports in each property scheme against the demo record (whose regions have
 * codes but no boundaries). Each test is rolled back.
 */
@IntegrationTest
@Transactional
class BoundaryImportIT {

	static final Path FIXTURES = Path.of("src/test/resources/ingest/boundaries");

	@Autowired
	BoundaryImport boundaries;

	@Autowired
	JdbcClient jdbc;

	@Test
	void givesTheDemoRegionsTheirGeoBoundariesAndPlacesTheirRegionByPointInPolygon() throws Exception {
		long regions = count("SELECT count(*) FROM region");
		assertThat(regionOf("Ménaka")).isEqualTo("ML-9");

		ImportReport report = this.boundaries.run(FIXTURES.resolve("geoboundaries-adm1.geojson"), false);

		assertThat(report.rejected()).isEmpty();
		assertThat(report.written()).isTrue();
		assertThat(report.created()).isZero();
		assertThat(report.updated()).isEqualTo(2);
		assertThat(count("SELECT count(*) FROM region")).isEqualTo(regions);
		assertThat(this.jdbc.sql("""
				SELECT string_agg(code || ' ' || GeometryType(boundary) || ' ' || ST_SRID(boundary), ', ' ORDER BY code)
				  FROM region WHERE boundary IS NOT NULL""").query(String.class).single())
			.isEqualTo("ML-7 MULTIPOLYGON 4326, ML-8 MULTIPOLYGON 4326");
		assertThat(regionOf("Kidal")).isEqualTo("ML-8");
		assertThat(regionOf("Anéfis")).isEqualTo("ML-8");
		// Ménaka lies inside Gao's polygon in this frame: the point decides.
		assertThat(regionOf("Ménaka")).isEqualTo("ML-7");
		// A place outside every boundary keeps its region.
		assertThat(regionOf("Timbuktu")).isEqualTo("ML-6");
		// The demo's names stand.
		assertThat(this.jdbc.sql("SELECT name || '/' || name_fr FROM region WHERE code = 'ML-8'")
			.query(String.class)
			.single()).isEqualTo("Kidal/Kidal");
	}

	@Test
	void findsARegionWithAnotherSpellingAndNoCodeByItsPlaces() throws Exception {
		long regions = count("SELECT count(*) FROM region");

		ImportReport report = this.boundaries.run(FIXTURES.resolve("geoboundaries-misspelt.geojson"), false);

		assertThat(report.updated()).isOne();
		assertThat(count("SELECT count(*) FROM region")).isEqualTo(regions);
		assertThat(this.jdbc.sql("SELECT code || ' ' || name FROM region WHERE boundary IS NOT NULL")
			.query(String.class)
			.single()).isEqualTo("ML-2 Koulikoro");
	}

	@Test
	void changesNothingWhenTheSameFileIsImportedAgain() throws Exception {
		this.boundaries.run(FIXTURES.resolve("geoboundaries-adm1.geojson"), false);
		String before = snapshot();

		ImportReport again = this.boundaries.run(FIXTURES.resolve("geoboundaries-adm1.geojson"), false);

		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(2);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void matchesAnOchaRegionByNameAndAddsItsCerclesUnderIt() throws Exception {
		long regions = count("SELECT count(*) FROM region");

		ImportReport adm1 = this.boundaries.run(FIXTURES.resolve("ocha-adm1.geojson"), false);
		ImportReport adm2 = this.boundaries.run(FIXTURES.resolve("ocha-adm2.geojson"), false);

		assertThat(adm1.updated()).isOne();
		assertThat(adm1.created()).isZero();
		assertThat(adm2.created()).isOne();
		assertThat(count("SELECT count(*) FROM region")).isEqualTo(regions + 1);
		assertThat(this.jdbc.sql("""
				SELECT concat_ws(' ', r.code, r.name, r.name_fr, r.level, p.code)
				  FROM region r JOIN region p ON p.id = r.parent_id WHERE r.code = 'ML0803'""")
			.query(String.class)
			.single()).isEqualTo("ML0803 Tessalit Tessalit 2 ML-8");
		assertThat(regionOf("Tessalit")).isEqualTo("ML0803");
		assertThat(regionOf("Aguelhok")).isEqualTo("ML-8");
	}

	@Test
	void importsAFolderInOneGoWhateverTheOrderOfItsFiles(@TempDir Path folder) throws Exception {
		Files.copy(FIXTURES.resolve("ocha-adm2.geojson"), folder.resolve("a-cercles.geojson"));
		Files.copy(FIXTURES.resolve("ocha-adm1.geojson"), folder.resolve("b-regions.json"));
		Files.writeString(folder.resolve("README.txt"), "not a boundary file");

		ImportReport report = this.boundaries.run(folder, false);

		assertThat(report.rejected()).isEmpty();
		assertThat(report.created()).isOne();
		assertThat(report.updated()).isOne();
		assertThat(
				this.jdbc.sql("SELECT p.code FROM region r JOIN region p ON p.id = r.parent_id WHERE r.code = 'ML0803'")
					.query(String.class)
					.single())
			.isEqualTo("ML-8");
	}

	@Test
	void readsNaturalEarthCountries() throws Exception {
		ImportReport report = this.boundaries.run(FIXTURES.resolve("natural-earth.geojson"), false);

		assertThat(report.updated()).isOne();
		assertThat(report.created()).isOne();
		assertThat(this.jdbc.sql("""
				SELECT string_agg(concat_ws(' ', code, name, name_fr, level, boundary IS NOT NULL), ', ' ORDER BY code)
				  FROM region WHERE level = 0""").query(String.class).single())
			.isEqualTo("ML Mali Mali 0 t, NE Niger Niger 0 t");
		// Without level-1 boundaries, places fall in their country.
		assertThat(regionOf("Kidal")).isEqualTo("ML");
	}

	@Test
	void namesAUnitBelowIso31662AfterItsRegion() throws Exception {
		this.boundaries.run(FIXTURES.resolve("iso-cercles.geojson"), false);

		assertThat(this.jdbc.sql("""
				SELECT concat_ws(' ', r.code, r.name, r.level, p.code)
				  FROM region r JOIN region p ON p.id = r.parent_id WHERE r.level = 2""").query(String.class).single())
			.isEqualTo("ML-8-ABEIBARA Abeïbara 2 ML-8");
		assertThat(regionOf("Abeïbara")).isEqualTo("ML-8-ABEIBARA");
	}

	@Test
	void dryRunCountsWithoutWriting() throws Exception {
		String before = snapshot();

		ImportReport report = this.boundaries.run(FIXTURES.resolve("geoboundaries-adm1.geojson"), true);

		assertThat(report.updated()).isEqualTo(2);
		assertThat(report.written()).isFalse();
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void rejectsTheWholeFileNamingEachBadFeature() throws Exception {
		String before = snapshot();

		ImportReport report = this.boundaries.run(FIXTURES.resolve("broken-features.geojson"), false);

		assertThat(report.written()).isFalse();
		assertThat(report.rejected()).extracting(ImportProblem::toString)
			.containsExactly("line 3, features[1].geometry: the feature has no geometry",
					"line 4, features[2].geometry.coordinates[0][0]: [200.0, 15.0] is not a WGS84 longitude and latitude (GeoJSON is lon, lat in degrees)",
					"line 5, features[3].properties: unknown property scheme: expected geoBoundaries (shapeName, shapeISO, shapeType), OCHA (ADM1_PCODE, ADM1_FR...), ISO 3166-2 (iso_3166_2, name) or Natural Earth (iso_a2, adm0_a3, name) properties",
					"line 6, features[4].geometry.type: a Point, expected Polygon or MultiPolygon",
					"line 7, features[5].geometry.coordinates[0]: the ring is not closed (last position ≠ first)");
		// Feature 0 is sound, but nothing of the file is written.
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void rejectsAPolygonWithoutArea(@TempDir Path folder) throws Exception {
		Path flat = folder.resolve("flat.geojson");
		Files.writeString(flat, """
				{"type": "FeatureCollection", "features": [
				{"type": "Feature", "properties": {"shapeName": "Kidal", "shapeISO": "ML-8", "shapeType": "ADM1"},
				 "geometry": {"type": "Polygon", "coordinates": [[[0, 17], [1, 17], [2, 17], [0, 17]]]}}
				]}
				""");

		assertThat(this.boundaries.run(folder, false).rejected()).extracting(ImportProblem::toString)
			.containsExactly("line 2, flat.geojson features[0].geometry: the polygon has no area");
		assertThat(count("SELECT count(*) FROM region WHERE boundary IS NOT NULL")).isZero();
	}

	@Test
	void rejectsARegionCodeGivenTwice() throws Exception {
		ImportReport report = this.boundaries.run(FIXTURES.resolve("duplicate-codes.geojson"), false);

		assertThat(report.rejected()).extracting(ImportProblem::toString)
			.containsExactly(
					"line 2, duplicate-codes.geojson features[1]: region code ML-8 already given by duplicate-codes.geojson features[0]");
		assertThat(count("SELECT count(*) FROM region WHERE boundary IS NOT NULL")).isZero();
	}

	@Test
	void rejectsWhatIsNotGeoJson() throws Exception {
		assertThat(this.boundaries.run(FIXTURES.resolve("not-json.geojson"), false).rejected())
			.extracting(ImportProblem::toString)
			.singleElement()
			.asString()
			.startsWith("line 1, character 1: not valid JSON: Unrecognized token 'Kidal'");
		assertThat(this.boundaries.run(FIXTURES.resolve("not-a-collection.geojson"), false).rejected())
			.extracting(ImportProblem::toString)
			.containsExactly("line 1, character 10: not a GeoJSON FeatureCollection (type Feature)");
		assertThat(count("SELECT count(*) FROM region WHERE boundary IS NOT NULL")).isZero();
	}

	private String regionOf(String place) {
		return this.jdbc.sql("SELECT r.code FROM place p JOIN region r ON r.id = p.region_id WHERE p.name = :name")
			.param("name", place)
			.query(String.class)
			.single();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private String snapshot() {
		return this.jdbc
			.sql("""
					SELECT (SELECT string_agg(concat_ws('|', id, code, name, name_fr, level, parent_id, ST_AsText(boundary)),
					                          ';' ORDER BY id) FROM region)
					       || (SELECT string_agg(id || '>' || coalesce(region_id, 0), ';' ORDER BY id) FROM place)""")
			.query(String.class)
			.single();
	}

}
