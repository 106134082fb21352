package io.faultline.api;

import java.util.List;

import io.faultline.event.PossibleDuplicate;

/**
 * A new event that may repeat one already in the record, sent without
 * {@code confirmDuplicate}: the event form would have shown the same warning.
 */
class PossibleDuplicatesException extends RuntimeException {

	private final List<PossibleDuplicate> duplicates;

	PossibleDuplicatesException(List<PossibleDuplicate> duplicates) {
		super(duplicates.size() + " possible duplicates");
		this.duplicates = List.copyOf(duplicates);
	}

	List<PossibleDuplicate> duplicates() {
		return this.duplicates;
	}

}
