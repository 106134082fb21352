package io.faultline.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * UCDP's Georeferenced Event Dataset (GED) as CSV: one row per event with at least one
 * death, with low / best / high estimates, the dyad's two sides, and how precisely place
 * and date are known. Files published without a header (some candidate releases) are read
 * in the standard 49-column order.
 *
 * <p>
 * UCDP's {@code type_of_violence} maps onto ACLED's taxonomy as the record uses it:
 * state-based (1) and non-state (2) violence are fighting between organised armed groups,
 * ACLED's Battles / Armed clash (GED does not code changes of territory, so no other
 * battle sub-type can be told); one-sided violence (3) is an organised group killing
 * civilians, ACLED's Violence against civilians / Attack, with civilian targeting.
 */
@Component
class UcdpImport implements FileImport {

	static final String KIND = "ucdp";

	static final List<String> STANDARD_COLUMNS = List.of("id", "relid", "year", "active_year", "code_status",
			"type_of_violence", "conflict_dset_id", "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id",
			"dyad_name", "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b",
			"number_of_sources", "source_article", "source_office", "source_date", "source_headline", "source_original",
			"where_prec", "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude",
			"geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec", "date_start",
			"date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low", "gwnoa",
			"gwnob");

	private static final List<String> REQUIRED = List.of("id", "type_of_violence", "side_a", "side_b", "latitude",
			"longitude", "where_prec", "date_prec", "date_start", "best");

	/** date_prec 1 to 5: exact day, 2-6 days, a week, a month, a year. */
	private static final String[] DATE_PRECISIONS = { "DAY", "WEEK", "WEEK", "MONTH", "YEAR" };

	private final StagedImport staged;

	UcdpImport(StagedImport staged) {
		this.staged = staged;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public ImportReport run(Path file, boolean dryRun) throws IOException {
		return run(file, dryRun, ImportProgress.NONE, "command line");
	}

	@Override
	public ImportReport run(Path file, boolean dryRun, ImportProgress progress, String requestedBy) throws IOException {
		return this.staged.run(Dataset.UCDP, file, dryRun, progress, requestedBy, Parser::new);
	}

	static final class Parser implements StagedImport.RowParser {

		private final CsvFile csv;

		Parser(CsvFile csv) {
			this.csv = csv;
			List<String> first = csv.firstRow();
			if (!csv.has("id") && first.size() == STANDARD_COLUMNS.size() && first.getFirst().strip().matches("\\d+")) {
				csv.headerless(STANDARD_COLUMNS);
			}
		}

		@Override
		public List<String> missingColumns() {
			List<String> missing = new ArrayList<>();
			for (String column : REQUIRED) {
				if (!this.csv.has(column)) {
					missing.add(column);
				}
			}
			return missing;
		}

		@Override
		public String idColumn() {
			return "id";
		}

		@Override
		public boolean actorBased() {
			return false;
		}

		@Override
		public StagedEvent parse(CsvRow row) {
			Integer id = row.integer("id", 1, Integer.MAX_VALUE);
			if (id == null && row.text("id") == null) {
				row.reject("id", "is empty");
			}
			Integer violence = row.integer("type_of_violence", 1, 3);
			if (violence == null && row.text("type_of_violence") == null) {
				row.reject("type_of_violence", "is empty");
			}
			String sideA = row.required("side_a");
			String sideB = row.required("side_b");
			double latitude = row.decimal("latitude", -90, 90);
			double longitude = row.decimal("longitude", -180, 180);
			Integer wherePrecision = row.integer("where_prec", 1, 7);
			Integer datePrecision = row.integer("date_prec", 1, 5);
			LocalDate start = row.date("date_start");
			LocalDate end = (row.text("date_end") != null) ? row.date("date_end") : null;
			if (start != null && end != null && end.isBefore(start)) {
				row.reject("date_end", end + " is before date_start " + start);
			}
			Integer best = row.integer("best", 0, Integer.MAX_VALUE);
			Integer low = row.integer("low", 0, Integer.MAX_VALUE);
			Integer high = row.integer("high", 0, Integer.MAX_VALUE);
			if (best == null && row.text("best") == null) {
				row.reject("best", "is empty");
			}
			if (low != null && best != null && low > best) {
				row.reject("low", "low " + low + " is above best " + best);
			}
			if (high != null && best != null && high < best) {
				row.reject("high", "high " + high + " is below best " + best);
			}
			if (row.rejected()) {
				return null;
			}
			boolean oneSided = violence == 3;
			// GED names places "Kidal town", "Aguelhok village": the place is Kidal,
			// Aguelhok.
			String location = firstOf(row, "where_coordinates", "adm_2", "adm_1", "country");
			location = (location != null) ? location.replaceFirst("(?i)\\s+(town|village|city)$", "") : null;
			String headline = firstOf(row, "source_headline", "source_article");
			return new StagedEvent(row.line(), id.toString(), start,
					DATE_PRECISIONS[(datePrecision != null) ? datePrecision - 1 : 0],
					(end != null && end.isAfter(start)) ? end : null, "POLITICAL_VIOLENCE",
					oneSided ? "VIOLENCE_AGAINST_CIVILIANS" : "BATTLES", oneSided ? "ATTACK" : "ARMED_CLASH", oneSided,
					(location != null) ? location : "Unknown location", latitude, longitude, precision(wherePrecision),
					low, best, high, headline, row.text("source_office"), null, sideA, null, (violence == 1) ? 1 : null,
					sideB, null, null, digest(row.fields()));
		}

		/**
		 * where_prec 1 exact, 2 near a named place, 3 to 7 an area (ADM2, ADM1,
		 * country...).
		 */
		private static String precision(Integer wherePrecision) {
			if (wherePrecision == null || wherePrecision == 1) {
				return "EXACT";
			}
			return (wherePrecision == 2) ? "NEAR" : "REGION";
		}

		private static String firstOf(CsvRow row, String... columns) {
			for (String column : columns) {
				String value = row.text(column);
				if (value != null) {
					return value;
				}
			}
			return null;
		}

		/** Says whether a row read again differs from the one imported before. */
		private static String digest(List<String> fields) {
			try {
				MessageDigest md5 = MessageDigest.getInstance("MD5");
				for (String field : fields) {
					md5.update(field.getBytes(StandardCharsets.UTF_8));
					md5.update((byte) 0x1f);
				}
				return HexFormat.of().formatHex(md5.digest());
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
