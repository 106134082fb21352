package io.faultline.place;

/**
 * How precisely a location is known. ACLED's {@code geo_precision} 1, 2 and 3 map onto
 * {@link #EXACT}, {@link #NEAR} and {@link #REGION}.
 */
public enum LocationPrecision {

	/** The town or site itself. */
	EXACT,
	/** Near the town, or a small part of a region coded to it. */
	NEAR,
	/** Only the region is known. */
	REGION

}
