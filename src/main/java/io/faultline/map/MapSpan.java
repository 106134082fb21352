package io.faultline.map;

import java.time.LocalDate;

/**
 * The dates the control record covers: the first and last day any period starts or ends.
 */
record MapSpan(LocalDate first, LocalDate last) {

	/** The date brought inside the span, so the slider can show it. */
	LocalDate clamp(LocalDate date) {
		if (this.first == null) {
			return date;
		}
		if (date.isBefore(this.first)) {
			return this.first;
		}
		return date.isAfter(this.last) ? this.last : date;
	}

}
