package io.faultline.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.faultline.system.ChangeReason;

/**
 * Administrative boundaries from GeoJSON (a FeatureCollection of Polygon or MultiPolygon
 * features in WGS84) into regions; then every place gets the most detailed region whose
 * boundary covers it. A folder is imported as one: all its {@code .geojson} and
 * {@code .json} files in one transaction, so parents and children may come in any order.
 * <p>
 * The properties are read in the scheme of the file's source, detected per feature:
 * geoBoundaries ({@code shapeName}, {@code shapeISO}, {@code shapeID}, {@code shapeType}
 * ADM1/ADM2), OCHA/HDX common operational datasets ({@code ADM1_PCODE}, {@code ADM1_FR},
 * {@code ADM1_EN}, {@code ADM0_PCODE}...), ISO 3166-2 ({@code iso_3166_2}, {@code name},
 * {@code name_fr}, {@code level}, {@code parent_iso_3166_2}) and Natural Earth countries
 * ({@code iso_a2}, {@code adm0_a3}, {@code admin}, {@code name}).
 * <p>
 * A feature updates the region with its code, else the only region of its level with its
 * name (ignoring accents and case; so OCHA's "ML08" finds the demo's "ML-8" Kidal), else
 * the only region of its level without a boundary whose places lie mostly inside it, else
 * becomes a new region. An existing region keeps its code, names and parent; it gains the
 * boundary and what it lacks (French name, parent). The parent is the region named by the
 * parent code, else the region one level up whose boundary holds the feature.
 */
@Component
class BoundaryImport implements FileImport {

	static final String KIND = "boundaries";

	static final int MAX_PROBLEMS = 1000;

	private static final Pattern OCHA_PCODE = Pattern.compile("(?i)adm(?:in)?(\\d)_?pcode");

	private static final Pattern LEVEL = Pattern.compile("(?i)(?:adm)?\\s*(\\d)");

	private static final Pattern ISO_3166_2 = Pattern.compile("([A-Z]{2})-[A-Z0-9]{1,3}");

