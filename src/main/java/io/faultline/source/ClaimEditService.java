package io.faultline.source;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import io.faultline.actor.Actor;
import io.faultline.actor.ActorLookup;
import io.faultline.actor.ActorOption;
import io.faultline.event.Event;
import io.faultline.source.ClaimsForm.ClaimRow;

/**
 * Adds what sources said to an event, several claims at once and all or none, from the
 * claims form and from the JSON API, with the same checks.
 */
@Service
public class ClaimEditService {

	private final ClaimRepository claims;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SourceRepository sources;

	private final ActorLookup actors;

	ClaimEditService(ClaimRepository claims, EntityManager entityManager, JdbcClient jdbc, Clock clock,
			SourceRepository sources, ActorLookup actors) {
		this.sources = sources;
		this.actors = actors;
		this.claims = claims;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<SourceOption> sources() {
		return this.jdbc.sql("SELECT id, name FROM source ORDER BY lower(name), id")
			.query((row, n) -> new SourceOption(row.getLong("id"), row.getString("name")))
			.list();
	}

	/**
	 * Checks every filled row as the claims form does, each problem on the field of its
	 * row ({@code claims[0].sourceId}).
	 */
	@Transactional(readOnly = true)
	public void check(ClaimsForm form, Errors errors) {
		Set<Long> sources = sources().stream().map(SourceOption::id).collect(Collectors.toSet());
		Set<Long> actors = this.actors.options().stream().map(ActorOption::id).collect(Collectors.toSet());
		ClaimsFormValidator.validate(form, sources, actors, errors);
	}

	/**
	 * Saves the filled rows of a validated form; returns the ids of the claims added, in
	 * the order of the rows.
	 */
	@Transactional
	public List<Long> add(long eventId, ClaimsForm form) {
		Event event = this.entityManager.getReference(Event.class, eventId);
		Instant now = Instant.now(this.clock);
		List<ClaimRow> rows = form.filled();
		List<Long> ids = new ArrayList<>();
		for (ClaimRow row : rows) {
			Claim claim = new Claim(event, sourceOf(row), row.stance(), ClaimRow.trimmed(row.url()));
			Actor claimant = (row.claimantActorId() != null)
					? this.entityManager.getReference(Actor.class, row.claimantActorId()) : null;
			claim.describe(ClaimRow.trimmed(row.claimantName()), claimant, row.publishedOn(), row.reportedEventDate(),
					ClaimRow.trimmed(row.excerpt()), ClaimRow.trimmed(row.excerptLanguage()), row.fatalities(), now);
			ids.add(this.claims.save(claim).getId());
		}
		return ids;
	}

	/**
	 * The source picked, or the one named: an existing source of that name (whatever the
	 * case) rather than a twin, else a new one.
	 */
	private Source sourceOf(ClaimRow row) {
		if (row.sourceId() != null) {
			return this.entityManager.getReference(Source.class, row.sourceId());
		}
		String name = ClaimRow.trimmed(row.newSourceName());
		return this.jdbc.sql("SELECT id FROM source WHERE lower(name) = lower(:name) ORDER BY id LIMIT 1")
			.param("name", name)
			.query(Long.class)
			.optional()
			.map((id) -> this.entityManager.getReference(Source.class, id))
			.orElseGet(() -> this.sources.saveAndFlush(new Source(name, row.newSourceKind(), null)));
	}

}
