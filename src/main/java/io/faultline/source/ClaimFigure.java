package io.faultline.source;

/**
 * One party's figure in a claim; {@code label} names it when no actor does ("civilians").
 */
public record ClaimFigure(long claimId, Long actorId, String actorLabel, String label, Integer killed, Integer wounded,
		Integer missing) {

}
