package io.faultline.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * One row of a CSV file being checked: reads its fields by column name and notes, with
 * the line and column, every value it cannot use. A row with any problem is rejected.
 */
final class CsvRow {

	/** ISO dates, {@code 31 December 2020}, {@code 31-12-2020}, {@code 31/12/2020}. */
	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
			new DateTimeFormatterBuilder().parseCaseInsensitive()
				.appendPattern("d MMMM uuuu")
				.toFormatter(Locale.ENGLISH)
				.withResolverStyle(ResolverStyle.STRICT),
			new DateTimeFormatterBuilder().parseCaseInsensitive()
				.appendPattern("d MMM uuuu")
				.toFormatter(Locale.ENGLISH)
				.withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));

	private static final java.util.regex.Pattern MIDNIGHT = java.util.regex.Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}[ T]00:00(:00(\\.0+)?)?Z?");

	private final CsvFile file;

	private final CsvRecord record;

	private final ImportProblems problems;

	private boolean rejected;

	CsvRow(CsvFile file, CsvRecord record, ImportProblems problems) {
		this.file = file;
		this.record = record;
		this.problems = problems;
		if (record.getFieldCount() != file.width()) {
			reject(null, "has " + record.getFieldCount() + " fields where the header has " + file.width()
					+ " (a stray comma or quote?)");
		}
	}

	long line() {
		return this.record.getStartingLineNumber();
	}

	boolean rejected() {
		return this.rejected;
	}

	void reject(String column, String message) {
		this.rejected = true;
		this.problems.add(line(), column, message);
	}

	/** The trimmed value, or null when the column is absent or the value blank. */
	String text(String column) {
		int i = this.file.column(column);
		if (i < 0 || i >= this.record.getFieldCount()) {
			return null;
		}
		String value = this.record.getField(i).strip();
		return value.isEmpty() ? null : value;
	}

	String required(String column) {
		String value = text(column);
		if (value == null) {
			reject(column, "is empty");
		}
		return value;
	}

	LocalDate date(String column) {
		String value = required(column);
		if (value == null) {
			return null;
		}
		// UCDP writes "2019-05-01 00:00:00.000": the day is what counts
		if (value.length() > 10 && MIDNIGHT.matcher(value).matches()) {
			value = value.substring(0, 10);
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(value, format);
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		reject(column, "'" + value + "' is not a date (expected 2023-11-14 or 14 November 2023)");
		return null;
	}

	/** An integer within bounds, or null when blank. */
	Integer integer(String column, long min, long max) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			long n = Long.parseLong(value);
			if (n < min || n > max) {
				reject(column, "'" + value + "' is out of range (" + min + " to " + max + ")");
				return null;
			}
			return (int) n;
		}
		catch (NumberFormatException ex) {
			reject(column, "'" + value + "' is not a whole number");
			return null;
		}
	}

	Long longInteger(String column) {
		String value = text(column);
		if (value == null) {
			return null;
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			reject(column, "'" + value + "' is not a whole number");
			return null;
		}
	}

	/** A required decimal within bounds, or NaN when missing or wrong. */
	double decimal(String column, double min, double max) {
		String value = required(column);
		if (value == null) {
			return Double.NaN;
		}
		try {
			double n = Double.parseDouble(value);
			if (!(n >= min && n <= max)) {
				reject(column, "'" + value + "' is out of range (" + min + " to " + max + ")");
				return Double.NaN;
			}
			return n;
		}
		catch (NumberFormatException ex) {
			reject(column, "'" + value + "' is not a number");
			return Double.NaN;
		}
	}

	/** The raw fields, for a digest of the row. */
	List<String> fields() {
		return this.record.getFields();
	}

}
