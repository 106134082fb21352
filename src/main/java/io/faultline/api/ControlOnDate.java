package io.faultline.api;

import java.time.LocalDate;
import java.util.List;

import io.faultline.map.HeldPlace;

/**
 * Every place with a control history and who held it on {@code date} ({@code actorId}
 * {@code null}: nobody on that day).
 */
public record ControlOnDate(LocalDate date, List<HeldPlace> places) {

}
