package io.faultline.dashboard;

/**
 * The headline numbers of a period; fatalities as the sum of best estimates with the sums
 * of the low and high ends (an event without a low or high counts its best there).
 */
record DashboardFigures(long events, long fatalitiesBest, long fatalitiesLow, long fatalitiesHigh,
		long placesChangedHands) {

}
