package io.faultline.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GeoNames import against the demo record. Each test runs in a transaction that is
 * rolled back, so the demo record stays as it was.
 */
@IntegrationTest
@Transactional
class GeoNamesImportIT {

	static final Path SAMPLE = Path.of("src/test/resources/ingest/geonames/ML-sample.txt");

	static final Path BROKEN = Path.of("src/test/resources/ingest/geonames/ML-broken.txt");

	@Autowired
	GeoNamesImport geoNames;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsNewPlacesWithTheirKindPopulationAndAliases() throws Exception {
		ImportReport report = this.geoNames.run(SAMPLE, false);

		assertThat(report.rejected()).isEmpty();
		assertThat(report.written()).isTrue();
		assertThat(report.created()).isEqualTo(5);
		assertThat(report.updated()).isEqualTo(3);
		assertThat(report.unchanged()).isZero();
		assertThat(place(9900002)).isEqualTo("Tarkïnt VILLAGE EXACT null");
		assertThat(place(9900003)).isEqualTo("Intahaka TOWN EXACT 6200");
		assertThat(place(9900004)).isEqualTo("Gossi TOWN EXACT null");
		assertThat(place(9900008)).isEqualTo("Camp Firhoun MILITARY_BASE EXACT null");
		// Latin-script names only, without digits, none repeating the name or each other.
		assertThat(aliases(9900002)).containsExactly("Tarkint Village");
		assertThat(aliases(9900004)).containsExactly("Gossi Centre");
		// A wadi, and a quarter of a town, are not places of the gazetteer.
		assertThat(count("SELECT count(*) FROM place WHERE geonames_id IN (9900005, 9900006)")).isZero();
	}

	@Test
	void completesTheDemoPlacesInsteadOfDuplicatingThem() throws Exception {
		long places = count("SELECT count(*) FROM place");
		String kidal = place(2455290);

		this.geoNames.run(SAMPLE, false);

		assertThat(count("SELECT count(*) FROM place")).isEqualTo(places + 5);
		assertThat(count("SELECT count(*) FROM place WHERE faultline_unaccent(name) ILIKE 'kidal'")).isOne();
		assertThat(count("SELECT count(*) FROM place WHERE faultline_unaccent(name) ILIKE 'anefis%'")).isOne();
		// Matched by GeoNames id: editor data kept, missing aliases added.
		assertThat(place(2455290)).isEqualTo(kidal);
		assertThat(aliases(2455290)).containsExactlyInAnyOrder("Kidal'", "Kidali", "Kintal");
		assertThat(place(2461022)).startsWith("Anéfis TOWN EXACT");
		assertThat(aliases(2461022)).containsExactlyInAnyOrder("Anefis", "Anefif", "Anefis i-n-Darane",
				"Anefis In Daran", "In Darane");
		// Ber had no GeoNames id: "Bér" 1.6 km away matches it by name, and Ber keeps its
		// own name and precision; the "Ber" 190 km away is another place.
		assertThat(this.jdbc.sql("SELECT geonames_id FROM place WHERE name = 'Ber' AND location_precision = 'NEAR'")
			.query(Long.class)
			.single()).isEqualTo(9900001L);
		assertThat(place(9900001)).isEqualTo("Ber TOWN NEAR null");
		assertThat(aliases(9900001)).containsExactly("Ber Village");
		assertThat(place(9900007)).isEqualTo("Ber VILLAGE EXACT null");
		// The history says why.
		assertThat(this.jdbc.sql("""
				SELECT DISTINCT action || ' ' || reason FROM audit_log
				 WHERE table_name = 'place' AND (new_row ->> 'geonames_id')::bigint IN (9900001, 9900002)""")
			.query(String.class)
			.list()).containsExactlyInAnyOrder("INSERT GeoNames import of ML-sample.txt",
					"UPDATE GeoNames import of ML-sample.txt");
	}

