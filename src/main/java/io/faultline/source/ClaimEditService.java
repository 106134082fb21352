package io.faultline.source;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.actor.Actor;
import io.faultline.event.Event;
import io.faultline.source.ClaimsForm.ClaimRow;

/** Adds what sources said to an event, several claims at once and all or none. */
@Service
class ClaimEditService {

	private final ClaimRepository claims;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SourceRepository sources;

	ClaimEditService(ClaimRepository claims, EntityManager entityManager, JdbcClient jdbc, Clock clock,
			SourceRepository sources) {
		this.sources = sources;
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

	/** Saves the filled rows of a validated form; returns how many claims were added. */
	@Transactional
	int add(long eventId, ClaimsForm form) {
		Event event = this.entityManager.getReference(Event.class, eventId);
		Instant now = Instant.now(this.clock);
		List<ClaimRow> rows = form.filled();
		for (ClaimRow row : rows) {
			Claim claim = new Claim(event, sourceOf(row), row.stance(), ClaimRow.trimmed(row.url()));
			Actor claimant = (row.claimantActorId() != null)
					? this.entityManager.getReference(Actor.class, row.claimantActorId()) : null;
			claim.describe(ClaimRow.trimmed(row.claimantName()), claimant, row.publishedOn(), row.reportedEventDate(),
					ClaimRow.trimmed(row.excerpt()), ClaimRow.trimmed(row.excerptLanguage()), row.fatalities(), now);
			this.claims.save(claim);
		}
		return rows.size();
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
