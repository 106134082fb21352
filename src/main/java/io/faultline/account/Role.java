package io.faultline.account;

/**
 * What a user may do; each role includes the ones before it (an editor is also an
 * analyst).
 */
public enum Role {

	/** Reads published records. */
	ANALYST,
	/** Creates and edits drafts, proposes edits. */
	EDITOR,
	/** Publishes others' changes. */
	REVIEWER,
	/** Manages users and reference data. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
