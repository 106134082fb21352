package io.faultline;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
@Transactional
class SchemaIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void appliesEveryMigration() {
		List<String> applied = this.jdbc
			.sql("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank")
			.query(String.class)
			.list();
		assertThat(applied).startsWith("1", "2");
		List<String> extensions = this.jdbc.sql("SELECT extname FROM pg_extension").query(String.class).list();
		assertThat(extensions).contains("postgis", "btree_gist", "unaccent");
	}

	@Test
	void holdsAcledTaxonomy() {
		assertThat(count("SELECT count(*) FROM event_type")).isEqualTo(6);
		assertThat(count("SELECT count(*) FROM sub_event_type")).isEqualTo(25);
	}

	@Test
	void rejectsOverlappingControlPeriod() {
		long kidal = id("SELECT id FROM place WHERE name = 'Kidal'");
		long fama = id("SELECT id FROM actor WHERE short_name = 'FAMa'");
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql(
				"INSERT INTO control_period (place_id, actor_id, valid_from, valid_to) VALUES (:p, :a, DATE '2016-01-01', DATE '2016-02-01')")
			.param("p", kidal)
			.param("a", fama)
			.update()).withMessageContaining("control_period_no_overlap");
	}

	@Test
	void rejectsLowAboveBest() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql(
				"UPDATE event SET fatalities_low = 10, fatalities_best = 5, fatalities_high = 20 WHERE id = (SELECT min(id) FROM event)")
			.update()).withMessageContaining("event_fatalities_order_check");
	}

	@Test
	void rejectsBestAboveHigh() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql(
				"UPDATE event SET fatalities_low = 1, fatalities_best = 30, fatalities_high = 20 WHERE id = (SELECT min(id) FROM event)")
			.update()).withMessageContaining("event_fatalities_order_check");
	}

	@Test
	void rejectsSubEventTypeOfAnotherType() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.sql(
				"UPDATE event SET event_type_code = 'BATTLES', sub_event_type_code = 'PEACEFUL_PROTEST' WHERE id = (SELECT min(id) FROM event)")
			.update()).withMessageContaining("event_sub_event_type_fkey");
	}

	@Test
	void derivesRegionOfPlaceFromBoundary() {
		this.jdbc.sql("""
				INSERT INTO region (code, name, level, boundary)
				VALUES ('XX-TEST', 'Test square', 3, ST_Multi(ST_MakeEnvelope(10, 10, 11, 11, 4326)))""").update();
		this.jdbc
			.sql("""
					INSERT INTO place (name, kind, location) VALUES ('Inside', 'VILLAGE', ST_SetSRID(ST_MakePoint(10.5, 10.5), 4326))""")
			.update();
		String region = this.jdbc
			.sql("SELECT r.code FROM place p JOIN region r ON r.id = p.region_id WHERE p.name = 'Inside'")
			.query(String.class)
			.single();
		assertThat(region).isEqualTo("XX-TEST");
	}

	@Test
	void indexesEveryForeignKey() {
		List<String> unindexed = this.jdbc.sql("""
				SELECT c.conname
				  FROM pg_constraint c
				 WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
				   AND NOT EXISTS (SELECT 1 FROM pg_index i
				                    WHERE i.indrelid = c.conrelid
				                      AND (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] @> c.conkey)""")
			.query(String.class)
			.list();
		assertThat(unindexed).isEmpty();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
