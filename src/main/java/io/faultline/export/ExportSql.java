package io.faultline.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL pieces the exports share. PostgreSQL's {@code COPY} takes no bind parameters, so a
 * query's named parameters are bound as transaction-local settings (through a prepared
 * {@code set_config}) and read back, typed, with {@code current_setting}: user input
 * never becomes SQL text.
 */
final class ExportSql {

	/** The settings' namespace; transaction-local, gone at commit. */
	static final String PREFIX = "faultline_export.";

	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	/**
	 * One jsonb object, {@code geo.region_paths}, from each region's id to the names of
	 * its country and admin levels 1 to 3 above or at it (by level: country = 0), and
	 * that country's ISO 3166-1 numeric code and ACLED region, in that order. Codes are
	 * known for the countries around the Sahel, by alpha-2 code (the country region's
	 * code); elsewhere the last two are null. And {@code disorder_names.names}, from each
	 * disorder type's code to its name. An event reads each with one key look-up, however
	 * many regions there are: a scan of a CTE per event, as before, took a second per
	 * million events with 12 regions, and grew with the number of regions.
	 */
	static final String LOOKUPS = """
			countries (code, iso, acled_region) AS (VALUES
			    ('ML', 466, 'Western Africa'), ('BF', 854, 'Western Africa'), ('NE', 562, 'Western Africa'),
			    ('MR', 478, 'Western Africa'), ('SN', 686, 'Western Africa'), ('GN', 324, 'Western Africa'),
			    ('CI', 384, 'Western Africa'), ('NG', 566, 'Western Africa'), ('GH', 288, 'Western Africa'),
			    ('TG', 768, 'Western Africa'), ('BJ', 204, 'Western Africa'), ('GM', 270, 'Western Africa'),
			    ('GW', 624, 'Western Africa'), ('SL', 694, 'Western Africa'), ('LR', 430, 'Western Africa'),
			    ('CV', 132, 'Western Africa'), ('DZ', 12, 'Northern Africa'), ('LY', 434, 'Northern Africa'),
			    ('SD', 729, 'Northern Africa'), ('TD', 148, 'Middle Africa'), ('CM', 120, 'Middle Africa')),
			region_paths (id, country_code, country, admin1, admin2, admin3) AS (
			    SELECT r.id, split_part(r.code, '-', 1),
			           CASE WHEN r.level = 0 THEN r.name END, CASE WHEN r.level = 1 THEN r.name END,
			           CASE WHEN r.level = 2 THEN r.name END, CASE WHEN r.level = 3 THEN r.name END
			      FROM region r WHERE r.parent_id IS NULL
			    UNION ALL
			    SELECT r.id, rp.country_code,
			           CASE WHEN r.level = 0 THEN r.name ELSE rp.country END,
			           CASE WHEN r.level = 1 THEN r.name ELSE rp.admin1 END,
			           CASE WHEN r.level = 2 THEN r.name ELSE rp.admin2 END,
			           CASE WHEN r.level = 3 THEN r.name ELSE rp.admin3 END
			      FROM region r JOIN region_paths rp ON r.parent_id = rp.id),
			geo (region_paths) AS MATERIALIZED (
			    SELECT jsonb_object_agg(rp.id, jsonb_build_array(rp.country, rp.admin1, rp.admin2, rp.admin3,
			                                                     CAST(c.iso AS text), c.acled_region))
			      FROM region_paths rp LEFT JOIN countries c ON c.code = rp.country_code),
			disorder_names (names) AS MATERIALIZED (SELECT jsonb_object_agg(code, name) FROM disorder_type)""";

	private ExportSql() {
	}

	/**
	 * A text column made safe to open in a spreadsheet (OWASP CSV injection): a value
	 * beginning with {@code = + - @}, a tab or a carriage return gets a leading
	 * apostrophe. Only for text columns: numbers stay numbers, negative ones included.
	 */
	static String text(String column) {
		// ascii() reads the first character's code without copying the text as left()
		// does.
		return "CASE WHEN ascii(%1$s) IN (61, 43, 45, 64, 9, 13) THEN '''' || %1$s ELSE %1$s END".formatted(column);
	}

	/** {@link #text} for each column, as a select list. */
	static String texts(List<String> columns) {
		return String.join(", ", columns.stream().map((c) -> text(c) + " AS " + c).toList());
	}

	/**
	 * Binds {@code params} on {@code connection} (inside its transaction) and returns
	 * {@code sql} with each {@code :name} replaced by the typed setting that holds it.
	 */
	static String bind(Connection connection, String sql, Map<String, Object> params) throws SQLException {
		String bound = sql;
		// Longest names first, so that :to never eats the start of :tolerance.
		List<String> names = params.keySet().stream().sorted(Comparator.comparing(String::length).reversed()).toList();
		try (PreparedStatement statement = connection.prepareStatement("SELECT set_config(?, ?, true)")) {
			for (String name : names) {
				if (!NAME.matcher(name).matches()) {
					throw new IllegalArgumentException("Not a parameter name: " + name);
				}
				Object value = params.get(name);
				statement.setString(1, PREFIX + name);
				statement.setString(2, (value != null) ? asText(value) : "");
				statement.execute();
				String read = (value != null)
						? "CAST(current_setting('%s%s') AS %s)".formatted(PREFIX, name, sqlType(value))
						: "CAST(NULL AS text)";
				bound = Pattern.compile("(?<![:\\w]):" + name + "(?!\\w)")
					.matcher(bound)
					.replaceAll(Matcher.quoteReplacement(read));
			}
		}
		return bound;
	}

	/**
	 * The exports' lateral look-ups make the planner's cost estimate large enough to
	 * trigger JIT compilation, which costs seconds before the first row and gains nothing
	 * here.
	 */
	static void withoutJit(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET LOCAL jit = off");
		}
	}

	private static String asText(Object value) {
		return (value instanceof Enum<?> constant) ? constant.name() : value.toString();
	}

	private static String sqlType(Object value) {
		return switch (value) {
			case LocalDate date -> "date";
			case Long number -> "bigint";
			case Integer number -> "integer";
			case Boolean flag -> "boolean";
			case String text -> "text";
			case Enum<?> constant -> "text";
			default -> throw new IllegalArgumentException("Cannot bind a " + value.getClass().getSimpleName());
		};
	}

}
