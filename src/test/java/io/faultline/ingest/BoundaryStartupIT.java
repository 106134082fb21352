package io.faultline.ingest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application started with {@code faultline.boundaries.load} naming a folder: its
 * boundaries are there once the application is up. The fixture (Niger) holds none of the
 * demo places, and is removed afterwards, so other tests see the demo record unchanged.
 */
@IntegrationTest
@TestPropertySource(properties = "faultline.boundaries.load=src/test/resources/ingest/startup")
class BoundaryStartupIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsTheConfiguredBoundariesOnFirstStart() {
		assertThat(this.jdbc.sql("""
				SELECT concat_ws(' ', code, name, name_fr, level, GeometryType(boundary))
				  FROM region WHERE boundary IS NOT NULL""").query(String.class).list())
			.containsExactly("NE Niger Niger 0 MULTIPOLYGON");
	}

	@AfterEach
	void removeTheLoadedBoundaries() {
		this.jdbc.sql("DELETE FROM region WHERE code = 'NE'").update();
	}

}
