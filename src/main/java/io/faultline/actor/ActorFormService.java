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

	private Actor find(long id) {
		return this.actors.findById(id).orElseThrow(() -> new ActorNotFoundException(id));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
