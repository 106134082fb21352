package io.faultline.source;

import java.time.LocalDate;
import java.util.List;

/**
 * A claim as the event page shows it.
 *
 * @param fromParty whether the source or the claimant is itself a party to the event
 * @param selfServing a party's own account that no other source has yet backed: an
 * independent claim in the same direction (affirming or contesting), or a confirmation
 * from anyone else, lifts the flag; a party confirming someone else's account is an
 * admission, never self-serving
 */
public record ClaimView(long id, String sourceName, SourceKind sourceKind, String sourceAffiliation,
		Long claimantActorId, String claimantLabel, String claimantName, Long respondsToClaimId,
		String respondsToSourceName, LocalDate publishedOn, LocalDate reportedEventDate, String url, String excerpt,
		String excerptLanguage, Stance stance, Integer fatalities, Long claimedControllerId,
		String claimedControllerLabel, Provenance provenance, boolean fromParty, boolean selfServing,
		List<ClaimFigure> figures) {

	ClaimView withSelfServing(boolean selfServing) {
		return new ClaimView(this.id, this.sourceName, this.sourceKind, this.sourceAffiliation, this.claimantActorId,
				this.claimantLabel, this.claimantName, this.respondsToClaimId, this.respondsToSourceName,
				this.publishedOn, this.reportedEventDate, this.url, this.excerpt, this.excerptLanguage, this.stance,
				this.fatalities, this.claimedControllerId, this.claimedControllerLabel, this.provenance, this.fromParty,
				selfServing, this.figures);
	}

	boolean corroborates(ClaimView other) {
		if (this.id == other.id || this.sourceName.equals(other.sourceName)) {
			return false;
		}
		boolean confirmsIt = this.stance == Stance.CONFIRMS && Long.valueOf(other.id).equals(this.respondsToClaimId);
		boolean independentAgreement = !this.fromParty && affirms(this.stance) == affirms(other.stance);
		return confirmsIt || independentAgreement;
	}

	/** Reports and confirmations affirm the event; denials and disputes contest it. */
	private static boolean affirms(Stance stance) {
		return stance == Stance.REPORTS || stance == Stance.CONFIRMS;
	}

}
