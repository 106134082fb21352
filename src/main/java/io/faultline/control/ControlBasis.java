package io.faultline.control;

/** Whether control is the record's own assessment or only what one party claims. */
public enum ControlBasis {

	ASSESSED, CLAIMED

}
