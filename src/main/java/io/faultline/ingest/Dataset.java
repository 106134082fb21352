package io.faultline.ingest;

/**
 * Where imported events come from, and how the record keeps track of them: the event's
 * column holding the dataset's id, and what says a row changed since the last import.
 */
enum Dataset {

	/** ACLED: a row is newer when its {@code timestamp} is greater. */
	ACLED("acled", "ACLED", "e.acled_event_id = s.ext_id", "s.row_version::bigint > coalesce(e.acled_timestamp, -1)",
			"acled_event_id, acled_timestamp", "m.ext_id, m.row_version::bigint", "acled_event_id",
			"acled_event_id = m.ext_id, acled_timestamp = m.row_version::bigint"),

	/** UCDP GED: a row changed when its digest differs. */
	UCDP("ucdp", "UCDP GED", "e.ucdp_event_id = s.ext_id::bigint", "e.ucdp_fingerprint IS DISTINCT FROM s.row_version",
			"ucdp_event_id, ucdp_fingerprint", "m.ext_id::bigint, m.row_version", "ucdp_event_id::text",
			"ucdp_event_id = m.ext_id::bigint, ucdp_fingerprint = m.row_version");

	final String kind;

	/** The source claims are filed under when a row names none; also the provenance. */
	final String datasetSource;

	final String matchesEvent;

	final String changed;

	final String idColumns;

	final String idValues;

	final String idOfEvent;

	final String idAssignments;

	Dataset(String kind, String datasetSource, String matchesEvent, String changed, String idColumns, String idValues,
			String idOfEvent, String idAssignments) {
		this.kind = kind;
		this.datasetSource = datasetSource;
		this.matchesEvent = matchesEvent;
		this.changed = changed;
		this.idColumns = idColumns;
		this.idValues = idValues;
		this.idOfEvent = idOfEvent;
		this.idAssignments = idAssignments;
	}

	/** The claim provenance (V1's claim_provenance_check). */
	String provenance() {
		return name();
	}

}
