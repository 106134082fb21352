package io.faultline.source;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads what each source said about an event, side by side. */
@Service
@Transactional(readOnly = true)
public class ClaimService {

	private final JdbcClient jdbc;

	ClaimService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims on one event, oldest first, each flagged when its source or claimant takes
	 * part in the event ({@code participantIds}).
	 */
	public List<ClaimView> forEvent(long eventId, Collection<Long> participantIds) {
		Map<Long, List<ClaimFigure>> figures = this.jdbc
			.sql("""
					SELECT f.claim_id, f.actor_id, coalesce(a.short_name, a.name) AS actor_label, f.label, f.killed, f.wounded, f.missing
					  FROM claim_fatality f
					  JOIN claim c ON c.id = f.claim_id
					  LEFT JOIN actor a ON a.id = f.actor_id
					 WHERE c.event_id = :event
					 ORDER BY f.id""")
			.param("event", eventId)
			.query((row, n) -> new ClaimFigure(row.getLong("claim_id"), row.getObject("actor_id", Long.class),
					row.getString("actor_label"), row.getString("label"), row.getObject("killed", Integer.class),
					row.getObject("wounded", Integer.class), row.getObject("missing", Integer.class)))
			.stream()
			.collect(Collectors.groupingBy(ClaimFigure::claimId));
		List<ClaimView> claims = this.jdbc.sql("""
				SELECT c.*, s.name AS source_name, s.kind AS source_kind, s.affiliated_actor_id,
				       coalesce(sa.short_name, sa.name) AS source_affiliation,
				       coalesce(ca.short_name, ca.name) AS claimant_label,
				       coalesce(cc.short_name, cc.name) AS controller_label,
				       rs.name AS responds_to_source_name
				  FROM claim c
				  JOIN source s ON s.id = c.source_id
				  LEFT JOIN actor sa ON sa.id = s.affiliated_actor_id
				  LEFT JOIN actor ca ON ca.id = c.claimant_actor_id
				  LEFT JOIN actor cc ON cc.id = c.claimed_controller_actor_id
				  LEFT JOIN claim r ON r.id = c.responds_to_claim_id
				  LEFT JOIN source rs ON rs.id = r.source_id
				 WHERE c.event_id = :event AND (c.provenance <> 'ACLED' OR faultline_acled_shown())
				 ORDER BY c.published_on NULLS LAST, c.id""").param("event", eventId).query((row, n) -> {
			long id = row.getLong("id");
			Long affiliated = row.getObject("affiliated_actor_id", Long.class);
			Long claimant = row.getObject("claimant_actor_id", Long.class);
			boolean fromParty = participantIds.contains(affiliated) || participantIds.contains(claimant);
			return new ClaimView(id, row.getString("source_name"), SourceKind.valueOf(row.getString("source_kind")),
					row.getString("source_affiliation"), claimant, row.getString("claimant_label"),
					row.getString("claimant_name"), row.getObject("responds_to_claim_id", Long.class),
					row.getString("responds_to_source_name"), row.getObject("published_on", LocalDate.class),
					row.getObject("reported_event_date", LocalDate.class), row.getString("url"),
					row.getString("excerpt"), row.getString("excerpt_language"),
					Stance.valueOf(row.getString("stance")), row.getObject("fatalities", Integer.class),
					row.getObject("claimed_controller_actor_id", Long.class), row.getString("controller_label"),
					Provenance.valueOf(row.getString("provenance")), fromParty, false,
					figures.getOrDefault(id, List.of()));
		}).list();
		return claims.stream().map((claim) -> claim.withSelfServing(isSelfServing(claim, claims))).toList();
	}

	private static boolean isSelfServing(ClaimView claim, List<ClaimView> all) {
		if (!claim.fromParty() || claim.stance() == Stance.CONFIRMS) {
			return false;
		}
		return all.stream().noneMatch((other) -> other.corroborates(claim));
	}

}
