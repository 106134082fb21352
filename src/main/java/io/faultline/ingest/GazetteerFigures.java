package io.faultline.ingest;

/**
 * The gazetteer at a glance.
 *
 * @param places all places
 * @param geonamesPlaces places with a GeoNames id
 * @param regions all regions
 * @param boundedRegions regions with a boundary
 */
public record GazetteerFigures(long places, long geonamesPlaces, long regions, long boundedRegions) {
}
