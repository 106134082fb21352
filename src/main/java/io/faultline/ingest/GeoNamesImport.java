package io.faultline.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.faultline.system.ChangeReason;

/**
 * A GeoNames country dump ({@code ML.txt}: 19 tab-separated columns, no header) into the
 * gazetteer.
 * <p>
 * What is imported: populated places (feature class P) except sections of a place (PPLX:
 * quarters that would crowd the place search), and abandoned, destroyed or historical
 * places (PPLQ, PPLW, PPLH); plus military installations (S.MILB, S.INSM) and border
 * posts (S.PSTB), which conflict reporting names. Other features (wadis, wells, dunes,
 * nomad camps, administrative units) are read, checked and skipped.
 * <p>
 * Kinds: the capital and the seats of first-level regions (PPLC, PPLA) are cities; seats
 * of lower units (PPLA2–4, the cercle and commune seats in Mali) and places of at least
 * {@value #TOWN_POPULATION} people are towns; the rest are villages.
 * <p>
 * Places are never duplicated: a row matches the place holding its GeoNames id, else a
 * place without one whose name, French name or alias equals (ignoring accents and case)
 * the row's name or one of its alternate names within {@value #MATCH_METRES} m. A matched
 * place keeps everything an editor gave it; it only gains the GeoNames id, the population
 * when it had none, and missing alternate names as aliases.
 */
@Component
class GeoNamesImport implements FileImport {

	static final String KIND = "geonames";

	static final int TOWN_POPULATION = 5000;

	static final int MATCH_METRES = 25_000;

	/** Alternate names kept per place; Bamako alone has hundreds in many scripts. */
	static final int MAX_ALIASES = 20;

	static final int MAX_PROBLEMS = 1000;

	private static final int COLUMNS = 19;

	private static final String[] COLUMN_NAMES = { "geonameid", "name", "asciiname", "alternatenames", "latitude",
			"longitude", "feature_class", "feature_code", "country_code", "cc2", "admin1_code", "admin2_code",
			"admin3_code", "admin4_code", "population", "elevation", "dem", "timezone", "modification_date" };

	private static final Set<String> PLACE_CODES_SKIPPED = Set.of("PPLX", "PPLQ", "PPLW", "PPLH");

