package io.faultline.actor;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** An actor as an editor records it; {@code aliases} holds one name per line. */
public record ActorForm(@NotBlank @Size(max = 200) String name, @Size(max = 40) String shortName,
		@NotNull ActorKind kind, @Min(1) @Max(8) Short acledInter,
		@NotBlank @Pattern(regexp = "#[0-9a-f]{6}", message = "{actor.form.colour}") String colour,
		@Size(max = 5000) String description, @DateTimeFormat(iso = ISO.DATE) LocalDate activeFrom,
		@DateTimeFormat(iso = ISO.DATE) LocalDate activeTo, @Size(max = 5000) String aliases, Integer version) {

	static ActorForm empty() {
		return new ActorForm("", "", ActorKind.UNIDENTIFIED, null, "#6b7280", "", null, null, "", 0);
	}

	static ActorForm of(Actor actor) {
		return new ActorForm(actor.getName(), (actor.getShortName() != null) ? actor.getShortName() : "",
				actor.getKind(), actor.getAcledInter(), actor.getColour(),
				(actor.getDescription() != null) ? actor.getDescription() : "", actor.getActiveFrom(),
				actor.getActiveTo(), String.join("\n", actor.getAliases().stream().map(ActorAlias::getAlias).toList()),
				actor.getVersion());
	}

	List<String> aliasList() {
		return (this.aliases == null) ? List.of()
				: Arrays.stream(this.aliases.split("\\R"))
					.map(String::strip)
					.filter((alias) -> !alias.isEmpty())
					.distinct()
					.toList();
	}

	boolean endsAfterItStarts() {
		return this.activeFrom == null || this.activeTo == null || !this.activeTo.isBefore(this.activeFrom);
	}

	int startedFrom() {
		return (this.version != null) ? this.version : -1;
	}

}
