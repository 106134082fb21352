package io.faultline.source;

import java.time.LocalDate;
import java.util.List;

/**
 * A claim as the event page shows it.
 *
 * @param fromParty whether the source or the claimant is itself a party to the event:
 * such a claim may be self-serving and is flagged until corroborated
 */
public record ClaimView(long id, String sourceName, SourceKind sourceKind, String sourceAffiliation,
		Long claimantActorId, String claimantLabel, String claimantName, Long respondsToClaimId,
		String respondsToSourceName, LocalDate publishedOn, LocalDate reportedEventDate, String url, String excerpt,
		String excerptLanguage, Stance stance, Integer fatalities, Long claimedControllerId,
		String claimedControllerLabel, Provenance provenance, boolean fromParty, List<ClaimFigure> figures) {

}