	private static final Logger logger = LoggerFactory.getLogger(GeoNamesImport.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	GeoNamesImport(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
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
		String reason = "GeoNames import of " + file.getFileName();
		try {
			Counts counts = ChangeReason.during(reason, () -> this.transactions.execute((status) -> GazetteerSavepoint
				.undoUnless(this.dataSource, reason, (undo) -> load(file, dryRun, undo))));
			return new ImportReport(KIND, dryRun, counts.created, counts.updated, counts.unchanged, counts.problems,
					Duration.between(start, this.clock.instant()));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private Counts load(Path file, boolean dryRun, Runnable undo) {
		try {
			createStaging();
			List<ImportProblem> problems = stage(file);
			if (problems.isEmpty()) {
				problems.addAll(duplicates());
			}
			if (!problems.isEmpty()) {
				undo.run();
				return new Counts(0, 0, 0, problems);
			}
			Counts counts = merge();
			this.jdbc.sql("DROP TABLE geonames_staging").update();
			if (dryRun) {
				undo.run();
			}
			logger.info("GeoNames {}{}: {} new, {} updated, {} unchanged places", file.getFileName(),
					dryRun ? " (dry run)" : "", counts.created, counts.updated, counts.unchanged);
			return counts;
		}
		catch (IOException ex) {
			undo.run();
			throw new UncheckedIOException(ex);
		}
	}

	private void createStaging() {
		this.jdbc.sql("DROP TABLE IF EXISTS geonames_staging").update();
		this.jdbc.sql("""
				CREATE TEMP TABLE geonames_staging (
				    line        bigint NOT NULL,
				    geonames_id bigint NOT NULL,
				    name        text NOT NULL,
				    asciiname   text,
				    aliases     text,
				    latitude    double precision NOT NULL,
				    longitude   double precision NOT NULL,
				    kind        text NOT NULL,
				    population  integer,
				    place_id    bigint,
				    created     boolean NOT NULL DEFAULT false,
				    changed     boolean NOT NULL DEFAULT false
				) ON COMMIT DROP""").update();
	}

	/** Reads and checks every line; stages the places while the file is sound. */
	private List<ImportProblem> stage(Path file) throws IOException {
		List<ImportProblem> problems = new ArrayList<>();
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (BufferedReader reader = new BufferedReader(
				new java.io.InputStreamReader(DataFileInput.open(file), decoder), 1 << 16);
				GazetteerStaging staging = GazetteerStaging.open(this.dataSource,
						"geonames_staging (line, geonames_id, name, asciiname, aliases, latitude, longitude, kind, population)")) {
			long number = 0;
			String line;
			while ((line = readLine(reader, number + 1, problems)) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				Row row = parse(line, number, problems);
				if (problems.size() >= MAX_PROBLEMS) {
					problems.add(new ImportProblem(number, null, "stopped after " + MAX_PROBLEMS
							+ " problems; the file does not look like a GeoNames dump"));
					break;
				}
				if (row != null && problems.isEmpty()) {
					staging.value(number)
						.value(row.id)
						.value(row.name)
						.value(row.asciiName)
						.value(row.aliases)
						.value(row.latitude)
						.value(row.longitude)
						.value(row.kind)
						.value(row.population);
					staging.endRow();
				}
			}
			if (number == 0 && problems.isEmpty()) {
				problems.add(new ImportProblem(0, null, "the file is empty"));
			}
		}
		catch (DataFileInput.ArchiveRefusedException ex) {
			problems.add(new ImportProblem(0, null, ex.getMessage()));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not stage the GeoNames rows: " + ex.getMessage(), ex);
		}
		return problems;
	}

	private static String readLine(BufferedReader reader, long number, List<ImportProblem> problems)
			throws IOException {
		try {
			return reader.readLine();
		}
		catch (java.nio.charset.CharacterCodingException ex) {
			problems.add(new ImportProblem(number, null, "not UTF-8 text (GeoNames dumps are UTF-8)"));
			return null;
		}
	}

	/**
	 * One line, or null when it is not a place to import or is wrong (then a problem).
	 */
	static Row parse(String line, long number, List<ImportProblem> problems) {
		String[] cells = line.split("\t", -1);
		if (cells.length != COLUMNS) {
			problems.add(new ImportProblem(number, null, "expected " + COLUMNS + " tab-separated columns, found "
					+ cells.length + " (is this a GeoNames country dump such as ML.txt?)"));
			return null;
		}
		int before = problems.size();
		long id = 0;
		try {
			id = Long.parseLong(cells[0].strip());
			if (id <= 0) {
				problems.add(problem(number, 0, "'" + cells[0] + "' is not a GeoNames id (a positive whole number)"));
			}
		}
		catch (NumberFormatException ex) {
			problems.add(problem(number, 0, "'" + cells[0] + "' is not a GeoNames id (a positive whole number)"));
		}
		String name = cells[1].strip();
		if (name.isEmpty()) {
			problems.add(problem(number, 1, "the name is empty"));
		}
		double latitude = coordinate(cells[4], 90, number, 4, problems);
		double longitude = coordinate(cells[5], 180, number, 5, problems);
		String featureClass = cells[6].strip();
		String featureCode = cells[7].strip();
		Integer population = null;
		if (!cells[14].isBlank()) {
			try {
				long value = Long.parseLong(cells[14].strip());
				if (value < 0 || value > Integer.MAX_VALUE) {
					problems.add(problem(number, 14, "population " + value + " is out of range"));
				}
				else if (value > 0) {
					population = (int) value;
				}
			}
			catch (NumberFormatException ex) {
				problems.add(problem(number, 14, "'" + cells[14] + "' is not a whole number"));
			}
		}
		if (problems.size() > before) {
			return null;
		}
		String kind = kind(featureClass, featureCode, population);
		if (kind == null) {
			return null;
		}
		String asciiName = cells[2].strip();
		return new Row(id, name, asciiName.isEmpty() ? null : asciiName, aliases(name, cells[3]), latitude, longitude,
				kind, population);
	}

	private static ImportProblem problem(long line, int column, String message) {
		return new ImportProblem(line, COLUMN_NAMES[column] + " (column " + (column + 1) + ")", message);
	}

	private static double coordinate(String cell, double limit, long number, int column, List<ImportProblem> problems) {
		try {
			double value = Double.parseDouble(cell.strip());
			if (Double.isFinite(value) && value >= -limit && value <= limit) {
				return value;
			}
			problems
				.add(problem(number, column, cell + " is out of range (-" + (int) limit + " to " + (int) limit + ")"));
		}
		catch (NumberFormatException ex) {
			problems.add(problem(number, column, "'" + cell + "' is not a number"));
		}
		return Double.NaN;
	}

	/** The kind of place a row becomes, or null when it is not imported. */
	static String kind(String featureClass, String featureCode, Integer population) {
		if ("S".equals(featureClass)) {
			return switch (featureCode) {
				case "MILB", "INSM" -> "MILITARY_BASE";
				case "PSTB" -> "BORDER_POST";
				default -> null;
			};
		}
		if (!"P".equals(featureClass) || PLACE_CODES_SKIPPED.contains(featureCode)) {
			return null;
		}
		return switch (featureCode) {
			case "PPLC", "PPLA", "PPLG" -> "CITY";
			case "PPLA2", "PPLA3", "PPLA4", "PPLA5" -> "TOWN";
			default -> (population != null && population >= TOWN_POPULATION) ? "TOWN" : "VILLAGE";
		};
	}

	/**
	 * The alternate names worth keeping as aliases: Latin script (the record is kept in
	 * English and French), capitalized names (no transliterations, codes or links),
	 * distinct from the name and from each other ignoring accents and case, at most
	 * {@value #MAX_ALIASES}, comma-separated.
	 */
	static String aliases(String name, String alternateNames) {
		Set<String> seen = new java.util.HashSet<>();
		seen.add(fold(name));
		Set<String> kept = new LinkedHashSet<>();
		for (String alternate : alternateNames.split(",")) {
			String alias = alternate.strip();
			if (kept.size() < MAX_ALIASES && alias.length() >= 2 && alias.length() <= 80 && latin(alias)
					&& properName(alias) && seen.add(fold(alias))) {
				kept.add(alias);
			}
		}
		return kept.isEmpty() ? null : String.join(",", kept);
	}

	/**
	 * Whether it reads as a name: capitalized, not all capitals. GeoNames also lists
	 * machine transliterations in lower case ("kydal", "ji da er") and airport codes
	 * ("BKO"), which would only make false matches.
	 */
	private static boolean properName(String text) {
		int first = text.codePointAt(0);
		return Character.isUpperCase(first) && text.codePoints().anyMatch(Character::isLowerCase);
	}

	private static boolean latin(String text) {
		boolean letters = false;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			int c = text.codePointAt(i);
			if (Character.isLetter(c)) {
				if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
					return false;
				}
				letters = true;
			}
			else if (Character.isDigit(c) || (c != ' ' && c != '-' && c != '\'' && c != '’' && c != '.' && c != '('
					&& c != ')' && Character.getType(c) != Character.NON_SPACING_MARK)) {
				return false;
			}
		}
		return letters;
	}

	private static String fold(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT);
	}

