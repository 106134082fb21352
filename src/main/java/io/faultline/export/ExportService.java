package io.faultline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.ingest.AcledTerms;
import io.faultline.timeline.TimelineFilter;
import io.faultline.timeline.TimelineQuery;

/**
 * Writes the record out as CSV and GeoJSON, straight from PostgreSQL to the response: CSV
 * rows are made by {@code COPY (SELECT ...) TO STDOUT}, GeoJSON features by a server-side
 * cursor, so memory stays flat whatever the number of rows. Each export reads one
 * snapshot in one read-only transaction.
 */
@Service
@Transactional(readOnly = true)
class ExportService {

	/**
	 * ACLED's current column order (since March 2023), header names exactly as ACLED's.
	 */
	static final List<String> EVENT_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
			"disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
			"assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
			"admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
			"fatalities", "tags", "timestamp");

	/** The columns that hold text, neutralised against spreadsheet formulas. */
	private static final List<String> EVENT_TEXT_COLUMNS = List.of("event_id_cnty", "disorder_type", "event_type",
			"sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "civilian_targeting", "region",
			"country", "admin1", "admin2", "admin3", "location", "source", "source_scale", "notes", "tags");

	static final List<String> CLAIM_COLUMNS = List.of("claim_id", "event_id", "event_id_cnty", "event_date", "source",
			"claimant", "claimant_actor", "stance", "published_on", "reported_event_date", "url", "excerpt",
			"excerpt_language", "fatalities", "provenance");

	private static final List<String> CLAIM_TEXT_COLUMNS = List.of("event_id_cnty", "source", "claimant",
			"claimant_actor", "url", "excerpt", "excerpt_language");

	static final List<String> CONTROL_COLUMNS = List.of("period_id", "place_id", "place", "actor_id", "actor", "status",
			"challenger", "valid_from", "valid_to_exclusive", "basis", "evidence_event_id", "evidence_event_id_cnty");

	private static final List<String> CONTROL_TEXT_COLUMNS = List.of("place", "actor", "challenger",
			"evidence_event_id_cnty");

	/** What the events' CSV and GeoJSON read from the timeline's selection. */
	private static final String SELECTED = """
			e.id, e.acled_event_id, e.event_date, e.date_precision, e.end_date, e.title,
			       e.disorder_type_code,
			       t.name AS event_type, s.name AS sub_event_type, e.civilian_targeting,
			       p.id AS place_id, p.region_id, p.name AS place_name,
			       coalesce(e.location, p.location) AS point,
			       coalesce(e.location_precision, p.location_precision) AS location_precision,
			       coalesce(e.summary, e.title) AS notes,
			       e.fatalities_low, e.fatalities_best, e.fatalities_high, e.updated_at""";

	/**
	 * Side A and side B of every event, primary actors first, in the order they were
	 * recorded: the first is ACLED's actor1/actor2, the others its associated actors.
	 * Aggregated set-wise in event order, so that PostgreSQL merges it with the events as
	 * they stream. Names are joined with the unit separator (chr(31), a control character
	 * that actor names do not hold) and split again by the outer query: string_agg costs
	 * nothing next to the scan, where array_agg, with a memory context of its own per
	 * event and side, cost half a second per million events. A side's ACLED inter code is
	 * its first primary actor's that has one, else its first actor's that has one.
	 */
	private static final String SIDES = """
			LEFT JOIN (
			    SELECT o.event_id, %s, %s
			      FROM (SELECT ea.event_id, ea.side, ea.role, a.name, CAST(a.acled_inter AS text) AS inter
			              FROM event_actor ea JOIN actor a ON a.id = ea.actor_id
			             WHERE %%s
			             ORDER BY ea.event_id, ea.id) o
			     GROUP BY o.event_id) sides ON sides.event_id = x.id""".formatted(side("A", "side_a", "inter1"),
			side("B", "side_b", "inter2"));

	private static final String SOURCES = """
			LEFT JOIN (
			    SELECT cl.event_id, string_agg(DISTINCT so.name, '; ') AS names
			      FROM claim cl JOIN source so ON so.id = cl.source_id
			     WHERE %s
			     GROUP BY cl.event_id) sources ON sources.event_id = x.id""";

	/**
	 * Rows in the order events were recorded (by id): every part of the query then comes
	 * in that order, and rows flow as soon as PostgreSQL reads them, with no sort first.
	 * The sub-select with its own ORDER BY reads each event's region path once. Latitude
	 * and longitude are rounded to 5 decimals in double precision and printed in the
	 * fewest digits that give the number back ({@code 18.44111}, {@code -8}); a cast to
	 * numeric took a second per million events. Adding 0 turns -0 into 0.
	 */
	private static final String EVENTS_CSV = """
			SELECT coalesce(x.acled_event_id, 'FL' || x.id) AS event_id_cnty, x.event_date,
			       CAST(extract(year FROM x.event_date) AS integer) AS year,
			       CASE x.date_precision WHEN 'DAY' THEN 1 WHEN 'WEEK' THEN 2 ELSE 3 END AS time_precision,
			       (SELECT names FROM disorder_names) ->> x.disorder_type_code AS disorder_type, x.event_type,
			       x.sub_event_type,
			       split_part(sides.side_a, chr(31), 1) AS actor1,
			       nullif(replace(substr(sides.side_a, length(split_part(sides.side_a, chr(31), 1)) + 2), chr(31), '; '),
			              '') AS assoc_actor_1,
			       sides.inter1,
			       split_part(sides.side_b, chr(31), 1) AS actor2,
			       nullif(replace(substr(sides.side_b, length(split_part(sides.side_b, chr(31), 1)) + 2), chr(31), '; '),
			              '') AS assoc_actor_2,
			       sides.inter2,
			       CASE WHEN sides.inter1 IS NOT NULL AND sides.inter2 IS NOT NULL
			                 THEN least(sides.inter1, sides.inter2) * 10 + greatest(sides.inter1, sides.inter2)
			            WHEN sides.inter2 IS NULL THEN sides.inter1 * 10 END AS interaction,
			       CASE WHEN x.civilian_targeting THEN 'Civilian targeting' END AS civilian_targeting,
			       x.geo ->> 4 AS iso, x.geo ->> 5 AS region, x.geo ->> 0 AS country, x.geo ->> 1 AS admin1,
			       x.geo ->> 2 AS admin2, x.geo ->> 3 AS admin3, x.place_name AS location,
			       round(ST_Y(x.point) * 1e5) / 1e5 + 0 AS latitude, round(ST_X(x.point) * 1e5) / 1e5 + 0 AS longitude,
			       CASE x.location_precision WHEN 'EXACT' THEN 1 WHEN 'NEAR' THEN 2 WHEN 'REGION' THEN 3 END AS geo_precision,
			       CASE WHEN x.acled_event_id IS NOT NULL AND position('ACLED' IN upper(coalesce(sources.names, ''))) = 0
			                 THEN concat_ws('; ', sources.names, 'ACLED')
			            ELSE sources.names END AS source,
			       CAST(NULL AS text) AS source_scale, x.notes, x.fatalities_best AS fatalities,
			       CAST(NULL AS text) AS tags, CAST(extract(epoch FROM x.updated_at) AS bigint) AS "timestamp"
			  FROM (SELECT x0.*, (SELECT region_paths FROM geo) -> CAST(x0.region_id AS text) AS geo
			          FROM (%s
			                ORDER BY e.id) x0
			         ORDER BY x0.id) x
			  %s
			  %s
			 ORDER BY x.id""";

	private static final String EVENTS_GEOJSON = """
			SELECT json_build_object('type', 'Feature', 'id', x.id,
			       'geometry', ST_AsGeoJSON(x.point, 5)::json,
			       'properties', json_build_object(
			           'id', x.id, 'eventIdCnty', coalesce(x.acled_event_id, 'FL' || x.id),
			           'date', x.event_date, 'endDate', x.end_date, 'precision', x.date_precision,
			           'type', x.event_type, 'subType', x.sub_event_type, 'actors', coalesce(actors.list, '[]'::json),
			           'fatalitiesLow', x.fatalities_low, 'fatalitiesBest', x.fatalities_best,
			           'fatalitiesHigh', x.fatalities_high, 'title', x.title,
			           'placeId', x.place_id, 'place', x.place_name, 'locationPrecision', x.location_precision,
			           'attribution', CASE WHEN x.acled_event_id IS NOT NULL THEN 'ACLED (acleddata.com)' END))::text
			  FROM (%s
			        ORDER BY e.id) x
			  LEFT JOIN (
			      SELECT o.event_id, json_agg(json_build_object('id', o.id, 'name', o.name, 'shortName', o.short_name,
			                                                    'side', o.side, 'role', o.role)) AS list
			        FROM (SELECT ea.event_id, a.id, a.name, a.short_name, ea.side, ea.role
			                FROM event_actor ea JOIN actor a ON a.id = ea.actor_id
			               ORDER BY ea.event_id, ea.side, ea.role <> 'PRIMARY', ea.id) o
			       GROUP BY o.event_id) actors ON actors.event_id = x.id
			 ORDER BY x.id""";

	private static final String CLAIMS_CSV = """
			SELECT cl.id AS claim_id, x.id AS event_id, coalesce(x.acled_event_id, 'FL' || x.id) AS event_id_cnty,
			       x.event_date, so.name AS source, cl.claimant_name AS claimant, ca.name AS claimant_actor,
			       cl.stance, cl.published_on, cl.reported_event_date, cl.url, cl.excerpt, cl.excerpt_language,
			       cl.fatalities, cl.provenance
			  FROM (%s
			        ORDER BY e.id) x
			  JOIN claim cl ON cl.event_id = x.id
			  JOIN source so ON so.id = cl.source_id
			  LEFT JOIN actor ca ON ca.id = cl.claimant_actor_id
			 WHERE (cl.provenance <> 'ACLED' OR :acledShown)
			 ORDER BY x.id, cl.id""";

	/** Control periods; evidence only when it is a published event the reader may see. */
	private static final String CONTROL_CSV = """
			SELECT cp.id AS period_id, p.id AS place_id, p.name AS place, a.id AS actor_id, a.name AS actor,
			       cp.status, ch.name AS challenger, cp.valid_from, cp.valid_to AS valid_to_exclusive, cp.basis,
			       e.id AS evidence_event_id, coalesce(e.acled_event_id, 'FL' || e.id) AS evidence_event_id_cnty
			  FROM control_period cp
			  JOIN place p ON p.id = cp.place_id
			  JOIN actor a ON a.id = cp.actor_id
			  LEFT JOIN actor ch ON ch.id = cp.challenger_actor_id
			  LEFT JOIN event e ON e.id = cp.evidence_event_id AND e.review_status = 'PUBLISHED' AND %s
			 WHERE %s
			 ORDER BY p.name, p.id, cp.valid_from""";

	/** Places with a control history, and who held each on :date (nobody: nulls). */
	private static final String PLACES_GEOJSON = """
			SELECT json_build_object('type', 'Feature', 'id', p.id,
			       'geometry', ST_AsGeoJSON(p.location, 5)::json,
			       'properties', json_build_object(
			           'id', p.id, 'name', p.name, 'nameFr', p.name_fr, 'precision', p.location_precision,
			           'controllerId', a.id, 'controller', a.name, 'controllerLabel', coalesce(a.short_name, a.name),
			           'status', cp.status, 'basis', cp.basis, 'challenger', coalesce(ch.short_name, ch.name),
			           'validFrom', cp.valid_from, 'validToExclusive', cp.valid_to))::text
			  FROM place p
			  LEFT JOIN control_period cp ON cp.place_id = p.id AND cp.valid @> :date
			  LEFT JOIN actor a ON a.id = cp.actor_id
			  LEFT JOIN actor ch ON ch.id = cp.challenger_actor_id
			 WHERE EXISTS (SELECT 1 FROM control_period any_period WHERE any_period.place_id = p.id)
			 ORDER BY p.name, p.id""";

	/** Rows fetched per round trip by the GeoJSON cursors. */
	static final int FETCH_SIZE = 2000;

	private static final byte[] NEWLINE = { '\n' };

	private static final Log logger = LogFactory.getLog(ExportService.class);

	private final DataSource dataSource;

	private final SQLExceptionTranslator translator;

	ExportService(DataSource dataSource) {
		this.dataSource = dataSource;
		this.translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
	}

	/** The filtered events in ACLED's columns; returns the number of rows. */
	long eventsCsv(TimelineFilter filter, boolean acledShown, OutputStream out) throws IOException {
		TimelineQuery query = TimelineQuery.of(filter);
		String sides = SIDES.formatted(onlySelected(query, "ea.event_id"));
		String sources = SOURCES.formatted(onlySelected(query, "cl.event_id"));
		String sql = "WITH RECURSIVE " + ExportSql.LOOKUPS + "\nSELECT " + columns(EVENT_COLUMNS, EVENT_TEXT_COLUMNS)
				+ " FROM (" + EVENTS_CSV.formatted(query.select(SELECTED, AcledTerms.SQL_CONDITION), sides, sources)
				+ ") r";
		return copy(sql, withAcled(query.params(), acledShown), EVENT_COLUMNS, out);
	}

	/** Every claim about the filtered events. */
	long claimsCsv(TimelineFilter filter, boolean acledShown, OutputStream out) throws IOException {
		TimelineQuery query = TimelineQuery.of(filter);
		String sql = "SELECT " + columns(CLAIM_COLUMNS, CLAIM_TEXT_COLUMNS) + " FROM ("
				+ CLAIMS_CSV.formatted(query.select(SELECTED, AcledTerms.SQL_CONDITION)) + ") r";
		return copy(sql, withAcled(query.params(), acledShown), CLAIM_COLUMNS, out);
	}

	/** Control periods, of one place or one actor when given. */
	long controlPeriodsCsv(Long place, Long actor, boolean acledShown, OutputStream out) throws IOException {
		Map<String, Object> params = withAcled(Map.of(), acledShown);
		List<String> where = new ArrayList<>(List.of("TRUE"));
		if (place != null) {
			where.add("cp.place_id = :place");
			params.put("place", place);
		}
		if (actor != null) {
			where.add("(cp.actor_id = :actor OR cp.challenger_actor_id = :actor)");
			params.put("actor", actor);
		}
		String sql = "SELECT " + columns(CONTROL_COLUMNS, CONTROL_TEXT_COLUMNS) + " FROM ("
				+ CONTROL_CSV.formatted(AcledTerms.SQL_CONDITION, String.join(" AND ", where)) + ") r";
		return copy(sql, params, CONTROL_COLUMNS, out);
	}

	/** The filtered events as a FeatureCollection of points. */
	long eventsGeoJson(TimelineFilter filter, boolean acledShown, OutputStream out) throws IOException {
		TimelineQuery query = TimelineQuery.of(filter);
		String sql = EVENTS_GEOJSON.formatted(query.select(SELECTED, AcledTerms.SQL_CONDITION));
		return features(sql, withAcled(query.params(), acledShown), "{\"type\":\"FeatureCollection\",\"features\":[",
				out);
	}

	/** Places with a control history and their holder on {@code date}. */
	long placesGeoJson(LocalDate date, OutputStream out) throws IOException {
		// The date was parsed from ISO text, so its ISO form is safe in JSON.
		return features(PLACES_GEOJSON, Map.of("date", date),
				"{\"type\":\"FeatureCollection\",\"date\":\"" + date + "\",\"features\":[", out);
	}

	/**
	 * Limits the actor and source aggregates to the selected events when the filter
	 * narrows the record (a place, dates...), so that a small export reads only its own
	 * rows; a whole-record export aggregates everything in one pass instead.
	 */
	private static String onlySelected(TimelineQuery query, String eventId) {
		boolean everything = query.params().isEmpty();
		return everything ? "TRUE"
				: eventId + " IN (" + query.selectWithoutTypes("e.id", AcledTerms.SQL_CONDITION) + ")";
	}

	private static Map<String, Object> withAcled(Map<String, Object> params, boolean acledShown) {
		Map<String, Object> all = new LinkedHashMap<>(params);
		all.put("acledShown", acledShown);
		return all;
	}

	private static String columns(List<String> all, List<String> texts) {
		return String.join(", ",
				all.stream()
					.map((c) -> "\"" + c + "\"")
					.map((c) -> texts.contains(c.replace("\"", "")) ? ExportSql.text(c) + " AS " + c : c)
					.toList());
	}

	/**
	 * Writes the header, flushes it (the download starts at once), then lets PostgreSQL
	 * write the rows as CSV.
	 */
	private long copy(String sql, Map<String, Object> params, List<String> header, OutputStream out)
			throws IOException {
		out.write(String.join(",", header).getBytes(StandardCharsets.UTF_8));
		out.write(NEWLINE);
		out.flush();
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			String bound = ExportSql.bind(connection, sql, params);
			ExportSql.withoutJit(connection);
			if (logger.isDebugEnabled()) {
				logger.debug("Export: " + bound);
			}
			return connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyOut("COPY (" + bound + ") TO STDOUT WITH (FORMAT csv, ENCODING 'UTF8')", out);
		}
		catch (SQLException ex) {
			throw this.translator.translate("export", sql, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * Writes a FeatureCollection whose features PostgreSQL builds, read through a cursor
	 * ({@value #FETCH_SIZE} rows at a time: the transaction keeps autocommit off).
	 */
	private long features(String sql, Map<String, Object> params, String opening, OutputStream out) throws IOException {
		out.write(opening.getBytes(StandardCharsets.UTF_8));
		out.flush();
		long count = 0;
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try (Statement statement = connection.createStatement()) {
			statement.setFetchSize(FETCH_SIZE);
			ExportSql.withoutJit(connection);
			try (ResultSet rows = statement.executeQuery(ExportSql.bind(connection, sql, params))) {
				while (rows.next()) {
					if (count++ > 0) {
						out.write(',');
					}
					out.write(NEWLINE);
					out.write(rows.getString(1).getBytes(StandardCharsets.UTF_8));
				}
			}
		}
		catch (SQLException ex) {
			throw this.translator.translate("export", sql, ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
		out.write("\n]}\n".getBytes(StandardCharsets.UTF_8));
		out.flush();
		return count;
	}

	/** One side's names and inter code, aggregated as {@link #SIDES} says. */
	private static String side(String side, String names, String inter) {
		String primary = "o.side = '%s' AND o.role = 'PRIMARY'".formatted(side);
		return """
				nullif(concat_ws(chr(31), string_agg(o.name, chr(31)) FILTER (WHERE %1$s),
				                 string_agg(o.name, chr(31)) FILTER (WHERE o.side = '%2$s' AND o.role <> 'PRIMARY')),
				       '') AS %3$s,
				CAST(nullif(split_part(concat_ws(',', string_agg(o.inter, ',') FILTER (WHERE %1$s),
				                                 string_agg(o.inter, ',') FILTER (WHERE o.side = '%2$s')),
				                       ',', 1), '') AS integer) AS %4$s""".formatted(primary, side, names, inter);
	}

}
