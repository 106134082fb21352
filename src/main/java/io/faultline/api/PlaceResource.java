package io.faultline.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.faultline.control.ControlPeriodView;
import io.faultline.place.PlaceDetails;

/**
 * A place with its aliases, region and control history (periods oldest first; a period's
 * {@code validTo} is exclusive, {@code null} while it lasts).
 */
public record PlaceResource(@JsonUnwrapped PlaceDetails place, List<ControlPeriodView> control) {

}
