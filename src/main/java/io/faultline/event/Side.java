package io.faultline.event;

/** ACLED's actor 1 (A, usually the initiator) and actor 2 (B). */
public enum Side {

	A, B

}
