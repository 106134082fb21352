package io.faultline.ingest;

/**
 * Told, every few thousand rows, how far an import has read its file: the web page shows
 * rows done, rate and time left from it.
 */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (rows, bytes) -> {
	};

	void read(long rows, long bytes);

}
