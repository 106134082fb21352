package io.faultline.actor;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** "This actor {kind} that actor, from … until …": one dated relation. */
public record RelationForm(@NotNull RelationKind kind, @NotNull Long relatedId,
		@DateTimeFormat(iso = ISO.DATE) LocalDate validFrom, @DateTimeFormat(iso = ISO.DATE) LocalDate validTo,
		@Size(max = 1000) String note) {

}
