package io.faultline.actor;

import java.time.LocalDate;

record ActorRow(long id, String name, String shortName, ActorKind kind, String colour, LocalDate activeFrom,
		LocalDate activeTo, long events) {

}
