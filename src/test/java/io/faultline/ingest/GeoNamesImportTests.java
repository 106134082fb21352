package io.faultline.ingest;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GeoNamesImportTests {

	@Test
	void keepsCapitalizedLatinAlternateNamesOnceEach() {
		assertThat(GeoNamesImport.aliases("Ségou", "Segou,Ségou,Sego,kydal,ji da er,SZU,Сегу,سيغو,Segu 2,Ségu,Segu"))
			.isEqualTo("Sego,Ségu");
		assertThat(GeoNamesImport.aliases("Kidal", "")).isNull();
	}

	@Test
	void keepsAtMostTwentyAliases() {
		List<String> names = new ArrayList<>();
		for (char c = 'A'; c <= 'Z'; c++) {
			names.add(c + "amako");
		}
		assertThat(GeoNamesImport.aliases("Bamako", String.join(",", names)).split(",")).hasSize(20)
			.startsWith("Aamako", "Camako");
	}

	@Test
	void givesEachFeatureItsKind() {
		assertThat(GeoNamesImport.kind("P", "PPLC", null)).isEqualTo("CITY");
		assertThat(GeoNamesImport.kind("P", "PPLA", 11643)).isEqualTo("CITY");
		assertThat(GeoNamesImport.kind("P", "PPLA2", null)).isEqualTo("TOWN");
		assertThat(GeoNamesImport.kind("P", "PPL", 5000)).isEqualTo("TOWN");
		assertThat(GeoNamesImport.kind("P", "PPL", 4999)).isEqualTo("VILLAGE");
		assertThat(GeoNamesImport.kind("P", "PPL", null)).isEqualTo("VILLAGE");
		assertThat(GeoNamesImport.kind("S", "MILB", null)).isEqualTo("MILITARY_BASE");
		assertThat(GeoNamesImport.kind("S", "PSTB", null)).isEqualTo("BORDER_POST");
		assertThat(GeoNamesImport.kind("P", "PPLX", null)).isNull();
		assertThat(GeoNamesImport.kind("P", "PPLQ", null)).isNull();
		assertThat(GeoNamesImport.kind("H", "WAD", null)).isNull();
		assertThat(GeoNamesImport.kind("S", "CMP", null)).isNull();
	}

	@Test
	void namesTheColumnOfEachBadValue() {
		List<ImportProblem> problems = new ArrayList<>();
		String line = String.join("\t", "12", "Gao", "Gao", "", "16.27", "200", "P", "PPLA", "ML", "", "07", "", "", "",
				"-5", "", "", "Africa/Bamako", "2024-01-01");

		assertThat(GeoNamesImport.parse(line, 7, problems)).isNull();

		assertThat(problems).extracting(ImportProblem::toString)
			.containsExactly("line 7, longitude (column 6): 200 is out of range (-180 to 180)",
					"line 7, population (column 15): population -5 is out of range");
	}

}
