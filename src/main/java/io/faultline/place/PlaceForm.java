package io.faultline.place;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A place as an editor records it; {@code aliases} holds one spelling per line. */
public record PlaceForm(@NotBlank @Size(max = 200) String name, @Size(max = 200) String nameFr, @NotNull PlaceKind kind,
		@NotNull @DecimalMin(value = "-90", message = "{place.form.latitude}") @DecimalMax(value = "90",
				message = "{place.form.latitude}") Double latitude,
		@NotNull @DecimalMin(value = "-180", message = "{place.form.longitude}") @DecimalMax(value = "180",
				message = "{place.form.longitude}") Double longitude,
		@NotNull LocationPrecision precision, Long geonamesId, @Size(max = 5000) String aliases, Integer version) {

	static PlaceForm empty() {
		return new PlaceForm("", "", PlaceKind.TOWN, null, null, LocationPrecision.EXACT, null, "", 0);
	}

	static PlaceForm of(Place place) {
		return new PlaceForm(place.getName(), (place.getNameFr() != null) ? place.getNameFr() : "", place.getKind(),
				place.getLocation().getY(), place.getLocation().getX(), place.getLocationPrecision(),
				place.getGeonamesId(),
				String.join("\n", place.getAliases().stream().map(PlaceAlias::getAlias).toList()), place.getVersion());
	}

	/** The aliases typed, one per line, trimmed, without blanks or repeats. */
	List<String> aliasList() {
		return (this.aliases == null) ? List.of()
				: Arrays.stream(this.aliases.split("\\R"))
					.map(String::strip)
					.filter((alias) -> !alias.isEmpty())
					.distinct()
					.toList();
	}

	int startedFrom() {
		return (this.version != null) ? this.version : -1;
	}

}
