package io.faultline.actor;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
@Transactional
class ActorFormIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void createsAnActorWithTheNamesItGoesBy() {
		MvcTestResult created = save("/actors/new", "Front de libération de l'Azawad", "FLA test",
				"Azawad Liberation Front (test)\nFLA (2024-, test)", "0");
		long id = this.jdbc.sql("SELECT id FROM actor WHERE short_name = 'FLA test'").query(Long.class).single();
		assertThat(created).hasRedirectedUrl("/actors/" + id);
		assertThat(this.jdbc.sql("SELECT alias FROM actor_alias WHERE actor_id = :id ORDER BY alias")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("Azawad Liberation Front (test)", "FLA (2024-, test)");
	}

	@Test
	void refusesANameOrAliasThatAlreadyNamesAnotherActor() {
		assertThat(save("/actors/new", "Malian Armed Forces", "X", "Military Forces of Mali (2013-2020)", "0"))
			.hasStatusOk()
			.bodyText()
			.contains("An actor of this name is already recorded.",
					"Already the name of another actor: Military Forces of Mali (2013-2020) (FAMa)");
	}

	@Test
	void correctsAnActorKeepingItsAliases() {
		long mnla = this.jdbc.sql("SELECT id FROM actor WHERE short_name = 'MNLA'").query(Long.class).single();
		int version = this.jdbc.sql("SELECT version FROM actor WHERE id = :id")
			.param("id", mnla)
			.query(Integer.class)
			.single();
		String aliases = String.join("\n",
				this.jdbc.sql("SELECT alias FROM actor_alias WHERE actor_id = :id")
					.param("id", mnla)
					.query(String.class)
					.list());
		String name = this.jdbc.sql("SELECT name FROM actor WHERE id = :id")
			.param("id", mnla)
			.query(String.class)
			.single();
		assertThat(save("/actors/" + mnla + "/edit", name, "MNLA", aliases, String.valueOf(version)))
			.hasRedirectedUrl("/actors/" + mnla);
		assertThat(save("/actors/" + mnla + "/edit", name, "MNLA stale", aliases, String.valueOf(version)))
			.hasStatusOk()
			.bodyText()
			.contains("Someone else saved this actor");
	}

	@Test
	void refusesARelationWithoutAReason() {
		long fla = this.jdbc.sql("SELECT id FROM actor WHERE short_name = 'FLA'").query(Long.class).single();
		long jnim = this.jdbc.sql("SELECT id FROM actor WHERE short_name = 'JNIM'").query(Long.class).single();
		assertThat(this.mvc.post()
			.uri("/actors/{id}/relations/new", fla)
			.param("kind", "ALLIED_WITH")
			.param("relatedId", String.valueOf(jnim))
			.with(user("editor").roles("EDITOR"))
			.with(csrf())).flash().containsEntry("alert", "editor.reason.missing");
		assertThat(this.jdbc.sql("SELECT count(*) FROM actor_relation WHERE actor_id = :a AND related_id = :b")
			.param("a", fla)
			.param("b", jnim)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void addsAndRemovesADatedRelation() {
		long fla = this.jdbc.sql("SELECT id FROM actor WHERE short_name = 'FLA'").query(Long.class).single();
		long jnim = this.jdbc.sql("SELECT id FROM actor WHERE short_name = 'JNIM'").query(Long.class).single();
		assertThat(this.mvc.post()
			.uri("/actors/{id}/relations/new", fla)
			.param("kind", "ALLIED_WITH")
			.param("relatedId", String.valueOf(jnim))
			.param("validFrom", "2024-07-25")
			.param("note", "Test relation")
			.param("reason", "IT: allied since July 2024")
			.with(user("editor").roles("EDITOR"))
			.with(csrf())).hasRedirectedUrl("/actors/" + fla + "/edit");
		long relation = this.jdbc
			.sql("SELECT id FROM actor_relation WHERE actor_id = :a AND related_id = :b AND kind = 'ALLIED_WITH'")
			.param("a", fla)
			.param("b", jnim)
			.query(Long.class)
			.single();
		assertThat(this.mvc.get().uri("/actors/{id}/edit", fla).with(user("editor").roles("EDITOR"))).bodyText()
			.contains("Allied with JNIM", "from 25 July 2024");
		assertThat(this.mvc.post()
			.uri("/actors/{id}/relations/new", fla)
			.param("kind", "ALLIED_WITH")
			.param("relatedId", String.valueOf(fla))
			.param("reason", "IT: a relation to itself")
			.with(user("editor").roles("EDITOR"))
			.with(csrf())).flash().containsEntry("alert", "actor.relation.invalid");
		assertThat(this.mvc.post()
			.uri("/actors/{id}/relations/{relation}/delete", fla, relation)
			.param("reason", "IT: not allied after all")
			.with(user("editor").roles("EDITOR"))
			.with(csrf())).hasRedirectedUrl("/actors/" + fla + "/edit");
		assertThat(this.jdbc.sql("SELECT count(*) FROM actor_relation WHERE id = :id")
			.param("id", relation)
			.query(Long.class)
			.single()).isZero();
	}

	private MvcTestResult save(String uri, String name, String shortName, String aliases, String version) {
		return this.mvc.post()
			.uri(uri)
			.param("name", name)
			.param("shortName", shortName)
			.param("kind", "REBEL_GROUP")
			.param("acledInter", "2")
			.param("colour", "#ff9800")
			.param("aliases", aliases)
			.param("version", version)
			.with(user("editor").roles("EDITOR"))
			.param("reason", "IT: a correction")
			.with(csrf())
			.exchange();
	}

}
