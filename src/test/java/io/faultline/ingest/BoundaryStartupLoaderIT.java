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
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** When the startup load runs, and what stops the start. Each test is rolled back. */
@IntegrationTest
@Transactional
class BoundaryStartupLoaderIT {

	@Autowired
	BoundaryImport boundaries;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsAFolderWhileNoRegionHasABoundary(@TempDir Path folder) throws Exception {
		Files.copy(BoundaryImportIT.FIXTURES.resolve("ocha-adm2.geojson"), folder.resolve("adm2.geojson"));
		Files.copy(BoundaryImportIT.FIXTURES.resolve("geoboundaries-adm1.geojson"), folder.resolve("adm1.geojson"));

		loader(folder).afterSingletonsInstantiated();

		assertThat(codesWithBoundary()).isEqualTo("ML-7, ML-8, ML0803");
	}

	@Test
	void leavesBoundariesAloneOnceSomeAreLoaded() throws Exception {
		this.boundaries.run(BoundaryImportIT.FIXTURES.resolve("ocha-adm1.geojson"), false);

		loader(BoundaryImportIT.FIXTURES.resolve("geoboundaries-adm1.geojson")).afterSingletonsInstantiated();

		assertThat(codesWithBoundary()).isEqualTo("ML-8");
	}

	@Test
	void stopsTheStartWhenTheFileIsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> loader(BoundaryImportIT.FIXTURES.resolve("broken-features.geojson"))
				.afterSingletonsInstantiated())
			.withMessageContaining("were refused")
			.withMessageContaining("line 3, features[1].geometry: the feature has no geometry");
		assertThatIllegalStateException()
			.isThrownBy(() -> loader(Path.of("no-such-boundaries.geojson")).afterSingletonsInstantiated())
			.withMessageContaining("FAULTLINE_BOUNDARIES")
			.withMessageContaining("cannot be read");
		assertThat(codesWithBoundary()).isEmpty();
	}

	private BoundaryStartupLoader loader(Path load) {
		return new BoundaryStartupLoader(new BoundaryProperties(load), this.boundaries, this.jdbc);
	}

	private String codesWithBoundary() {
		return this.jdbc
			.sql("SELECT coalesce(string_agg(code, ', ' ORDER BY code), '') FROM region WHERE boundary IS NOT NULL")
			.query(String.class)
			.single();
	}

}