	private static final Logger logger = LoggerFactory.getLogger(BoundaryImport.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	// Features are read one by one from the stream: the rest of the file follows each.
	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	BoundaryImport(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public ImportReport run(Path file, boolean dryRun) throws IOException {
		Instant start = this.clock.instant();
		List<Path> files = files(file);
		String reason = "Boundaries import of " + file.getFileName();
		Counts counts;
		try {
			counts = ChangeReason.during(reason, () -> this.transactions.execute((status) -> GazetteerSavepoint
				.undoUnless(this.dataSource, reason, (undo) -> load(files, Files.isDirectory(file), dryRun, undo))));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		catch (DataAccessException ex) {
			// What the Java checks let through and PostGIS refused.
			counts = new Counts(0, 0, 0, 0, List.of(new ImportProblem(0, null,
					"PostGIS could not read the geometries: " + ex.getMostSpecificCause().getMessage())));
		}
		return new ImportReport(KIND, dryRun, counts.created, counts.updated, counts.unchanged, counts.problems,
				Duration.between(start, this.clock.instant()));
	}

	/** The file, or the GeoJSON files of a folder in name order. */
	static List<Path> files(Path fileOrFolder) throws IOException {
		if (!Files.isDirectory(fileOrFolder)) {
			return List.of(fileOrFolder);
		}
		try (Stream<Path> children = Files.list(fileOrFolder)) {
			return children.filter((child) -> {
				String name = child.getFileName().toString().toLowerCase(Locale.ROOT);
				return Files.isRegularFile(child) && (name.endsWith(".geojson") || name.endsWith(".json"));
			}).sorted().toList();
		}
	}

	private Counts load(List<Path> files, boolean folder, boolean dryRun, Runnable undo) {
		createStaging();
		List<ImportProblem> problems = new ArrayList<>();
		if (files.isEmpty()) {
			problems.add(new ImportProblem(0, null, "no .geojson or .json file in the folder"));
		}
		try (GazetteerStaging staging = GazetteerStaging.open(this.dataSource,
				"boundary_staging (source, feature, line, code, name, name_fr, level, parent_code, geojson)")) {
			for (Path file : files) {
				new FileReader(file, folder ? file.getFileName() + " " : "", staging, problems).read();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not stage the boundaries: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			undo.run();
			throw new UncheckedIOException(ex);
		}
		if (problems.isEmpty()) {
			problems.addAll(duplicates());
		}
		if (problems.isEmpty()) {
			problems.addAll(geometries(folder));
		}
		if (!problems.isEmpty()) {
			undo.run();
			return new Counts(0, 0, 0, 0, problems);
		}
		Counts counts = merge();
		this.jdbc.sql("DROP TABLE boundary_staging").update();
		if (dryRun) {
			undo.run();
		}
		logger.info("Boundaries {}{}: {} new, {} updated, {} unchanged regions; {} places moved to another region",
				files.stream().map(Path::getFileName).toList(), dryRun ? " (dry run)" : "", counts.created,
				counts.updated, counts.unchanged, counts.placesMoved);
		return counts;
	}

	private void createStaging() {
		this.jdbc.sql("DROP TABLE IF EXISTS boundary_staging").update();
		this.jdbc.sql("""
				CREATE TEMP TABLE boundary_staging (
				    source      text NOT NULL,
				    feature     integer NOT NULL,
				    line        bigint NOT NULL,
				    code        text NOT NULL,
				    name        text NOT NULL,
				    name_fr     text,
				    level       smallint NOT NULL,
				    parent_code text,
				    geojson     text NOT NULL,
				    boundary    geometry(MultiPolygon, 4326),
				    region_id   bigint,
				    created     boolean NOT NULL DEFAULT false,
				    changed     boolean NOT NULL DEFAULT false
				) ON COMMIT DROP""").update();
	}

	/** Streams one file's features into the staging table, noting every problem. */
	private final class FileReader {

		private final Path file;

		private final String prefix;

		private final GazetteerStaging staging;

		private final List<ImportProblem> problems;

		FileReader(Path file, String prefix, GazetteerStaging staging, List<ImportProblem> problems) {
			this.file = file;
			this.prefix = prefix;
			this.staging = staging;
			this.problems = problems;
		}

		void read() throws IOException, SQLException {
			boolean collection = false;
			boolean features = false;
			try (JsonParser parser = BoundaryImport.this.json.createParser(DataFileInput.open(this.file))) {
				if (parser.nextToken() != JsonToken.START_OBJECT) {
					fileProblem(parser.currentTokenLocation(), "not GeoJSON: expected a FeatureCollection object");
					return;
				}
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String field = parser.currentName();
					JsonToken value = parser.nextToken();
					if ("type".equals(field)) {
						collection = value == JsonToken.VALUE_STRING && "FeatureCollection".equals(parser.getString());
						if (!collection) {
							fileProblem(parser.currentTokenLocation(),
									"not a GeoJSON FeatureCollection (type " + parser.getText() + ")");
						}
					}
					else if ("features".equals(field) && value == JsonToken.START_ARRAY) {
						features = true;
						int index = 0;
						while (parser.nextToken() != JsonToken.END_ARRAY) {
							long line = parser.currentTokenLocation().getLineNr();
							JsonNode feature = BoundaryImport.this.json.readTree(parser);
							feature(feature, index++, line);
							if (this.problems.size() >= MAX_PROBLEMS) {
								fileProblem(parser.currentTokenLocation(),
										"stopped after " + MAX_PROBLEMS + " problems");
								return;
							}
						}
					}
					else {
						parser.skipChildren();
					}
				}
			}
			catch (JacksonException ex) {
				fileProblem(ex.getLocation(), "not valid JSON: " + ex.getOriginalMessage());
				return;
			}
			if (!collection && this.problems.isEmpty()) {
				fileProblem(null, "not a GeoJSON FeatureCollection (no \"type\": \"FeatureCollection\")");
			}
			else if (!features && this.problems.isEmpty()) {
				fileProblem(null, "the FeatureCollection has no \"features\" array");
			}
		}

		private void fileProblem(TokenStreamLocation location, String message) {
			long line = (location != null && location.getLineNr() > 0) ? location.getLineNr() : 0;
			String column = (location != null && location.getColumnNr() > 0)
					? this.prefix + "character " + location.getColumnNr() : blankToNull(this.prefix.strip());
			this.problems.add(new ImportProblem(line, column, message));
		}

		private void feature(JsonNode feature, int index, long line) throws SQLException {
			String at = this.prefix + "features[" + index + "]";
			if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
				this.problems.add(new ImportProblem(line, at + ".type", "not a GeoJSON Feature"));
				return;
			}
			JsonNode geometry = feature.get("geometry");
			if (geometry == null || geometry.isNull()) {
				this.problems.add(new ImportProblem(line, at + ".geometry", "the feature has no geometry"));
			}
			else {
				checkGeometry(geometry, line, at + ".geometry");
			}
			Region region = region(feature.get("properties"), line, at + ".properties");
			if (this.problems.isEmpty() && region != null) {
				this.staging.value(this.file.getFileName())
					.value(index)
					.value(line)
					.value(region.code)
					.value(region.name)
					.value(region.nameFr)
					.value(region.level)
					.value(region.parentCode)
					.value(BoundaryImport.this.json.writeValueAsString(geometry));
				this.staging.endRow();
			}
		}

		private void checkGeometry(JsonNode geometry, long line, String at) {
			String type = geometry.path("type").asString("");
			JsonNode coordinates = geometry.get("coordinates");
			if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
				this.problems.add(new ImportProblem(line, at + ".type", "a "
						+ (type.isEmpty() ? "geometry without type" : type) + ", expected Polygon or MultiPolygon"));
				return;
			}
			if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
				this.problems.add(new ImportProblem(line, at + ".coordinates", "no coordinates"));
				return;
			}
			String where = at + ".coordinates";
			if (type.equals("Polygon")) {
				checkPolygon(coordinates, line, where);
			}
			else {
				for (int i = 0; i < coordinates.size(); i++) {
					checkPolygon(coordinates.get(i), line, where + "[" + i + "]");
				}
			}
		}

		private void checkPolygon(JsonNode rings, long line, String at) {
			if (!rings.isArray() || rings.isEmpty()) {
				this.problems.add(new ImportProblem(line, at, "a polygon needs at least one ring"));
				return;
			}
			for (int r = 0; r < rings.size(); r++) {
				JsonNode ring = rings.get(r);
				String where = at + "[" + r + "]";
				if (!ring.isArray() || ring.size() < 4) {
					this.problems.add(new ImportProblem(line, where, "a ring needs at least 4 positions"));
					continue;
				}
				for (int p = 0; p < ring.size(); p++) {
					if (!position(ring.get(p), line, where + "[" + p + "]")) {
						return;
					}
				}
				if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
					this.problems.add(new ImportProblem(line, where, "the ring is not closed (last position ≠ first)"));
				}
			}
		}

