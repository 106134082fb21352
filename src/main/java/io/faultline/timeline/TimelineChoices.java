package io.faultline.timeline;

import java.util.List;

import io.faultline.system.LocalizedName;

/** What the filter form offers, read from the reference tables. */
record TimelineChoices(List<Choice> regions, List<Choice> types, List<Subtype> subtypes, List<Choice> places,
		List<Choice> actors) {

	boolean hasRegion(String code) {
		return this.regions.stream().anyMatch((choice) -> choice.value().equals(code));
	}

	boolean hasType(String code) {
		return this.types.stream().anyMatch((choice) -> choice.value().equals(code));
	}

	boolean hasSubtype(String code) {
		return this.subtypes.stream().anyMatch((choice) -> choice.code().equals(code));
	}

	/** Whether {@code subtype} divides {@code type}. */
	boolean subtypeOf(String subtype, String type) {
		return this.subtypes.stream()
			.anyMatch((choice) -> choice.code().equals(subtype) && choice.typeCode().equals(type));
	}

	boolean hasPlace(long id) {
		return this.places.stream().anyMatch((choice) -> choice.value().equals(String.valueOf(id)));
	}

	boolean hasActor(long id) {
		return this.actors.stream().anyMatch((choice) -> choice.value().equals(String.valueOf(id)));
	}

	/** An option: the value sent and its label. */
	record Choice(String value, LocalizedName label) {

	}

	record Subtype(String code, String typeCode, LocalizedName label) {

	}

}
