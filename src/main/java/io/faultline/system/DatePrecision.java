package io.faultline.system;

/**
 * How precisely a date is known; ACLED's {@code time_precision} and UCDP's
 * {@code date_prec} map onto it.
 */
public enum DatePrecision {

	DAY, WEEK, MONTH, YEAR

}
