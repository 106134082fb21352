package io.faultline.source;

/**
 * What a claim does with the event: reports it, or confirms, denies or disputes an
 * earlier account.
 */
public enum Stance {

	REPORTS, CONFIRMS, DENIES, DISPUTES

}
