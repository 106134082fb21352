package io.faultline.actor;

import java.time.LocalDate;
import java.util.List;

/**
 * What the actor page shows about the actor itself; {@code needsReview}: an import
 * created it from a name no alias knew.
 */
public record ActorDetails(long id, String name, String shortName, ActorKind kind, Short acledInter, String colour,
		String description, LocalDate activeFrom, LocalDate activeTo, List<String> aliases,
		List<ActorRelationView> relations, boolean needsReview) {

}
