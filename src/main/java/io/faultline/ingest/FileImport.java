package io.faultline.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An import of one file format, runnable from the command line
 * ({@code java -jar faultline.jar import <kind> <file> [--dry-run]}) as well as from the
 * web. Implementations are beans; {@link ImportCommand} finds them by kind.
 */
public interface FileImport {

	/** The name on the command line: {@code acled}, {@code ucdp}, {@code geonames}... */
	String kind();

	/**
	 * Reads the file, and unless it is a dry run or a row is rejected, writes it in one
	 * transaction.
	 */
	ImportReport run(Path file, boolean dryRun) throws IOException;

	/**
	 * The same, telling {@code progress} how far it has read; {@code requestedBy} names
	 * who asked, for the history.
	 */
	default ImportReport run(Path file, boolean dryRun, ImportProgress progress, String requestedBy)
			throws IOException {
		return run(file, dryRun);
	}

}
