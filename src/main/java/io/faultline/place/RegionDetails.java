package io.faultline.place;

import io.faultline.system.LocalizedName;

/**
 * A region with the published record's figures inside it.
 *
 * @param parentCode the enclosing region's code, {@code null} at the top
 */
record RegionDetails(long id, String code, LocalizedName name, int level, String parentCode, LocalizedName parentName,
		boolean hasBoundary, long places, long events, long fatalities) {

}
