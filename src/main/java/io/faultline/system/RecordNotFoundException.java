package io.faultline.system;

/**
 * A record asked for by id does not exist or may not be seen; rendered as a 404 page.
 */
public abstract class RecordNotFoundException extends RuntimeException {

	private final String kindKey;

	private final Object id;

	protected RecordNotFoundException(String kindKey, Object id) {
		super("No " + kindKey + " with id " + id);
		this.kindKey = kindKey;
		this.id = id;
	}

	/** Message key naming the kind of record, e.g. {@code event.kind}. */
	public String getKindKey() {
		return this.kindKey;
	}

	public Object getId() {
		return this.id;
	}

}