	@Test
	void changesNothingWhenTheSameFileIsImportedAgain() throws Exception {
		this.geoNames.run(SAMPLE, false);
		String before = snapshot();

		ImportReport again = this.geoNames.run(SAMPLE, false);

		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.unchanged()).isEqualTo(8);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void dryRunCountsWithoutWriting() throws Exception {
		String before = snapshot();

		ImportReport report = this.geoNames.run(SAMPLE, true);

		assertThat(report.dryRun()).isTrue();
		assertThat(report.written()).isFalse();
		assertThat(report.created()).isEqualTo(5);
		assertThat(report.updated()).isEqualTo(3);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void rejectsTheWholeFileNamingEachBadLineAndColumn() throws Exception {
		String before = snapshot();

		ImportReport report = this.geoNames.run(BROKEN, false);

		assertThat(report.written()).isFalse();
		assertThat(report.created()).isZero();
		assertThat(report.rejected()).extracting(ImportProblem::toString)
			.containsExactly(
					"line 2: expected 19 tab-separated columns, found 18 (is this a GeoNames country dump such as ML.txt?)",
					"line 3, latitude (column 5): 95.2 is out of range (-90 to 90)",
					"line 4, geonameid (column 1): 'x12' is not a GeoNames id (a positive whole number)",
					"line 5, longitude (column 6): 'east' is not a number",
					"line 5, population (column 15): 'many' is not a whole number");
		// Line 1 is sound, but nothing of a file with a bad line is written.
		assertThat(count("SELECT count(*) FROM place WHERE geonames_id = 9900011")).isZero();
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void rejectsAGeoNamesIdThatAppearsTwice() throws Exception {
		Path twice = java.nio.file.Files.createTempFile("geonames", ".txt");
		try {
			List<String> lines = java.nio.file.Files.readAllLines(SAMPLE);
			java.nio.file.Files.write(twice, List.of(lines.get(2), lines.get(3), lines.get(2)));

			ImportReport report = this.geoNames.run(twice, false);

			assertThat(report.rejected()).extracting(ImportProblem::toString)
				.containsExactly("line 3, geonameid (column 1): GeoNames id 9900001 already on line 1");
			assertThat(count("SELECT count(*) FROM place WHERE geonames_id IN (9900001, 9900002)")).isZero();
		}
		finally {
			java.nio.file.Files.delete(twice);
		}
	}

	@Test
	void rejectsAFileThatIsNotText() throws Exception {
		Path binary = java.nio.file.Files.createTempFile("geonames", ".zip");
		try {
			java.nio.file.Files.write(binary, new byte[] { 'M', 'Z', 3, 4, (byte) 0xC3, (byte) 0x28, 0, 0 });

			ImportReport report = this.geoNames.run(binary, false);

			assertThat(report.written()).isFalse();
			assertThat(report.rejected()).extracting(ImportProblem::toString)
				.containsExactly("line 1: not UTF-8 text (GeoNames dumps are UTF-8)");

			// A truncated download of ML.zip: said so, not read as text.
			java.nio.file.Files.write(binary, new byte[] { 'P', 'K', 3, 4, (byte) 0xC3, (byte) 0x28, 0, 0 });
			assertThat(this.geoNames.run(binary, false).rejected()).extracting(ImportProblem::toString)
				.containsExactly(
						"file: the file looks like a zip archive but cannot be read as one (zip END header not found)");
		}
		finally {
			java.nio.file.Files.delete(binary);
		}
	}

	private String place(long geonamesId) {
		return this.jdbc.sql("""
				SELECT concat_ws(' ', name, kind, location_precision, coalesce(population::text, 'null'))
				  FROM place WHERE geonames_id = :id""").param("id", geonamesId).query(String.class).single();
	}

	private List<String> aliases(long geonamesId) {
		return this.jdbc.sql("""
				SELECT a.alias FROM place_alias a JOIN place p ON p.id = a.place_id
				 WHERE p.geonames_id = :id ORDER BY a.id""").param("id", geonamesId).query(String.class).list();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private String snapshot() {
		return this.jdbc.sql("""
				SELECT (SELECT string_agg(concat_ws('|', id, name, name_fr, kind, geonames_id, population, region_id,
				                                    version, ST_AsText(location)), ';' ORDER BY id) FROM place)
				       || (SELECT string_agg(concat_ws('|', place_id, alias), ';' ORDER BY id) FROM place_alias)""")
			.query(String.class)
			.single();
	}

	/** GeoNames publishes ML.zip: a readme and ML.txt. It is taken as it comes. */
	@Test
	void importsTheZipGeoNamesPublishes(@TempDir Path folder) throws Exception {
		Path zip = folder.resolve("ML.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("readme.txt"));
			out.write("GeoNames data for Mali".getBytes(StandardCharsets.UTF_8));
			out.putNextEntry(new ZipEntry("ML.txt"));
			out.write(Files.readAllBytes(SAMPLE));
			out.closeEntry();
		}
		ImportReport report = this.geoNames.run(zip, false);
		assertThat(report.rejected()).isEmpty();
		assertThat(report.created()).isEqualTo(5);
		assertThat(report.updated()).isEqualTo(3);
		assertThat(place(9900003)).isEqualTo("Intahaka TOWN EXACT 6200");
	}

	@Test
	void refusesAZipBombAndWritesNothing(@TempDir Path folder) throws Exception {
		long places = count("SELECT count(*) FROM place");
		Path bomb = folder.resolve("ML.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
			out.putNextEntry(new ZipEntry("ML.txt"));
			out.write(Files.readAllBytes(SAMPLE));
			byte[] blankLines = "\n".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < 100; i++) {
				out.write(blankLines);
			}
			out.closeEntry();
		}
		ImportReport report = this.geoNames.run(bomb, false);
		assertThat(report.written()).isFalse();
		assertThat(report.rejected()).extracting(ImportProblem::toString)
			.singleElement()
			.asString()
			.startsWith("file: ML.txt in the zip archive unpacks to more than")
			.endsWith("refused as a possible zip bomb");
		assertThat(count("SELECT count(*) FROM place")).isEqualTo(places);
	}

}
