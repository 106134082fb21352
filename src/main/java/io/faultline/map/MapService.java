package io.faultline.map;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.control.ControlService;
import io.faultline.event.EventService;
import io.faultline.timeline.TimelineFilter;
import io.faultline.timeline.TimelineQuery;

/**
 * Reads the control record as the map draws it. GeoJSON is built by PostGIS in one query
 * and passed through as a string, except the control map's, which is written from the
 * places kept in {@link ControlLayer}.
 */
@Service
@Transactional(readOnly = true)
public class MapService {

	/** Degrees: about a kilometre, plenty for a country-wide map. */
	static final double SIMPLIFY_TOLERANCE = 0.01;

	/** Degrees around the places when no boundaries clip the areas of control. */
	static final double HULL_BUFFER = 0.5;

	static final int CARD_PERIODS = 5;

	static final int CARD_EVENTS = 5;

	/** The deepest zoom the map offers; there events are grouped only by their point. */
	static final int MAX_ZOOM = 18;

	/** Grid cells of 64 pixels: a quarter of a 256-pixel tile. */
	private static final int CELLS_PER_TILE = 4;

	/** The period holding on :date at each place that has any period at all. */
	private static final String PLACES_ON_DATE = """
			SELECT p.id, p.name, p.name_fr, p.location, p.location_precision,
			       a.id AS actor_id, coalesce(a.short_name, a.name) AS actor_label, a.colour,
			       c.status, c.basis, coalesce(ch.short_name, ch.name) AS challenger_label,
			       c.valid_from, c.valid_to
			  FROM place p
			  LEFT JOIN control_period c ON c.place_id = p.id AND c.valid @> CAST(:date AS date)
			  LEFT JOIN actor a ON a.id = c.actor_id
			  LEFT JOIN actor ch ON ch.id = c.challenger_actor_id
			 WHERE EXISTS (SELECT 1 FROM control_period any_period WHERE any_period.place_id = p.id)
			""";

	/** The boundaries of the least detailed level loaded: their union is the country. */
	private static final String OUTERMOST_BOUNDARIES = """
			SELECT boundary FROM region
			 WHERE boundary IS NOT NULL
			   AND level = (SELECT min(level) FROM region WHERE boundary IS NOT NULL)
			""";

	/** What a place's feature takes on average, to size the collection's buffer once. */
	private static final int FEATURE_LENGTH = 400;

	/** What the holders of a change between two dates take, as JSON. */
	private static final int CHANGE_LENGTH = 240;

	private final JdbcClient jdbc;

	private final ControlLayer layer;

	private final ControlService control;

	private final EventService events;

	MapService(JdbcClient jdbc, ControlLayer layer, ControlService control, EventService events) {
		this.jdbc = jdbc;
		this.layer = layer;
		this.control = control;
		this.events = events;
	}

	/**
	 * Places with their controller on {@code date} as a GeoJSON FeatureCollection in
	 * UTF-8: the periods holding on that date, written into the places' features kept,
	 * already encoded, in {@link ControlLayer}.
	 */
	byte[] control(LocalDate date) {
		ControlLayer.OnDate map = this.layer.on(date);
		return collection(map, "{\"type\":\"FeatureCollection\",\"date\":\"" + date + "\",\"features\":[",
				map.layer().byName(), ControlLayer.Place::feature, ControlLayer.Holding::featureEnd,
				ControlLayer.Holding.NOBODY_FEATURE_END);
	}

