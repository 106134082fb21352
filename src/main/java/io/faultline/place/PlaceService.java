package io.faultline.place;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.control.ControlService;
import io.faultline.event.EventService;
import io.faultline.system.LocalizedName;
import io.faultline.system.PageView;
import io.faultline.timeline.TimelineCharts;

/** Reads places for the pages and the JSON API. */
@Service
@Transactional(readOnly = true)
public class PlaceService {

	/**
	 * Maps a row of id, name(_fr), kind, region_name(_fr), events, controller_id,
	 * controller_label, colour.
	 */
	static final RowMapper<PlaceRow> ROW = (row, n) -> new PlaceRow(row.getLong("id"), LocalizedName.of(row, "name"),
			PlaceKind.valueOf(row.getString("kind")), LocalizedName.of(row, "region_name"), row.getLong("events"),
			row.getObject("controller_id", Long.class), row.getString("controller_label"), row.getString("colour"));

	private final JdbcClient jdbc;

	private final ControlService control;

	private final EventService events;

	private final TimelineCharts charts;

	PlaceService(JdbcClient jdbc, ControlService control, EventService events, TimelineCharts charts) {
		this.jdbc = jdbc;
		this.control = control;
		this.events = events;
		this.charts = charts;
	}

	/**
	 * Everything a place's page shows, in one read-only transaction: one connection and
	 * one {@code BEGIN} where each part took its own (six a page, and 9 % of the page's
	 * JVM time in beginning and ending them; BENCHMARKS.md, twenty-second run).
	 */
	PlaceView view(long id, int nearbyKm, int nearbyShown, int eventsShown) {
		return new PlaceView(show(id), this.control.historyOf(id), nearby(id, nearbyKm, nearbyShown),
				this.charts.atPlace(id), this.events.atPlace(id, eventsShown), this.events.countAtPlace(id));
	}

	public PlaceDetails show(long id) {
		List<String> aliases = this.jdbc.sql("SELECT alias FROM place_alias WHERE place_id = :id ORDER BY alias")
			.param("id", id)
			.query(String.class)
			.list();
		return this.jdbc.sql("""
				SELECT p.id, p.name, p.name_fr, p.kind, ST_Y(p.location) AS latitude, ST_X(p.location) AS longitude,
				       p.location_precision, p.geonames_id, p.population,
				       r.code AS region_code, r.name AS region_name, r.name_fr AS region_name_fr
				  FROM place p LEFT JOIN region r ON r.id = p.region_id
				 WHERE p.id = :id""")
			.param("id", id)
			.query((row, n) -> new PlaceDetails(row.getLong("id"), LocalizedName.of(row, "name"),
					PlaceKind.valueOf(row.getString("kind")), row.getDouble("latitude"), row.getDouble("longitude"),
					LocationPrecision.valueOf(row.getString("location_precision")), row.getString("region_code"),
					LocalizedName.of(row, "region_name"), row.getObject("geonames_id", Long.class),
					row.getObject("population", Integer.class), aliases))
			.optional()
			.orElseThrow(() -> new PlaceNotFoundException(id));
	}

	/** Places within {@code km} of this one, nearest first, measured on the spheroid. */
	List<NearbyPlace> nearby(long id, int km, int limit) {
		return this.jdbc.sql("""
				SELECT p.id, p.name, p.name_fr, p.kind,
				       round((ST_Distance(p.location::geography, self.location::geography) / 1000)::numeric) AS km
				  FROM place p JOIN place self ON self.id = :id
				 WHERE p.id <> self.id AND ST_DWithin(p.location::geography, self.location::geography, :metres)
				 ORDER BY p.location <-> self.location
				 LIMIT :limit""")
			.param("id", id)
			.param("metres", km * 1000)
			.param("limit", limit)
			.query((row, n) -> new NearbyPlace(row.getLong("id"), LocalizedName.of(row, "name"),
					PlaceKind.valueOf(row.getString("kind")), row.getLong("km")))
			.list();
	}

	/** Places by name, a page at a time, with the controller on {@code date}. */
	PageView<PlaceRow> list(int page, int size, LocalDate date) {
		return list(null, page, size, date);
	}

	/**
	 * Places by name, a page at a time, with the controller on {@code date}; with
	 * {@code q}, only those whose name, French name or an alias contains it, regardless
	 * of accents and case.
	 */
	public PageView<PlaceRow> list(String q, int page, int size, LocalDate date) {
		String folded = (q != null && !q.isBlank()) ? q.strip() : null;
		String pattern = (folded != null)
				? "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" : "%";
		String matching = (folded == null) ? "TRUE" : """
				EXISTS (SELECT 1 FROM (SELECT p.name AS text UNION ALL SELECT p.name_fr
				                       UNION ALL SELECT a.alias FROM place_alias a WHERE a.place_id = p.id) n
				         WHERE faultline_unaccent(n.text) ILIKE faultline_unaccent(:pattern))""";
		long total = this.jdbc.sql("SELECT count(*) FROM place p WHERE " + matching)
			.param("pattern", pattern)
			.query(Long.class)
			.single();
		List<PlaceRow> rows = this.jdbc
			.sql("""
					SELECT p.id, p.name, p.name_fr, p.kind, r.name AS region_name, r.name_fr AS region_name_fr,
					       (SELECT coalesce(sum(ps.events), 0) FROM place_summary ps WHERE ps.place_id = p.id AND (NOT ps.acled OR (SELECT faultline_acled_shown()))) AS events,
					       a.id AS controller_id, coalesce(a.short_name, a.name) AS controller_label, a.colour
					  FROM place p
					  LEFT JOIN region r ON r.id = p.region_id
					  LEFT JOIN control_period c ON c.place_id = p.id AND c.valid @> CAST(:date AS date)
					  LEFT JOIN actor a ON a.id = c.actor_id
					 WHERE %s
					 ORDER BY lower(p.name), p.id
					 LIMIT :size OFFSET :offset"""
				.formatted(matching))
			.param("pattern", pattern)
			.param("date", date)
			.param("size", size)
			.param("offset", PageView.offset(page, size))
			.query(ROW)
			.list();
		return new PageView<>(rows, page, size, total);
	}

}
