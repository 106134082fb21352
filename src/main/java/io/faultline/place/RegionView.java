package io.faultline.place;

import java.time.LocalDate;
import java.util.List;

/**
 * What a region's page shows, read in one transaction ({@link RegionService#view}).
 *
 * @param region the region itself, with its figures
 * @param children the regions directly below it, with theirs
 * @param places its busiest places that have a control history, with their holder on
 * {@code date}
 * @param date the day the holders are read for
 */
record RegionView(RegionDetails region, List<RegionDetails> children, List<PlaceRow> places, LocalDate date) {

}
