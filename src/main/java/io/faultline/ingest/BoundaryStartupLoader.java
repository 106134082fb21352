package io.faultline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the boundaries named by {@code faultline.boundaries.load} once every bean is
 * ready (so after Flyway and the demo record) and before the web server takes requests,
 * while no region has a boundary yet. A file that is missing or refused stops the start:
 * an operator who names boundaries expects them.
 */
@Component
class BoundaryStartupLoader implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(BoundaryStartupLoader.class);

	private static final int PROBLEMS_SHOWN = 20;

	private final BoundaryProperties properties;

	private final BoundaryImport boundaries;

	private final JdbcClient jdbc;

	BoundaryStartupLoader(BoundaryProperties properties, BoundaryImport boundaries, JdbcClient jdbc) {
		this.properties = properties;
		this.boundaries = boundaries;
		this.jdbc = jdbc;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Path load = this.properties.load();
		if (load == null || load.toString().isBlank()) {
			return;
		}
		if (this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM region WHERE boundary IS NOT NULL)")
			.query(Boolean.class)
			.single()) {
			logger.info("Regions already have boundaries: {} not loaded", load);
			return;
		}
		if (!Files.isReadable(load)) {
			throw new IllegalStateException("faultline.boundaries.load (FAULTLINE_BOUNDARIES) names "
					+ load.toAbsolutePath() + ", which cannot be read");
		}
		ImportReport report;
		try {
			report = this.boundaries.run(load, false);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the boundaries in " + load.toAbsolutePath(), ex);
		}
		if (!report.accepted()) {
			throw new IllegalStateException("The boundaries in " + load.toAbsolutePath() + " were refused:\n  "
					+ report.rejected()
						.stream()
						.limit(PROBLEMS_SHOWN)
						.map(ImportProblem::toString)
						.collect(Collectors.joining("\n  ")));
		}
		logger.info("Loaded the boundaries in {}: {} new and {} updated regions in {} ms", load, report.created(),
				report.updated(), report.took().toMillis());
	}

}