		private boolean position(JsonNode position, long line, String at) {
			if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
					|| !position.get(1).isNumber()) {
				this.problems.add(new ImportProblem(line, at, "a position must be [longitude, latitude] numbers"));
				return false;
			}
			double longitude = position.get(0).asDouble();
			double latitude = position.get(1).asDouble();
			if (longitude < -180 || longitude > 180 || latitude < -90 || latitude > 90) {
				this.problems.add(new ImportProblem(line, at, "[" + longitude + ", " + latitude
						+ "] is not a WGS84 longitude and latitude (GeoJSON is lon, lat in degrees)"));
				return false;
			}
			return true;
		}

		private Region region(JsonNode properties, long line, String at) {
			if (properties == null || !properties.isObject()) {
				this.problems.add(new ImportProblem(line, at, "the feature has no properties to name its region"));
				return null;
			}
			Region region;
			try {
				region = Region.of(properties);
			}
			catch (IllegalArgumentException ex) {
				this.problems.add(new ImportProblem(line, at, ex.getMessage()));
				return null;
			}
			if (region == null) {
				this.problems.add(new ImportProblem(line, at,
						"unknown property scheme: expected geoBoundaries (shapeName, shapeISO, shapeType), "
								+ "OCHA (ADM1_PCODE, ADM1_FR...), ISO 3166-2 (iso_3166_2, name) "
								+ "or Natural Earth (iso_a2, adm0_a3, name) properties"));
			}
			return region;
		}

	}

	/** What a feature says about its region, whatever the scheme. */
	record Region(String code, String name, String nameFr, int level, String parentCode) {

		/**
		 * Null when no scheme is recognized; throws when one is but a value is missing.
		 */
		static Region of(JsonNode properties) {
			if (properties.has("shapeName") || properties.has("shapeType")) {
				String code = text(properties, "shapeISO");
				if (code == null || code.equalsIgnoreCase("None")) {
					code = required(properties, "shapeID");
				}
				int level = level(required(properties, "shapeType"), "shapeType");
				return new Region(code, required(properties, "shapeName"), null, level, isoParent(code, level));
			}
			int ocha = -1;
			for (Iterator<Map.Entry<String, JsonNode>> fields = properties.properties().iterator(); fields.hasNext();) {
				Matcher matcher = OCHA_PCODE.matcher(fields.next().getKey());
				if (matcher.matches()) {
					ocha = Math.max(ocha, Integer.parseInt(matcher.group(1)));
				}
			}
			if (ocha >= 0) {
				String code = required(properties, ocha(properties, ocha, "_PCODE", "Pcode"));
				String nameFr = text(properties, ocha(properties, ocha, "_FR", "Name_fr"));
				String name = firstOf(properties, ocha(properties, ocha, "_EN", "Name_en"),
						ocha(properties, ocha, "_REF", "Name"));
				name = (name != null) ? name : nameFr;
				if (name == null) {
					throw new IllegalArgumentException("ADM" + ocha + "_EN or ADM" + ocha + "_FR is missing");
				}
				String parent = (ocha > 0) ? text(properties, ocha(properties, ocha - 1, "_PCODE", "Pcode")) : null;
				return new Region(code, name, nameFr, ocha, parent);
			}
			if (properties.has("iso_3166_2") || properties.has("parent_iso_3166_2")) {
				String name = firstOf(properties, "name_en", "name");
				if (name == null) {
					throw new IllegalArgumentException("name is missing");
				}
				String code = text(properties, "iso_3166_2");
				String parent = text(properties, "parent_iso_3166_2");
				String levelText = text(properties, "level");
				int level = (levelText != null) ? level(levelText, "level") : (code != null) ? 1 : 2;
				if (code == null) {
					// A unit below ISO 3166-2 (Mali's cercles): its parent's code and its
					// name.
					code = required(properties, "parent_iso_3166_2") + "-" + slug(name);
				}
				return new Region(code, name, text(properties, "name_fr"), level,
						(parent != null) ? parent : isoParent(code, level));
			}
			if (properties.has("iso_a2") || properties.has("adm0_a3") || properties.has("iso_a3")) {
				String code = text(properties, "iso_a2");
				if (code == null || !code.matches("[A-Z]{2}")) {
					code = firstOf(properties, "adm0_a3", "iso_a3");
				}
				if (code == null || code.equals("-99")) {
					throw new IllegalArgumentException("no usable iso_a2, adm0_a3 or iso_a3 code");
				}
				String name = firstOf(properties, "name", "admin", "name_long");
				if (name == null) {
					throw new IllegalArgumentException("name is missing");
				}
				return new Region(code, name, text(properties, "name_fr"), 0, null);
			}
			return null;
		}

		/** OCHA's current key (ADM1_PCODE) or the older one (admin1Pcode), as present. */
		private static String ocha(JsonNode properties, int level, String suffix, String oldSuffix) {
			for (String key : List.of("ADM" + level + suffix, "adm" + level + suffix.toLowerCase(Locale.ROOT),
					"admin" + level + oldSuffix)) {
				if (properties.has(key)) {
					return key;
				}
			}
			return "ADM" + level + suffix;
		}

		private static String isoParent(String code, int level) {
			Matcher iso = ISO_3166_2.matcher(code);
			return (level == 1 && iso.matches()) ? iso.group(1) : null;
		}

		private static int level(String text, String key) {
			Matcher matcher = LEVEL.matcher(text.strip());
			if (!matcher.matches() || Integer.parseInt(matcher.group(1)) > 4) {
				throw new IllegalArgumentException(key + " '" + text + "' is not a level ADM0 to ADM4");
			}
			return Integer.parseInt(matcher.group(1));
		}

		private static String required(JsonNode properties, String key) {
			String value = text(properties, key);
			if (value == null) {
				throw new IllegalArgumentException(key + " is missing");
			}
			return value;
		}

		private static String firstOf(JsonNode properties, String... keys) {
			for (String key : keys) {
				String value = text(properties, key);
				if (value != null) {
					return value;
				}
			}
			return null;
		}

		private static String text(JsonNode properties, String key) {
			JsonNode value = properties.get(key);
			if (value == null || value.isNull() || value.isContainer()) {
				return null;
			}
			return blankToNull(value.asString().strip());
		}

		static String slug(String name) {
			return Normalizer.normalize(name, Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "")
				.toUpperCase(Locale.ROOT)
				.replaceAll("[^A-Z0-9]+", "-")
				.replaceAll("^-|-$", "");
		}

	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	private List<ImportProblem> duplicates() {
		return this.jdbc
			.sql("""
					SELECT code, array_agg(concat_ws(' ', source, 'features[' || feature || ']') ORDER BY source, feature) AS at,
					       min(line) AS line
					  FROM boundary_staging GROUP BY code HAVING count(*) > 1 ORDER BY min(source), min(feature)""")
			.query((row, n) -> {
				String[] at = (String[]) row.getArray("at").getArray();
				return new ImportProblem(row.getLong("line"), at[1],
						"region code " + row.getString("code") + " already given by " + at[0]);
			})
			.list();
	}

	/** Makes each geometry a valid MultiPolygon in WGS84; reports those left empty. */
	private List<ImportProblem> geometries(boolean folder) {
		this.jdbc.sql("""
				UPDATE boundary_staging
				   SET boundary = ST_Multi(ST_CollectionExtract(ST_MakeValid(
				                      ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON(geojson)), 4326)), 3))""").update();
		return this.jdbc.sql("""
				SELECT source, feature, line FROM boundary_staging WHERE boundary IS NULL OR ST_IsEmpty(boundary)
				 ORDER BY source, feature""")
			.query((row, n) -> new ImportProblem(row.getLong("line"),
					(folder ? row.getString("source") + " " : "") + "features[" + row.getInt("feature") + "].geometry",
					"the polygon has no area"))
			.list();
	}

	/**
	 * Matches, creates and completes regions set-wise, then re-derives places' regions.
	 */
	private Counts merge() {
		this.jdbc.sql("UPDATE boundary_staging s SET region_id = r.id FROM region r WHERE r.code = s.code").update();
		// By name at the same level, when exactly one region there bears it.
		this.jdbc.sql("""
				WITH named AS (
				    SELECT r.id, r.level, lower(faultline_unaccent(n)) AS folded
				      FROM region r CROSS JOIN LATERAL (SELECT r.name AS n UNION SELECT r.name_fr) names
				     WHERE n IS NOT NULL AND NOT EXISTS (SELECT 1 FROM boundary_staging s WHERE s.region_id = r.id)),
				candidate AS (
				    SELECT DISTINCT s.code, n.id
				      FROM boundary_staging s
				      JOIN named n ON n.level = s.level
				       AND n.folded IN (lower(faultline_unaccent(s.name)), lower(faultline_unaccent(s.name_fr)))
				     WHERE s.region_id IS NULL),
				unique_match AS (
				    SELECT code, min(id) AS id FROM candidate GROUP BY code HAVING count(*) = 1),
				unique_region AS (
				    SELECT id, min(code) AS code FROM unique_match GROUP BY id HAVING count(*) = 1)
				UPDATE boundary_staging s SET region_id = u.id FROM unique_region u WHERE s.code = u.code""").update();
		// Else by the places: a region without a boundary yet whose places lie mostly
		// inside the feature, when it is the only one (geoBoundaries spells Koulikoro
		// "Koulikouro" and may give no ISO code).
		this.jdbc.sql("""
				WITH candidate AS (
				    SELECT s.code, r.id
				      FROM boundary_staging s
				      JOIN region r ON r.level = s.level AND r.boundary IS NULL
				       AND NOT EXISTS (SELECT 1 FROM boundary_staging m WHERE m.region_id = r.id)
				      JOIN place p ON p.region_id = r.id
				     WHERE s.region_id IS NULL
				     GROUP BY s.code, r.id
				    HAVING count(*) FILTER (WHERE ST_Covers(s.boundary, p.location)) * 2 > count(*)),
				unique_match AS (
				    SELECT code, min(id) AS id FROM candidate GROUP BY code HAVING count(*) = 1),
				unique_region AS (
				    SELECT id, min(code) AS code FROM unique_match GROUP BY id HAVING count(*) = 1)
				UPDATE boundary_staging s SET region_id = u.id FROM unique_region u WHERE s.code = u.code""").update();
		this.jdbc.sql("""
				WITH inserted AS (
				    INSERT INTO region (code, name, name_fr, level, boundary)
				    SELECT code, name, name_fr, level, boundary FROM boundary_staging WHERE region_id IS NULL
				     ORDER BY level, source, feature
				    RETURNING id, code)
				UPDATE boundary_staging s SET region_id = i.id, created = true FROM inserted i WHERE s.code = i.code""")
			.update();
		this.jdbc.sql("""
				WITH completed AS (
				    UPDATE region r SET boundary = s.boundary, name_fr = coalesce(r.name_fr, s.name_fr)
				      FROM boundary_staging s
				     WHERE s.region_id = r.id AND NOT s.created
				       AND (ST_AsBinary(r.boundary) IS DISTINCT FROM ST_AsBinary(s.boundary)
				            OR (r.name_fr IS NULL AND s.name_fr IS NOT NULL))
				    RETURNING r.id)
				UPDATE boundary_staging s SET changed = true FROM completed c WHERE s.region_id = c.id""").update();
		// Parents: by the parent code (the file's own codes first), else by the boundary
		// one
		// level up that holds the region.
		this.jdbc
			.sql("""
					WITH resolved AS (
					    SELECT s.region_id, s.created,
					           coalesce((SELECT p.region_id FROM boundary_staging p WHERE p.code = s.parent_code),
					                    (SELECT r.id FROM region r WHERE r.code = s.parent_code),
					                    (SELECT r.id FROM region r
					                      WHERE r.level = s.level - 1 AND r.boundary IS NOT NULL
					                        AND ST_Covers(r.boundary, ST_PointOnSurface(s.boundary))
					                      ORDER BY ST_Area(r.boundary), r.id LIMIT 1)) AS parent_id
					      FROM boundary_staging s WHERE s.level > 0),
					parented AS (
					    UPDATE region r SET parent_id = v.parent_id FROM resolved v
					     WHERE r.id = v.region_id AND r.parent_id IS NULL AND v.parent_id IS NOT NULL AND v.parent_id <> r.id
					    RETURNING r.id)
					UPDATE boundary_staging s SET changed = true FROM parented p WHERE s.region_id = p.id AND NOT s.created""")
			.update();
		long moved = this.jdbc.sql("""
				UPDATE place p SET region_id = c.region_id
				  FROM (SELECT q.id, (SELECT r.id FROM region r
				                       WHERE r.boundary IS NOT NULL AND ST_Covers(r.boundary, q.location)
				                       ORDER BY r.level DESC, r.id LIMIT 1) AS region_id
				          FROM place q) c
				 WHERE c.id = p.id AND c.region_id IS NOT NULL AND p.region_id IS DISTINCT FROM c.region_id""")
			.update();
		return this.jdbc.sql("""
				SELECT count(*) FILTER (WHERE created) AS created,
				       count(*) FILTER (WHERE NOT created AND changed) AS updated,
				       count(*) FILTER (WHERE NOT created AND NOT changed) AS unchanged
				  FROM boundary_staging""")
			.query((row, n) -> new Counts(row.getLong("created"), row.getLong("updated"), row.getLong("unchanged"),
					moved, List.of()))
			.single();
	}

	private record Counts(long created, long updated, long unchanged, long placesMoved, List<ImportProblem> problems) {
	}

}
