package io.faultline.ingest;

import java.time.LocalDate;

/**
 * One row of an ACLED or UCDP file, checked and mapped onto the record's vocabulary,
 * ready for the staging table. Actor fields hold the file's strings as they are; the
 * database resolves them.
 *
 * @param line where the row starts in the file
 * @param externalId ACLED's {@code event_id_cnty} or UCDP's {@code id}
 * @param rowVersion what says whether the row changed since the last import: ACLED's
 * {@code timestamp}, a digest of a UCDP row
 */
record StagedEvent(long line, String externalId, LocalDate eventDate, String datePrecision, LocalDate endDate,
		String disorderCode, String typeCode, String subCode, boolean civilianTargeting, String location,
		double latitude, double longitude, String locationPrecision, Integer fatalitiesLow, Integer fatalitiesBest,
		Integer fatalitiesHigh, String notes, String sources, String sourceScale, String actor1, String assoc1,
		Integer inter1, String actor2, String assoc2, Integer inter2, String rowVersion) {

}
