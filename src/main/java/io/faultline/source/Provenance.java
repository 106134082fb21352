package io.faultline.source;

/** Who put a claim into the record: an editor, or an import of ACLED or UCDP data. */
public enum Provenance {

	EDITOR, ACLED, UCDP

}
