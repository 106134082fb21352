package io.faultline.actor;

import java.time.LocalDate;

public record ActorRow(long id, String name, String shortName, ActorKind kind, String colour, LocalDate activeFrom,
		LocalDate activeTo, long events) {

}
