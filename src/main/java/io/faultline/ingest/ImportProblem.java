package io.faultline.ingest;

/**
 * Why one row (or the whole file) of an import was refused.
 *
 * @param line the line of the file, counting the header as line 1 (0 for the whole file)
 * @param column the column or field at fault, or null when the whole row is
 * @param message what is wrong, in words an editor can act on
 */
public record ImportProblem(long line, String column, String message) {

	@Override
	public String toString() {
		return (this.line > 0 ? "line " + this.line : "file") + (this.column != null ? ", " + this.column : "") + ": "
				+ this.message;
	}

}
