package io.faultline.actor;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and corrects actors and their aliases; an alias names one actor only. */
@Service
class ActorFormService {

	private final ActorRepository actors;

	private final JdbcClient jdbc;

	ActorFormService(ActorRepository actors, JdbcClient jdbc) {
		this.actors = actors;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	ActorForm form(long id) {
		return ActorForm.of(find(id));
	}

	/** Aliases typed that already name another actor, each with that actor's label. */
	@Transactional(readOnly = true)
	List<String> aliasesTaken(ActorForm form, Long exceptId) {
		List<String> lower = form.aliasList().stream().map((alias) -> alias.toLowerCase(Locale.ROOT)).toList();
		if (lower.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT al.alias || ' (' || coalesce(a.short_name, a.name) || ')' FROM actor_alias al
				  JOIN actor a ON a.id = al.actor_id
				 WHERE lower(al.alias) IN (:aliases) AND (CAST(:except AS bigint) IS NULL OR al.actor_id <> :except)
				 ORDER BY al.alias""").param("aliases", lower).param("except", exceptId).query(String.class).list();
	}

	@Transactional(readOnly = true)
	boolean nameTaken(String name, Long exceptId) {
		return this.jdbc.sql(
				"SELECT count(*) FROM actor WHERE lower(name) = lower(:name) AND (CAST(:except AS bigint) IS NULL OR id <> :except)")
			.param("name", (name != null) ? name.strip() : "")
			.param("except", exceptId)
			.query(Long.class)
			.single() > 0;
	}

	@Transactional
	long create(ActorForm form) {
		Actor actor = new Actor(form.name().strip(), blankToNull(form.shortName()), form.kind());
		apply(actor, form);
		return this.actors.save(actor).getId();
	}

	@Transactional
	void update(long id, ActorForm form) {
		Actor actor = find(id);
		if (actor.getVersion() != form.startedFrom()) {
			throw new ObjectOptimisticLockingFailureException(Actor.class, id);
		}
		actor.rename(form.name().strip(), blankToNull(form.shortName()), form.kind());
		apply(actor, form);
		this.actors.flush();
		// An editor who saved the actor has looked at it: an import's doubt is settled.
		this.jdbc.sql("UPDATE actor SET needs_review = false WHERE id = :id AND needs_review").param("id", id).update();
	}

	private static void apply(Actor actor, ActorForm form) {
		actor.describe(form.acledInter(), form.colour(), blankToNull(form.description()), form.activeFrom(),
				form.activeTo());
		actor.getAliases().removeIf((alias) -> !form.aliasList().contains(alias.getAlias()));
		for (String alias : form.aliasList()) {
			if (actor.getAliases().stream().noneMatch((existing) -> existing.getAlias().equals(alias))) {
				actor.addAlias(alias, null);
			}
		}
	}

	/**
	 * Adds a dated relation; the database refuses a relation to oneself or dates in the
	 * wrong order.
	 */
	@Transactional
	void relate(long id, RelationForm form) {
		this.jdbc.sql("""
				INSERT INTO actor_relation (actor_id, kind, related_id, valid_from, valid_to, note)
				VALUES (:actor, :kind, :related, :from, :to, :note)""")
			.param("actor", id)
			.param("kind", form.kind().name())
			.param("related", form.relatedId())
			.param("from", form.validFrom())
			.param("to", form.validTo())
			.param("note", blankToNull(form.note()))
			.update();
	}

	@Transactional
	void unrelate(long id, long relationId) {
		this.jdbc.sql("DELETE FROM actor_relation WHERE id = :relation AND (actor_id = :actor OR related_id = :actor)")
			.param("relation", relationId)
			.param("actor", id)
			.update();
	}

	/** Every actor but this one, to relate to. */
	@Transactional(readOnly = true)
	List<ActorFormController.Option> others(long id) {
		return this.jdbc.sql("""
				SELECT id, coalesce(short_name, name) AS label FROM actor WHERE id <> :id
				 ORDER BY lower(coalesce(short_name, name)) LIMIT 300""")
			.param("id", id)
			.query((row, n) -> new ActorFormController.Option(row.getLong("id"), row.getString("label")))
			.list();
	}

	/** This actor's relations as the edit page lists them, with their ids for removal. */
	@Transactional(readOnly = true)
	List<ActorFormController.RelationRow> relations(long id) {
		return this.jdbc
			.sql("""
					SELECT r.id, a.id = :id AS outgoing, r.kind, coalesce(o.short_name, o.name) AS other, r.valid_from, r.valid_to
					  FROM actor_relation r JOIN actor a ON a.id = r.actor_id
					  JOIN actor o ON o.id = CASE WHEN r.actor_id = :id THEN r.related_id ELSE r.actor_id END
					 WHERE r.actor_id = :id OR r.related_id = :id
					 ORDER BY r.valid_from NULLS FIRST, r.id""")
			.param("id", id)
			.query((row, n) -> new ActorFormController.RelationRow(row.getLong("id"),
					row.getBoolean("outgoing") ? "OUTGOING" : "INCOMING", RelationKind.valueOf(row.getString("kind")),
					row.getString("other"), row.getObject("valid_from", java.time.LocalDate.class),
					row.getObject("valid_to", java.time.LocalDate.class)))
			.list();
	}

	private Actor find(long id) {
		return this.actors.findById(id).orElseThrow(() -> new ActorNotFoundException(id));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
