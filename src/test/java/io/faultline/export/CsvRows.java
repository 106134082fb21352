package io.faultline.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 4180 reader for the tests, written apart from the code under test: quoted fields
 * may hold commas, doubled quotes and newlines.
 */
record CsvRows(List<String> header, List<Map<String, String>> rows) {

	static CsvRows parse(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n') {
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
			}
			else if (c != '\r') {
				field.append(c);
			}
		}
		if (field.length() > 0 || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		List<String> header = records.get(0);
		List<Map<String, String>> rows = new ArrayList<>();
		for (List<String> values : records.subList(1, records.size())) {
			if (values.size() != header.size()) {
				throw new IllegalStateException("Row " + rows.size() + " has " + values.size() + " fields, not "
						+ header.size() + ": " + values);
			}
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				row.put(header.get(i), values.get(i));
			}
			rows.add(row);
		}
		return new CsvRows(header, rows);
	}

	List<String> column(String name) {
		return this.rows.stream().map((row) -> row.get(name)).toList();
	}

	Map<String, String> row(String column, String value) {
		return this.rows.stream()
			.filter((row) -> value.equals(row.get(column)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No row with " + column + " = " + value));
	}

}