	/**
	 * A JSON array of an entry per place, after {@code start} and closed with the object:
	 * each entry the place's start and the end its period on the date names (or
	 * {@code nobody}'s), both kept already encoded in {@link ControlLayer}.
	 */
	private static byte[] collection(ControlLayer.OnDate map, String start, List<ControlLayer.Place> places,
			Function<ControlLayer.Place, byte[]> placeStart, Function<ControlLayer.Holding, byte[]> holdingEnd,
			byte[] nobody) {
		ByteArrayOutputStream json = new ByteArrayOutputStream(places.size() * FEATURE_LENGTH);
		json.writeBytes(utf8(start));
		boolean first = true;
		for (ControlLayer.Place place : places) {
			if (!first) {
				json.write(',');
			}
			first = false;
			json.writeBytes(placeStart.apply(place));
			ControlLayer.Holding holding = map.at(place);
			json.writeBytes((holding != null) ? holdingEnd.apply(holding) : nobody);
		}
		json.writeBytes(utf8("]}"));
		return json.toByteArray();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The published events the filter selects inside {@code box}, counted by cells of a
	 * grid that gets finer with {@code zoom} (a quarter of a map tile), so a map of a
	 * whole war gets a few hundred cells, never every point. A cell says how many events
	 * and places it holds, where its events' centre is, and its first and last dates; a
	 * cell of one place names it, and a cell of one event names that.
	 */
	String events(TimelineFilter filter, BoundingBox box, int zoom) {
		return events(filter, box, zoom, true);
	}

	/**
	 * As {@link #events(TimelineFilter, BoundingBox, int)}; with {@code summaries}, a
	 * filter of dates alone reads its whole months from {@code place_month_summary} (V33)
	 * and only the partial months at its ends and the events with a point of their own
	 * from the events. Without, every event is read (tests compare the two).
	 */
	String events(TimelineFilter filter, BoundingBox box, int zoom, boolean summaries) {
		double size = (zoom >= MAX_ZOOM) ? 0 : 360 / Math.pow(2, zoom) / CELLS_PER_TILE;
		WholeMonths months = summaries ? WholeMonths.of(filter) : null;
		String monthsCte = "";
		String points;
		Map<String, Object> params = new HashMap<>();
		if (months != null) {
			// Summed per place before the places are joined: planned generically (pgjdbc
			// prepares a statement on its fifth use), a join first walked the whole range
			// of months once per place, 2.3 s a request instead of 35 ms. The partial
			// months' events are read once, by date alone (PostgreSQL keeps no null
			// fraction for a geometry, so "location IS NULL" in their read would send it
			// through the spatial index for all 2,000,000), and join the months' counts
			// before the one join of the places. Counts are summed as integers (a sum of
			// bigint is a numeric, and cost a tenth of the statement): BENCHMARKS.md,
			// twenty-fifth run.
			monthsCte = """
					ends AS MATERIALIZED (
					    SELECT e.id, e.event_date, e.place_id, e.location FROM event e
					     WHERE e.event_date >= :from AND e.event_date < :monthFrom
					       AND e.review_status = 'PUBLISHED' AND (e.acled_event_id IS NULL OR faultline_acled_shown())
					    UNION ALL
					    SELECT e.id, e.event_date, e.place_id, e.location FROM event e
					     WHERE e.event_date >= :monthTo AND e.event_date <= :to
					       AND e.review_status = 'PUBLISHED' AND (e.acled_event_id IS NULL OR faultline_acled_shown())
					), counted AS (
					    SELECT place_id, CAST(events AS integer) AS events, first_date AS first, last_date AS last
					      FROM place_month_summary
					     WHERE month >= :monthFrom AND month < :monthTo AND (NOT acled OR faultline_acled_shown())
					    UNION ALL
					    SELECT place_id, 1, event_date, event_date FROM ends WHERE location IS NULL
					),""";
			points = """
					SELECT c.place_id, ST_X(p.location) AS x, ST_Y(p.location) AS y, c.events, c.first, c.last,
					       CAST(NULL AS bigint) AS event_id
					  FROM (SELECT place_id, sum(events) AS events, min(first) AS first, max(last) AS last
					          FROM counted GROUP BY place_id) c
					  JOIN place p ON p.id = c.place_id
					 WHERE p.location && ST_MakeEnvelope(:west, :south, :east, :north, 4326)
					UNION ALL
					SELECT e.place_id, ST_X(e.location), ST_Y(e.location), count(*), min(e.event_date), max(e.event_date),
					       min(e.id)
					  FROM (SELECT id, event_date, place_id, location FROM ends WHERE location IS NOT NULL
					        UNION ALL
					        SELECT e.id, e.event_date, e.place_id, e.location FROM event e
					         WHERE e.event_date >= :monthFrom AND e.event_date < :monthTo AND e.location IS NOT NULL
					           AND e.review_status = 'PUBLISHED' AND (e.acled_event_id IS NULL OR faultline_acled_shown())) e
					 WHERE e.location && ST_MakeEnvelope(:west, :south, :east, :north, 4326)
					 GROUP BY 1, 2, 3""";
			params.put("from", filter.from());
			params.put("to", filter.to());
			params.put("monthFrom", months.from());
			params.put("monthTo", months.toExclusive());
			// A few index reads whose plan does not depend on the dates: parallel workers
			// only add their start (a Gather took 70 ms of 130). For this transaction
			// only.
			this.jdbc.sql("SELECT set_config('max_parallel_workers_per_gather', '0', true)").query().singleValue();
		}
		else {
			TimelineQuery query = TimelineQuery.of(filter);
			points = """
					SELECT s.place_id, s.x, s.y, count(*) AS events, min(s.event_date) AS first,
					       max(s.event_date) AS last, min(s.id) AS event_id
					  FROM (%s) s
					 GROUP BY s.place_id, s.x, s.y""".formatted(query.selectWithoutTypes("""
					e.id, e.event_date, e.place_id,
					       ST_X(coalesce(e.location, p.location)) AS x, ST_Y(coalesce(e.location, p.location)) AS y""",
					"coalesce(e.location, p.location) && ST_MakeEnvelope(:west, :south, :east, :north, 4326)"));
			params.putAll(query.params());
		}
		// Events counted by point first (most share their place's), then the points by
		// cell. A cell of one event from the summary finds it by its place and day.
		return this.jdbc
			.sql("""
					WITH %s points AS (
					%s
					), cells AS (
					    SELECT sum(events) AS events, count(DISTINCT place_id) AS places,
					           sum(events * x) / sum(events) AS x, sum(events * y) / sum(events) AS y,
					           min(place_id) AS place_id, min(first) AS first, max(last) AS last, min(event_id) AS event_id
					      FROM points
					     GROUP BY CASE WHEN :size > 0 THEN floor(x / :size) ELSE x END,
					              CASE WHEN :size > 0 THEN floor(y / :size) ELSE y END
					), named AS (
					    SELECT c.*, CASE WHEN c.events = 1 THEN coalesce(c.event_id, (
					               SELECT e.id FROM event e
					                WHERE e.place_id = c.place_id AND e.event_date = c.first AND e.location IS NULL
					                  AND e.review_status = 'PUBLISHED' AND (e.acled_event_id IS NULL OR faultline_acled_shown())
					                ORDER BY e.id LIMIT 1)) END AS single_id
					      FROM cells c
					)
					SELECT json_build_object('type', 'FeatureCollection', 'zoom', :zoom, 'cellDegrees', :size,
					       'events', coalesce(sum(c.events), 0),
					       'features', coalesce(json_agg(json_build_object(
					           'type', 'Feature',
					           'geometry', json_build_object('type', 'Point',
					               'coordinates', json_build_array(round(CAST(c.x AS numeric), 5), round(CAST(c.y AS numeric), 5))),
					           'properties', json_build_object(
					               'events', c.events, 'places', c.places, 'first', c.first, 'last', c.last,
					               'placeId', pl.id, 'name', pl.name, 'nameFr', pl.name_fr,
					               'eventId', ev.id, 'title', ev.title))
					       ORDER BY c.events DESC, c.place_id), '[]'::json))::text
					  FROM named c
					  LEFT JOIN place pl ON pl.id = c.place_id AND c.places = 1
					  LEFT JOIN event ev ON ev.id = c.single_id"""
				.formatted(monthsCte, points))
			.params(params)
			.param("west", box.west())
			.param("south", box.south())
			.param("east", box.east())
			.param("north", box.north())
			.param("size", size)
			.param("zoom", zoom)
			.query(String.class)
			.single();
	}

	/**
	 * Loaded region boundaries, simplified; an empty collection before any are imported.
	 */
	String regions() {
		return this.jdbc.sql("""
				SELECT json_build_object('type', 'FeatureCollection',
				       'features', coalesce(json_agg(json_build_object(
				           'type', 'Feature', 'id', r.id,
				           'geometry', ST_AsGeoJSON(ST_SimplifyPreserveTopology(r.boundary, :tolerance), 5)::json,
				           'properties', json_build_object(
				               'id', r.id, 'code', r.code, 'name', r.name, 'nameFr', r.name_fr, 'level', r.level))
				       ORDER BY r.level, r.code), '[]'::json))::text
				  FROM region r
				 WHERE r.boundary IS NOT NULL""").param("tolerance", SIMPLIFY_TOLERANCE).query(String.class).single();
	}

	/**
	 * Areas of control on {@code date}: the Voronoi cell of each held place, clipped to
	 * the loaded boundaries or, without them, to the places' hull widened by
	 * {@value #HULL_BUFFER} degrees. {@code clip} says which.
	 */
	String areas(LocalDate date) {
		return this.jdbc
			.sql("""
					WITH held AS (
					    SELECT * FROM (%s) f WHERE f.actor_id IS NOT NULL
					), boundaries AS (
					    SELECT ST_Union(boundary) AS geom FROM (%s) outermost
					), clip AS (
					    SELECT coalesce(b.geom, (SELECT ST_Buffer(ST_ConvexHull(ST_Collect(location)), :buffer) FROM place)) AS geom,
					           CASE WHEN b.geom IS NULL THEN 'HULL' ELSE 'BOUNDARIES' END AS kind
					      FROM boundaries b
					), diagram AS (
					    -- One held place has no Voronoi diagram: its area is the whole clip.
					    SELECT CASE WHEN count(*) = 1 THEN (SELECT geom FROM clip)
					                ELSE ST_VoronoiPolygons(ST_Collect(held.location), 0, (SELECT geom FROM clip)) END AS geom
					      FROM held
					), cells AS (
					    SELECT (ST_Dump(geom)).geom AS cell FROM diagram
					), areas AS (
					    -- Each cell finds its place through the places' spatial index (a cell and
					    -- the held places compared pair by pair took 3.8 s for 5,000 places).
					    SELECT held.*, ST_CollectionExtract(ST_Intersection(cells.cell, clip.geom), 3) AS area
					      FROM cells
					      JOIN place p ON ST_Intersects(cells.cell, p.location)
					      JOIN held ON held.id = p.id
					     CROSS JOIN clip
					)
					SELECT json_build_object('type', 'FeatureCollection', 'date', CAST(:date AS date),
					       'clip', (SELECT kind FROM clip),
					       'features', coalesce((SELECT json_agg(json_build_object(
					           'type', 'Feature', 'id', a.id,
					           'geometry', ST_AsGeoJSON(a.area, 5)::json,
					           'properties', json_build_object(
					               'placeId', a.id, 'name', a.name, 'nameFr', a.name_fr,
					               'actorId', a.actor_id, 'actorLabel', a.actor_label, 'colour', a.colour,
					               'status', a.status, 'basis', a.basis))
					       ORDER BY a.name, a.id) FROM areas a WHERE NOT ST_IsEmpty(a.area)), '[]'::json))::text
					"""
				.formatted(PLACES_ON_DATE, OUTERMOST_BOUNDARIES))
			.param("date", date)
			.param("buffer", HULL_BUFFER)
			.query(String.class)
			.single();
	}

	/**
	 * Places whose controller on {@code to} is not the one of {@code from}, by name, case
	 * ignored.
	 */
	public List<ControlChange> changes(LocalDate from, LocalDate to) {
		ControlLayer.Comparison comparison = this.layer.compare(from, to);
		List<ControlChange> changes = new ArrayList<>();
		for (ControlLayer.Place place : comparison.layer().listed()) {
			ControlLayer.Holding before = comparison.before(place);
			ControlLayer.Holding after = comparison.after(place);
			if (changed(before, after)) {
				changes.add(new ControlChange(place.id(), place.name(), place.nameFr(), place.longitude(),
						place.latitude(), holder(comparison.layer(), before), holder(comparison.layer(), after)));
			}
		}
		return changes;
	}

	/**
	 * The periods holding on {@code from} and on {@code to}, for {@link #writeChanges}.
	 */
	ControlLayer.Comparison compare(LocalDate from, LocalDate to) {
		return this.layer.compare(from, to);
	}

	/**
	 * Writes the {@link #changes} of a {@link #compare comparison} to {@code json} as a
	 * JSON array in UTF-8, as Jackson writes a list of {@link ControlChange}, from each
	 * place's start of an entry and each actor's label and colour kept, already encoded,
	 * in {@link ControlLayer}. From 2012 to a date of the synthetic archive, 4,800
	 * changes and 1.6 MB: Jackson took 40 % of the request (BENCHMARKS.md, nineteenth
	 * run). The changes go out as they are found, never whole in memory, and outside any
	 * transaction: a slow reader holds no connection.
	 */
	static void writeChanges(ControlLayer.Comparison comparison, OutputStream json) throws IOException {
		json.write('[');
		StringBuilder holders = new StringBuilder(CHANGE_LENGTH);
		boolean first = true;
		for (ControlLayer.Place place : comparison.layer().listed()) {
			ControlLayer.Holding before = comparison.before(place);
			ControlLayer.Holding after = comparison.after(place);
			if (!changed(before, after)) {
				continue;
			}
			if (!first) {
				json.write(',');
			}
			first = false;
			json.write(place.change());
			holders.setLength(0);
			holders.append(",\"before\":");
			holderJson(holders, comparison.layer(), before);
			holders.append(",\"after\":");
			holderJson(holders, comparison.layer(), after);
			holders.append('}');
			json.write(utf8(holders.toString()));
		}
		json.write(']');
	}

	private static boolean changed(ControlLayer.Holding before, ControlLayer.Holding after) {
		return !Objects.equals((before != null) ? before.actorId() : null, (after != null) ? after.actorId() : null);
	}

	private static void holderJson(StringBuilder json, ControlLayer.Layer layer, ControlLayer.Holding holding) {
		if (holding == null) {
			json.append("null");
			return;
		}
		json.append('{');
		holding(json, "label", layer.actor(holding.actorId()), holding);
		json.append('}');
	}

	/**
	 * The members of a JSON object that say who holds a place and how, the actor's label
	 * under {@code labelName}: the control map's GeoJSON and the list of changes name it
	 * differently.
	 */
	private static void holding(StringBuilder json, String labelName, ControlLayer.Actor actor,
			ControlLayer.Holding holding) {
		json.append("\"actorId\":")
			.append(holding.actorId())
			.append(",\"")
			.append(labelName)
			.append("\":")
			.append(actor.labelJson())
			.append(",\"colour\":")
			.append(actor.colourJson())
			.append(",\"status\":")
			.append(ControlLayer.quotedCode(holding.status()))
			.append(",\"basis\":")
			.append(ControlLayer.quotedCode(holding.basis()));
	}

	private static ControlChange.Holder holder(ControlLayer.Layer layer, ControlLayer.Holding holding) {
		if (holding == null) {
			return null;
		}
		ControlLayer.Actor actor = layer.actor(holding.actorId());
		return new ControlChange.Holder(holding.actorId(), actor.label(), actor.colour(), holding.status(),
				holding.basis());
	}

	ChangeDates changeDates(LocalDate date) {
		return this.jdbc.sql("""
				WITH changes AS (
				    SELECT valid_from AS day FROM control_period
				    UNION
				    SELECT valid_to FROM control_period WHERE valid_to IS NOT NULL
				)
				SELECT (SELECT max(day) FROM changes WHERE day < CAST(:date AS date)) AS previous,
				       (SELECT min(day) FROM changes WHERE day > CAST(:date AS date)) AS next""")
			.param("date", date)
			.query((row, n) -> new ChangeDates(date, row.getObject("previous", LocalDate.class),
					row.getObject("next", LocalDate.class)))
			.single();
	}

	MapSpan span() {
		return this.jdbc.sql("""
				SELECT min(valid_from) AS first, greatest(max(valid_from), max(valid_to)) AS last
				  FROM control_period""")
			.query((row, n) -> new MapSpan(row.getObject("first", LocalDate.class),
					row.getObject("last", LocalDate.class)))
			.single();
	}

	Optional<PlaceCard> card(long placeId) {
		return this.jdbc.sql("SELECT id, name, name_fr, location_precision FROM place WHERE id = :id")
			.param("id", placeId)
			.query((row, n) -> new PlaceCard(row.getLong("id"), row.getString("name"), row.getString("name_fr"),
					row.getString("location_precision"), periods(placeId), events(placeId)))
			.optional();
	}

	private List<PlaceCard.Period> periods(long placeId) {
		return this.control.historyOf(placeId)
			.stream()
			.limit(CARD_PERIODS)
			.map((c) -> new PlaceCard.Period(c.actorLabel(), c.actorColour(), c.status().name(), c.basis().name(),
					c.challengerLabel(), c.validFrom(), c.validTo()))
			.toList();
	}

	private List<PlaceCard.Event> events(long placeId) {
		return this.events.atPlace(placeId, CARD_EVENTS)
			.stream()
			.map((e) -> new PlaceCard.Event(e.id(), e.eventDate(), e.title()))
			.toList();
	}

	/** The places drawn on {@code date}'s export, with who held them, north to south. */
	/**
	 * Every place with a control history and who held it on {@code date}, north to south,
	 * as the API's JSON in UTF-8: what Jackson writes of a {@code ControlOnDate} of
	 * {@link #placesOn}, from the entries kept in {@link ControlLayer}.
	 */
	public byte[] controlJson(LocalDate date) {
		ControlLayer.OnDate map = this.layer.on(date);
		return collection(map, "{\"date\":\"" + date + "\",\"places\":[", map.layer().northToSouth(),
				ControlLayer.Place::apiJson, ControlLayer.Holding::apiJson, ControlLayer.Holding.NOBODY_API_JSON);
	}

	public List<HeldPlace> placesOn(LocalDate date) {
		ControlLayer.OnDate map = this.layer.on(date);
		return map.layer().northToSouth().stream().map((place) -> {
			ControlLayer.Holding holding = map.at(place);
			if (holding == null) {
				return new HeldPlace(place.id(), place.name(), place.nameFr(), place.longitude(), place.latitude(),
						place.precision(), null, null, null, null, null);
			}
			ControlLayer.Actor holder = map.actor(holding.actorId());
			return new HeldPlace(place.id(), place.name(), place.nameFr(), place.longitude(), place.latitude(),
					place.precision(), holding.actorId(), holder.label(), holder.colour(), holding.status(),
					holding.basis());
		}).toList();
	}

	/**
	 * West, south, east and north of what an export shows: the loaded boundaries, or
	 * every place widened by {@value #HULL_BUFFER} degrees; {@code null} for an empty
	 * record.
	 */
	double[] extent() {
		return this.jdbc.sql("""
				WITH box AS (
				    SELECT coalesce((SELECT ST_Extent(boundary)::geometry FROM region WHERE boundary IS NOT NULL),
				                    (SELECT ST_Expand(ST_Extent(location)::geometry, :buffer) FROM place)) AS geom
				)
				SELECT ST_XMin(geom) AS west, ST_YMin(geom) AS south, ST_XMax(geom) AS east, ST_YMax(geom) AS north
				  FROM box WHERE geom IS NOT NULL""")
			.param("buffer", HULL_BUFFER)
			.query((row,
					n) -> new double[] { row.getDouble("west"), row.getDouble("south"), row.getDouble("east"),
							row.getDouble("north") })
			.optional()
			.orElse(null);
	}

	/** The loaded boundaries as SVG path data in the projection's pixels. */
	List<String> regionPaths(MapProjection projection) {
		double[] affine = projection.affineForSvg();
		return this.jdbc.sql("""
				SELECT ST_AsSVG(ST_Affine(ST_SimplifyPreserveTopology(boundary, :tolerance),
				                          :a, 0, 0, :e, :xoff, :yoff), 0, 1)
				  FROM region
				 WHERE boundary IS NOT NULL
				 ORDER BY level, code""")
			.param("tolerance", SIMPLIFY_TOLERANCE)
			.param("a", affine[0])
			.param("e", affine[1])
			.param("xoff", affine[2])
			.param("yoff", affine[3])
			.query(String.class)
			.list();
	}

}
