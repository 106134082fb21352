package io.faultline.ingest;

import java.util.Locale;

/**
 * Told, every few thousand rows, how far an import has read its file, then which step of
 * writing the record it has reached: the web page shows rows done, rate and time left
 * from the first, and the step from the second (writing takes longer than reading).
 */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (rows, bytes) -> {
	};

	void read(long rows, long bytes);

	/** The file is read and checked; the record is being written, at this step. */
	default void writing(WriteStep step) {
	}

	/** The steps of writing the record, in order. */
	enum WriteStep {

		SORTING, PLACES, ACTORS, EVENTS, PARTICIPANTS, CLAIMS;

		/** This step's number, from 1. */
		public int number() {
			return ordinal() + 1;
		}

		/** Its name in lower case, for logs and the command line. */
		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** How many steps there are. */
		public static int count() {
			return values().length;
		}

	}

}