	private List<ImportProblem> duplicates() {
		return this.jdbc.sql("""
				SELECT geonames_id, min(line) AS first, max(line) AS last FROM geonames_staging
				 GROUP BY geonames_id HAVING count(*) > 1 ORDER BY min(line) LIMIT :max""")
			.param("max", MAX_PROBLEMS)
			.query((row, n) -> new ImportProblem(row.getLong("last"), problemColumn(),
					"GeoNames id " + row.getLong("geonames_id") + " already on line " + row.getLong("first")))
			.list();
	}

	private static String problemColumn() {
		return COLUMN_NAMES[0] + " (column 1)";
	}

	/** Matches, creates and completes places set-wise, then counts what happened. */
	private Counts merge() {
		// By GeoNames id.
		this.jdbc.sql("""
				UPDATE geonames_staging s SET place_id = p.id FROM place p WHERE p.geonames_id = s.geonames_id""")
			.update();
		// By name within reach, for places an editor (or the demo record) made without an
		// id:
		// each row takes its nearest such place, and each place its nearest row.
		this.jdbc
			.sql("""
					WITH known AS (
					    SELECT p.id, lower(faultline_unaccent(n)) AS folded, p.location::geography AS location
					      FROM place p
					      CROSS JOIN LATERAL (SELECT p.name AS n UNION SELECT p.name_fr
					                          UNION SELECT a.alias FROM place_alias a WHERE a.place_id = p.id) names
					     WHERE p.geonames_id IS NULL AND n IS NOT NULL),
					candidate AS (
					    SELECT DISTINCT s.geonames_id, k.id AS place_id,
					           ST_Distance(k.location, ST_MakePoint(s.longitude, s.latitude)::geography) AS metres
					      FROM geonames_staging s
					      CROSS JOIN LATERAL unnest(ARRAY[s.name, s.asciiname] || string_to_array(s.aliases, ',')) AS n
					      JOIN known k ON k.folded = lower(faultline_unaccent(n))
					     WHERE s.place_id IS NULL
					       AND ST_DWithin(k.location, ST_MakePoint(s.longitude, s.latitude)::geography, :metres)),
					nearest_place AS (
					    SELECT DISTINCT ON (geonames_id) * FROM candidate ORDER BY geonames_id, metres, place_id),
					nearest_row AS (
					    SELECT DISTINCT ON (place_id) * FROM nearest_place ORDER BY place_id, metres, geonames_id)
					UPDATE geonames_staging s SET place_id = n.place_id FROM nearest_row n WHERE s.geonames_id = n.geonames_id""")
			.param("metres", MATCH_METRES)
			.update();
		long created = this.jdbc
			.sql("""
					WITH inserted AS (
					    INSERT INTO place (name, kind, location, location_precision, geonames_id, population)
					    SELECT name, kind, ST_SetSRID(ST_MakePoint(longitude, latitude), 4326), 'EXACT', geonames_id, population
					      FROM geonames_staging WHERE place_id IS NULL ORDER BY line
					    RETURNING id, geonames_id)
					UPDATE geonames_staging s SET place_id = i.id, created = true FROM inserted i
					 WHERE s.geonames_id = i.geonames_id""")
			.update();
		// Matched places gain what they lack, and nothing else.
		this.jdbc.sql("""
				WITH completed AS (
				    UPDATE place p SET geonames_id = coalesce(p.geonames_id, s.geonames_id),
				           population = coalesce(p.population, s.population),
				           version = p.version + 1, updated_at = now()
				      FROM geonames_staging s
				     WHERE s.place_id = p.id AND NOT s.created
				       AND (p.geonames_id IS NULL OR (p.population IS NULL AND s.population IS NOT NULL))
				    RETURNING p.id)
				UPDATE geonames_staging s SET changed = true FROM completed c WHERE s.place_id = c.id""").update();
		this.jdbc
			.sql("""
					WITH candidate AS (
					    SELECT s.place_id, a.alias, a.n, lower(faultline_unaccent(a.alias)) AS folded
					      FROM geonames_staging s
					      CROSS JOIN LATERAL unnest(string_to_array(s.aliases, ',')) WITH ORDINALITY AS a(alias, n)),
					missing AS (
					    SELECT DISTINCT ON (c.place_id, c.folded) c.place_id, c.alias
					      FROM candidate c JOIN place p ON p.id = c.place_id
					     WHERE c.folded <> lower(faultline_unaccent(p.name))
					       AND c.folded IS DISTINCT FROM lower(faultline_unaccent(p.name_fr))
					       AND NOT EXISTS (SELECT 1 FROM place_alias a
					                        WHERE a.place_id = c.place_id AND lower(faultline_unaccent(a.alias)) = c.folded)
					     ORDER BY c.place_id, c.folded, c.n),
					inserted AS (
					    INSERT INTO place_alias (place_id, alias) SELECT place_id, alias FROM missing ORDER BY place_id, alias
					    RETURNING place_id)
					UPDATE geonames_staging s SET changed = true FROM inserted i WHERE s.place_id = i.place_id AND NOT s.created""")
			.update();
		return this.jdbc.sql("""
				SELECT count(*) FILTER (WHERE created) AS created,
				       count(*) FILTER (WHERE NOT created AND changed) AS updated,
				       count(*) FILTER (WHERE NOT created AND NOT changed) AS unchanged
				  FROM geonames_staging""")
			.query((row, n) -> new Counts(row.getLong("created"), row.getLong("updated"), row.getLong("unchanged"),
					new ArrayList<>()))
			.single();
	}

	record Row(long id, String name, String asciiName, String aliases, double latitude, double longitude, String kind,
			Integer population) {
	}

	private record Counts(long created, long updated, long unchanged, List<ImportProblem> problems) {
	}

}
