package io.faultline.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * A CSV file read as a stream with FastCSV (RFC 4180 quoting: commas, quotes and line
 * breaks inside quoted fields), a UTF-8 byte order mark ignored, and the header's column
 * names (lower case, trimmed) mapped to their positions. Counts the bytes read, for
 * progress.
 */
final class CsvFile implements AutoCloseable {

	private final InputStream input;

	private final CountingInputStream bytes;

	private final CsvReader<CsvRecord> reader;

	private final Iterator<CsvRecord> records;

	private final Map<String, Integer> columns = new HashMap<>();

	private int width;

	private CsvRecord header;

	/** A first row that turned out to be data, not a header: read again by next(). */
	private CsvRecord pending;

	private CsvFile(Path file) throws IOException {
		this.input = DataFileInput.open(file);
		this.bytes = new CountingInputStream(new BufferedInputStream(this.input, 1 << 16));
		this.reader = CsvReader.builder()
			.detectBomHeader(true)
			.skipEmptyLines(true)
			.allowExtraFields(true)
			.allowMissingFields(true)
			.ofCsvRecord(this.bytes, StandardCharsets.UTF_8);
		this.records = this.reader.iterator();
		if (!this.records.hasNext()) {
			this.width = 0;
			return;
		}
		CsvRecord header = this.records.next();
		this.header = header;
		this.width = header.getFieldCount();
		for (int i = 0; i < header.getFieldCount(); i++) {
			String name = header.getField(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
			this.columns.putIfAbsent(name, i);
		}
	}

	static CsvFile open(Path file) throws IOException {
		return new CsvFile(file);
	}

	/** The position of a column, or -1 when the header lacks it. */
	int column(String name) {
		return this.columns.getOrDefault(name, -1);
	}

	boolean has(String name) {
		return this.columns.containsKey(name);
	}

	boolean isEmpty() {
		return this.width == 0;
	}

	/** How many fields the header has: every row must have as many. */
	int width() {
		return this.width;
	}

	/** The first row's fields, as read. */
	List<String> firstRow() {
		return (this.header != null) ? this.header.getFields() : List.of();
	}

	/**
	 * For files published without a header: the first row is data, and the columns are
	 * these, in this order.
	 */
	void headerless(List<String> names) {
		this.columns.clear();
		for (int i = 0; i < names.size(); i++) {
			this.columns.put(names.get(i), i);
		}
		this.width = names.size();
		this.pending = this.header;
	}

	/** The next row, or null at the end of the file. */
	CsvRecord next() throws CsvFileException {
		if (this.pending != null) {
			CsvRecord first = this.pending;
			this.pending = null;
			return first;
		}
		try {
			return this.records.hasNext() ? this.records.next() : null;
		}
		catch (CsvParseException ex) {
			throw new CsvFileException(ex.getMessage());
		}
	}

	/** How far into the file on disk (an archive, when it is one) reading has come. */
	long bytesRead() {
		return DataFileInput.fileBytes(this.input, this.bytes.count);
	}

	@Override
	public void close() throws IOException {
		this.reader.close();
	}

	/** The file cannot be read as CSV past this point (an unclosed quote...). */
	static final class CsvFileException extends Exception {

		CsvFileException(String message) {
			super(message);
		}

	}

	private static final class CountingInputStream extends FilterInputStream {

		private long count;

		CountingInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				this.count++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				this.count += n;
			}
			return n;
		}

	}

}
