package io.faultline.place;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.system.LocalizedName;

/**
 * Regions and what happened inside them; a region holds the places of its sub-regions
 * too.
 */
@Service
@Transactional(readOnly = true)
class RegionService {

	/** The region and every region below it. */
	private static final String SUBTREE = """
			WITH RECURSIVE subtree AS (
			    SELECT id FROM region WHERE code = :code
			    UNION ALL
			    SELECT r.id FROM region r JOIN subtree s ON r.parent_id = s.id
			)
			""";

	/**
	 * The summary rows ({@code place_summary ps}) a reader may count: ACLED's only while
	 * shared.
	 */
	private static final String SHOWN = "(NOT ps.acled OR (SELECT faultline_acled_shown()))";

	private static final RowMapper<RegionDetails> DETAILS = (row, n) -> new RegionDetails(row.getLong("id"),
			row.getString("code"), LocalizedName.of(row, "name"), row.getInt("level"), row.getString("parent_code"),
			LocalizedName.of(row, "parent_name"), row.getBoolean("has_boundary"), row.getLong("places"),
			row.getLong("events"), row.getLong("fatalities"));

	private final JdbcClient jdbc;

	RegionService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The region's page: the region, the regions below it and its busiest places with a
	 * control history, with their holder on {@code date}.
	 */
	RegionView view(String code, LocalDate date, int placesShown) {
		return new RegionView(show(code), children(code), placesUnderControl(code, date, placesShown), date);
	}

	RegionDetails show(String code) {
		return this.jdbc
			.sql(SUBTREE
					+ """
							SELECT r.id, r.code, r.name, r.name_fr, r.level, r.boundary IS NOT NULL AS has_boundary,
							       p.code AS parent_code, p.name AS parent_name, p.name_fr AS parent_name_fr,
							       (SELECT count(*) FROM place pl WHERE pl.region_id IN (SELECT id FROM subtree)) AS places,
							       f.events, f.fatalities
							  FROM region r LEFT JOIN region p ON p.id = r.parent_id
							 CROSS JOIN (SELECT coalesce(sum(ps.events), 0) AS events, coalesce(sum(ps.fatalities_best), 0) AS fatalities
							               FROM place_summary ps JOIN place pl ON pl.id = ps.place_id
							              WHERE pl.region_id IN (SELECT id FROM subtree) AND %1$s) f
							 WHERE r.code = :code"""
						.formatted(SHOWN))
			.param("code", code)
			.query(DETAILS)
			.optional()
			.orElseThrow(() -> new RegionNotFoundException(code));
	}

	/**
	 * The region's places that have a control history, with their holder on {@code date},
	 * busiest first.
	 */
	List<PlaceRow> placesUnderControl(String code, LocalDate date, int limit) {
		return this.jdbc
			.sql(SUBTREE
					+ """
							SELECT p.id, p.name, p.name_fr, p.kind, r.name AS region_name, r.name_fr AS region_name_fr,
							       (SELECT coalesce(sum(ps.events), 0) FROM place_summary ps WHERE ps.place_id = p.id AND %1$s) AS events,
							       a.id AS controller_id, coalesce(a.short_name, a.name) AS controller_label, a.colour
							  FROM place p
							  JOIN region r ON r.id = p.region_id
							  LEFT JOIN control_period c ON c.place_id = p.id AND c.valid @> CAST(:date AS date)
							  LEFT JOIN actor a ON a.id = c.actor_id
							 WHERE p.region_id IN (SELECT id FROM subtree)
							   AND EXISTS (SELECT 1 FROM control_period any_period WHERE any_period.place_id = p.id)
							 ORDER BY events DESC, lower(p.name)
							 LIMIT :limit"""
						.formatted(SHOWN))
			.param("code", code)
			.param("date", date)
			.param("limit", limit)
			.query(PlaceService.ROW)
			.list();
	}

	/**
	 * The regions directly below {@code code} (or the top regions when it is null), each
	 * with its figures.
	 */
	List<RegionDetails> children(String code) {
		return this.jdbc.sql("""
				WITH RECURSIVE children AS (
				    SELECT id FROM region
				     WHERE (CAST(:code AS text) IS NULL AND parent_id IS NULL)
				        OR parent_id = (SELECT id FROM region WHERE code = :code)
				), tree AS (
				    SELECT id AS child_id, id FROM children
				    UNION ALL
				    SELECT t.child_id, r.id FROM region r JOIN tree t ON r.parent_id = t.id
				)
				SELECT c.id, c.code, c.name, c.name_fr, c.level, c.boundary IS NOT NULL AS has_boundary,
				       p.code AS parent_code, p.name AS parent_name, p.name_fr AS parent_name_fr,
				       count(pl.id) AS places, coalesce(sum(summary.events), 0) AS events,
				       coalesce(sum(summary.fatalities_best), 0) AS fatalities
				  FROM region c
				  JOIN children ON children.id = c.id
				  LEFT JOIN region p ON p.id = c.parent_id
				  JOIN tree t ON t.child_id = c.id
				  LEFT JOIN place pl ON pl.region_id = t.id
				  LEFT JOIN LATERAL (SELECT sum(ps.events) AS events, sum(ps.fatalities_best) AS fatalities_best
				                       FROM place_summary ps WHERE ps.place_id = pl.id AND %1$s) summary ON TRUE
				 GROUP BY c.id, p.id
				 ORDER BY c.code""".formatted(SHOWN)).param("code", code).query(DETAILS).list();
	}

}
