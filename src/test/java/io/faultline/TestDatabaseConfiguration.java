package io.faultline;

import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;

/**
 * The one database setup of every integration test: a PostGIS container when Docker is
 * there, or the database named by {@code TEST_DATABASE_URL} when that is set.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	static final DockerImageName POSTGIS = DockerImageName.parse("postgis/postgis:17-3.5")
		.asCompatibleSubstituteFor("postgres");

	@Bean
	@ServiceConnection
	@ConditionalOnExpression("'${TEST_DATABASE_URL:}'.isEmpty()")
	PostgreSQLContainer postgis() {
		return new PostgreSQLContainer(POSTGIS);
	}

}
