package io.faultline.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * ACLED CSV exports, in every shape found in the wild: the current 31 columns (since
 * March 2023), the pre-2023 export with {@code data_id} and {@code iso3}, its actor-based
 * variant (one row per actor, merged into one event) and the pre-2019 schema without
 * {@code sub_event_type}. The shape is told by the header.
 */
@Component
class AcledImport implements FileImport {

	static final String KIND = "acled";

	/** Columns every shape has and the record cannot do without. */
	private static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "event_type", "actor1",
			"location", "latitude", "longitude", "fatalities");

	/** Actor types as the API's text labels give them, besides the codes 1 to 8. */
	private static final Map<String, Integer> INTER_LABELS = Map.of("state forces", 1, "rebel group", 2,
			"political militia", 3, "identity militia", 4, "rioters", 5, "protesters", 6, "civilians", 7,
			"external/other forces", 8);

	private static final String[] DATE_PRECISIONS = { "DAY", "WEEK", "MONTH" };

	private static final String[] LOCATION_PRECISIONS = { "EXACT", "NEAR", "REGION" };

	private final StagedImport staged;

	private final JdbcClient jdbc;

	AcledImport(StagedImport staged, JdbcClient jdbc) {
		this.staged = staged;
		this.jdbc = jdbc;
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
		AcledTaxonomy taxonomy = new AcledTaxonomy(this.jdbc);
		return this.staged.run(Dataset.ACLED, file, dryRun, progress, requestedBy, (csv) -> new Parser(csv, taxonomy));
	}

	/** Reads the rows of one file, in the shape its header says. */
	static final class Parser implements StagedImport.RowParser {

		private final CsvFile csv;

		private final AcledTaxonomy taxonomy;

		/** The pre-2019 schema: old event types, no sub-event type. */
		private final boolean oldTypes;

		private final boolean hasDisorder;

		private final boolean hasCivilianTargeting;

		Parser(CsvFile csv, AcledTaxonomy taxonomy) {
			this.csv = csv;
			this.taxonomy = taxonomy;
			this.oldTypes = !csv.has("sub_event_type");
			this.hasDisorder = csv.has("disorder_type");
			this.hasCivilianTargeting = csv.has("civilian_targeting");
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
			return "event_id_cnty";
		}

		@Override
		public boolean actorBased() {
			return !this.csv.has("actor2");
		}

		@Override
		public StagedEvent parse(CsvRow row) {
			String id = row.required("event_id_cnty");
			LocalDate date = row.date("event_date");
			Integer timePrecision = row.integer("time_precision", 1, 3);
			Integer inter1 = inter(row, "inter1");
			Integer inter2 = inter(row, "inter2");
			AcledTaxonomy.Coding coding = coding(row, inter1);
			String disorder = (coding != null) ? disorder(row, coding) : null;
			String actor1 = row.required("actor1");
			String location = row.required("location");
			double latitude = row.decimal("latitude", -90, 90);
			double longitude = row.decimal("longitude", -180, 180);
			Integer geoPrecision = row.integer("geo_precision", 1, 3);
			Integer fatalities = row.integer("fatalities", 0, Integer.MAX_VALUE);
			if (fatalities == null && row.text("fatalities") == null) {
				row.reject("fatalities", "is empty (write 0 when none were reported)");
			}
			Long timestamp = row.longInteger("timestamp");
			if (row.rejected()) {
				return null;
			}
			boolean civilianTargeting = this.hasCivilianTargeting ? row.text("civilian_targeting") != null
					: coding.typeCode().equals("VIOLENCE_AGAINST_CIVILIANS");
			return new StagedEvent(row.line(), id, date,
					DATE_PRECISIONS[(timePrecision != null) ? timePrecision - 1 : 0], null, disorder, coding.typeCode(),
					coding.subCode(), civilianTargeting, location, latitude, longitude,
					LOCATION_PRECISIONS[(geoPrecision != null) ? geoPrecision - 1 : 0], null, fatalities, null,
					row.text("notes"), row.text("source"), row.text("source_scale"), actor1, row.text("assoc_actor_1"),
					inter1, row.text("actor2"), row.text("assoc_actor_2"), inter2,
					(timestamp != null) ? timestamp.toString() : null);
		}

		private AcledTaxonomy.Coding coding(CsvRow row, Integer inter1) {
			String type = row.required("event_type");
			if (type == null) {
				return null;
			}
			if (this.oldTypes) {
				AcledTaxonomy.Coding old = this.taxonomy.oldType(type, inter1);
				if (old == null) {
					row.reject("event_type", "'" + type + "' is not an event type of ACLED's pre-2019 schema");
				}
				return old;
			}
			String typeCode = this.taxonomy.typeCode(type);
			if (typeCode == null) {
				row.reject("event_type", "'" + type + "' is not an ACLED event type");
				return null;
			}
			String sub = row.required("sub_event_type");
			if (sub == null) {
				return null;
			}
			String subCode = this.taxonomy.subCode(typeCode, sub);
			if (subCode == null) {
				row.reject("sub_event_type", "'" + sub + "' is not a sub-event type of " + type);
				return null;
			}
			return new AcledTaxonomy.Coding(typeCode, subCode, this.taxonomy.disorderOf(typeCode));
		}

		private String disorder(CsvRow row, AcledTaxonomy.Coding coding) {
			String name = this.hasDisorder ? row.text("disorder_type") : null;
			if (name == null) {
				return coding.disorderCode();
			}
			String code = this.taxonomy.disorderCode(name);
			if (code == null) {
				row.reject("disorder_type", "'" + name + "' is not an ACLED disorder type");
			}
			return code;
		}

		private static Integer inter(CsvRow row, String column) {
			String value = row.text(column);
			if (value == null) {
				return null;
			}
			Integer label = INTER_LABELS.get(value.toLowerCase(Locale.ROOT));
			if (label != null) {
				return label;
			}
			Integer code = row.integer(column, 0, 8);
			// ACLED writes 0 when there is no such actor
			return (code != null && code > 0) ? code : null;
		}

	}

}
