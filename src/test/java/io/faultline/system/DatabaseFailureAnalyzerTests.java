package io.faultline.system;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseFailureAnalyzerTests {

	private final DatabaseFailureAnalyzer analyzer = new DatabaseFailureAnalyzer(
			new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db.example:5432/faultline")
				.withProperty("spring.datasource.username", "faultline"));

	@Test
	void explainsUnreachableDatabase() {
		Exception failure = new IllegalStateException("Failed to initialize pool",
				new SQLException("Connection to db.example:5432 refused.", "08001"));
		FailureAnalysis analysis = this.analyzer.analyze(failure);
		assertThat(analysis.getDescription()).contains("jdbc:postgresql://db.example:5432/faultline", "'faultline'",
				"refused");
		assertThat(analysis.getAction()).contains("DATABASE_URL", "createdb");
	}

	@Test
	void explainsMissingDatabase() {
		Exception failure = new RuntimeException(new SQLException("database \"faultline\" does not exist", "3D000"));
		assertThat(this.analyzer.analyze(failure).getDescription()).contains("does not exist");
	}

	@Test
	void explainsMissingPostgis() {
		Exception failure = new RuntimeException(
				new DatabaseNotReadyException("PostGIS is not installed", "apt-get install postgresql-15-postgis-3"));
		FailureAnalysis analysis = this.analyzer.analyze(failure);
		assertThat(analysis.getDescription()).isEqualTo("PostGIS is not installed");
		assertThat(analysis.getAction()).contains("postgresql-15-postgis-3");
	}

	@Test
	void leavesOtherFailuresAlone() {
		assertThat(this.analyzer.analyze(new IllegalStateException("something else"))).isNull();
		assertThat(this.analyzer.analyze(new RuntimeException(new SQLException("syntax error", "42601")))).isNull();
	}

}
