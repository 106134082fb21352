package io.faultline.actor;

import java.time.LocalDate;

/**
 * A relation seen from one actor: {@code OUTGOING} when this actor is the subject
 * ("member of CMA"), {@code INCOMING} when it is the object ("has member MNLA").
 */
public record ActorRelationView(Direction direction, RelationKind kind, long otherId, String otherName,
		String otherLabel, String otherColour, LocalDate validFrom, LocalDate validTo, String note) {

	public enum Direction {

		OUTGOING, INCOMING

	}

}
