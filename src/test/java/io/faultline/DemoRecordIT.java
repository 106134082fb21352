package io.faultline;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo record loads into the empty test database and holds the facts it promises. */
@IntegrationTest
class DemoRecordIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void holdsTheAgreedAmounts() {
		assertThat(count("SELECT count(*) FROM place")).isGreaterThanOrEqualTo(25);
		assertThat(count("SELECT count(*) FROM actor")).isGreaterThanOrEqualTo(25);
		assertThat(count("""
				SELECT count(*) FROM event
				 WHERE event_date BETWEEN DATE '2012-01-01' AND DATE '2024-07-31' AND review_status = 'PUBLISHED'"""))
			.isGreaterThanOrEqualTo(60);
	}

	@Test
	void citesASourceForEveryEvent() {
		assertThat(list("SELECT e.title FROM event e WHERE NOT EXISTS (SELECT 1 FROM claim c WHERE c.event_id = e.id)"))
			.isEmpty();
		assertThat(list("SELECT c.id::text FROM claim c WHERE c.url IS NULL OR c.url NOT LIKE 'http%'")).isEmpty();
	}

	@Test
	void evidencesControlWithEventsAtThatPlace() {
		assertThat(list("""
				SELECT c.id::text FROM control_period c JOIN event e ON e.id = c.evidence_event_id
				 WHERE e.place_id <> c.place_id""")).isEmpty();
	}

	@Test
	void tracksControlOfTheContestedTowns() {
		List<String> withControl = list("""
				SELECT DISTINCT p.name FROM control_period c JOIN place p ON p.id = c.place_id""");
		assertThat(withControl).contains("Kidal", "Gao", "Timbuktu", "Tessalit", "Aguelhok", "Anéfis", "Ber", "Léré",
				"Bourem", "Ménaka", "Tinzaouatène");
	}

	@Test
	void handsKidalToTheArmyOnFourteenNovember2023() {
		String before = controllerOfKidalOn("2023-11-13");
		String after = controllerOfKidalOn("2023-11-15");
		assertThat(after).isEqualTo("FAMa");
		assertThat(before).isNotEqualTo(after);
		assertThat(controllerOfKidalOn("2014-06-01")).isNotEqualTo("FAMa");
	}

	@Test
	void keepsStateTelevisionAndRebelConfirmationSideBySide() {
		List<String> claims = list(
				"""
						SELECT s.name || '|' || c.stance || '|' || coalesce(c.claimant_name, '') || '|' ||
						       coalesce((SELECT rs.name FROM claim r JOIN source rs ON rs.id = r.source_id WHERE r.id = c.responds_to_claim_id), '')
						  FROM claim c
						  JOIN source s ON s.id = c.source_id
						  JOIN event e ON e.id = c.event_id
						  JOIN place p ON p.id = e.place_id
						 WHERE p.name = 'Kidal' AND e.event_date = DATE '2023-11-14'
						   AND e.sub_event_type_code = 'GOVERNMENT_REGAINS_TERRITORY'""");
		assertThat(claims).anyMatch((claim) -> claim.startsWith("ORTM|REPORTS|"));
		assertThat(claims).anyMatch((claim) -> claim.contains("|CONFIRMS|Mohamed Maouloud Ramadan|ORTM"));
	}

	@Test
	void keepsConflictingVersionsAsSeparateClaims() {
		assertThat(list("""
				SELECT DISTINCT coalesce(c.reported_event_date, e.event_date)::text
				  FROM claim c JOIN event e ON e.id = c.event_id JOIN place p ON p.id = e.place_id
				 WHERE p.name = 'Anéfis' AND e.event_date BETWEEN DATE '2023-10-01' AND DATE '2023-10-31'"""))
			.contains("2023-10-07", "2023-10-08");
		assertThat(count("""
				SELECT count(DISTINCT coalesce(c.fatalities, -1))
				  FROM claim c JOIN event e ON e.id = c.event_id JOIN place p ON p.id = e.place_id
				 WHERE p.name = 'Tinzaouatène' AND e.event_date BETWEEN DATE '2024-07-25' AND DATE '2024-07-27'"""))
			.isGreaterThanOrEqualTo(3);
	}

	@Test
	void recordsTheLineagesOfTheRebelCoalitions() {
		assertThat(list("""
				SELECT a.short_name || ' ' || r.kind || ' ' || b.short_name || ' ' || coalesce(r.valid_from::text, '')
				  FROM actor_relation r JOIN actor a ON a.id = r.actor_id JOIN actor b ON b.id = r.related_id"""))
			.contains("MNLA MEMBER_OF CMA 2014-10-28")
			.anyMatch((relation) -> relation.matches("CSP-PSD RENAMED_TO CSP-DPA .*"))
			.anyMatch((relation) -> relation.matches("(Ansar Dine|AQIM) MERGED_INTO JNIM 2017-03.*"));
	}

	@Test
	void resolvesAcledActorNamesThroughAliases() {
		assertThat(list("""
				SELECT a.short_name FROM actor_alias al JOIN actor a ON a.id = al.actor_id
				 WHERE al.alias = 'Military Forces of Mali (2013-2020)'""")).containsExactly("FAMa");
	}

	@Test
	void recordsTheMilestonesOfTheWar() {
		List<String> dates = list("SELECT event_date::text FROM event");
		assertThat(dates).contains("2012-04-06", "2013-01-11", "2013-07-01", "2014-08-01", "2020-08-18", "2021-05-24",
				"2022-08-15", "2023-10-31", "2023-11-14", "2024-01-25");
	}

	private String controllerOfKidalOn(String date) {
		return this.jdbc.sql("""
				SELECT coalesce(a.short_name, a.name) FROM control_period c
				  JOIN place p ON p.id = c.place_id JOIN actor a ON a.id = c.actor_id
				 WHERE p.name = 'Kidal' AND c.valid @> CAST(:date AS date)""")
			.param("date", java.time.LocalDate.parse(date))
			.query(String.class)
			.single();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private List<String> list(String sql) {
		return this.jdbc.sql(sql).query(String.class).list();
	}

}
