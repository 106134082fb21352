package io.faultline.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.IntegrationTest;
import io.faultline.place.PlaceLookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Mali's real GeoNames dump and boundaries (../shared/data, not part of the project;
 * skipped when absent). Rolled back at the end.
 */
@IntegrationTest
@Transactional
class GazetteerRealDataIT {

	static final Path DATA = Path.of("../shared/data");

	/** P rows other than PPLX/PPLQ/PPLW/PPLH, and one S.INSM, in geonames_ML.txt. */
	static final long PLACES_IN_DUMP = 15_355;

	private static final Logger logger = LoggerFactory.getLogger(GazetteerRealDataIT.class);

	@Autowired
	GeoNamesImport geoNames;

	@Autowired
	BoundaryImport boundaries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlaceLookup places;

	@Test
	void loadsMalisRegionsCerclesAndGazetteerWithoutDuplicatingTheDemoPlaces() throws Exception {
		Path geoNamesFile = DATA.resolve("geonames_ML.txt");
		Path admin1 = DATA.resolve("mali_admin1.geojson");
		Path admin2 = DATA.resolve("mali_admin2_cercles_simplified.geojson");
		Path countries = DATA.resolve("mali_and_neighbours_ne50m.geojson");
		assumeTrue(Files.isReadable(geoNamesFile) && Files.isReadable(admin1) && Files.isReadable(admin2)
				&& Files.isReadable(countries), "../shared/data is absent");
		long regions = count("SELECT count(*) FROM region");
		long places = count("SELECT count(*) FROM place");
		long lastDemoPlace = count("SELECT max(id) FROM place");

		ImportReport countriesReport = this.boundaries.run(countries, false);
		ImportReport regionsReport = this.boundaries.run(admin1, false);
		ImportReport cerclesReport = this.boundaries.run(admin2, false);
		ImportReport gazetteer = this.geoNames.run(geoNamesFile, false);
		ImportReport again = this.geoNames.run(geoNamesFile, false);

		record("Natural Earth (Mali and 7 neighbours)", countriesReport);
		record("admin1 (9 regions, full detail)", regionsReport);
		record("admin2 (50 cercles)", cerclesReport);
		record("GeoNames ML.txt (24,312 lines)", gazetteer);
		record("GeoNames ML.txt again", again);
		// Mali is the demo's country (ML); its neighbours are new countries.
		assertThat(countriesReport.updated()).isOne();
		assertThat(countriesReport.created()).isEqualTo(7);
		assertThat(regionsReport.rejected()).isEmpty();
		// The 9 polygons are the demo's regions, by ISO 3166-2 code.
		assertThat(regionsReport.created()).isZero();
		assertThat(regionsReport.updated()).isEqualTo(9);
		assertThat(cerclesReport.created()).isEqualTo(50);
		assertThat(count("SELECT count(*) FROM region")).isEqualTo(regions + 7 + 50);
		assertThat(count("SELECT count(*) FROM region WHERE level = 2 AND parent_id IS NULL")).isZero();
		assertThat(gazetteer.rejected()).isEmpty();
		assertThat(gazetteer.created() + gazetteer.updated() + gazetteer.unchanged()).isEqualTo(PLACES_IN_DUMP);
		assertThat(count("SELECT count(*) FROM place")).isEqualTo(places + gazetteer.created());
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(PLACES_IN_DUMP);
		// No demo place twice: no new place bears a demo place's name within 25 km of it.
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM place demo JOIN place p ON p.id > :lastDemo
				   AND lower(faultline_unaccent(p.name)) = lower(faultline_unaccent(demo.name))
				   AND ST_DWithin(p.location::geography, demo.location::geography, 25000)
				 WHERE demo.id <= :lastDemo""").param("lastDemo", lastDemoPlace).query(Long.class).single()).isZero();
		assertThat(count("SELECT count(*) FROM place WHERE name = 'Kidal'")).isOne();
		assertThat(count("SELECT count(*) FROM place WHERE faultline_unaccent(name) ILIKE 'anefis%'")).isOne();
		// Point in polygon, not GeoNames' admin codes: Anéfis is in GeoNames' Gao region.
		assertThat(regionAndParent(2455290)).isEqualTo("Kidal < Kidal");
		assertThat(regionAndParent(2461022)).endsWith("< Kidal");
		assertThat(regionAndParent(2457163)).isEqualTo("Gao < Gao");
		// Search as you type stays on the trigram indexes (V13) with the whole gazetteer.
		this.jdbc.sql("ANALYZE place").update();
		this.jdbc.sql("ANALYZE place_alias").update();
		assertThat(this.jdbc.sql("""
				EXPLAIN SELECT id FROM place WHERE faultline_unaccent(name) ILIKE faultline_unaccent('%tessal%')""")
			.query(String.class)
			.list()).anyMatch((line) -> line.contains("place_name_trgm_idx"));
		long searchStart = System.nanoTime();
		assertThat(this.places.search("tessal", 20)).extracting((place) -> place.name().en())
			.containsExactly("Tessalit");
		System.out.printf("TIMING place search 'tessal' over %d places: %d ms%n", count("SELECT count(*) FROM place"),
				(System.nanoTime() - searchStart) / 1_000_000);
		assertThat(count("""
				SELECT count(*) FROM place p JOIN region r ON r.id = p.region_id
				 WHERE r.level = 2 AND p.geonames_id IS NOT NULL""")).isGreaterThan(PLACES_IN_DUMP - 200);
	}

	private void record(String what, ImportReport report) {
		logger.info("{}: {} new, {} updated, {} unchanged in {} ms", what, report.created(), report.updated(),
				report.unchanged(), report.took().toMillis());
		System.out.printf("TIMING %s: %d new, %d updated, %d unchanged in %d ms%n", what, report.created(),
				report.updated(), report.unchanged(), report.took().toMillis());
	}

	private String regionAndParent(long geonamesId) {
		return this.jdbc.sql("""
				SELECT r.name || ' < ' || p.name FROM place x JOIN region r ON r.id = x.region_id
				  JOIN region p ON p.id = r.parent_id WHERE x.geonames_id = :id""")
			.param("id", geonamesId)
			.query(String.class)
			.single();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
