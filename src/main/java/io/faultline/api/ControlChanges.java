package io.faultline.api;

import java.time.LocalDate;
import java.util.List;

import io.faultline.map.ControlChange;

/** The places whose holder on {@code to} is not their holder on {@code from}. */
public record ControlChanges(LocalDate from, LocalDate to, List<ControlChange> changes) {

}
