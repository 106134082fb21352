package io.faultline.place;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.system.LocalizedName;

/**
 * Places as choices for the editing forms: search as you type, and a short list without
 * it.
 */
@Service
@Transactional(readOnly = true)
public class PlaceLookup {

	private static final RowMapper<PlaceOption> OPTION = (row, n) -> new PlaceOption(row.getLong("id"),
			LocalizedName.of(row, "name"), LocalizedName.of(row, "region_name"));

	private final JdbcClient jdbc;

	PlaceLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Places whose name, French name or an alias starts with or contains {@code text},
	 * regardless of accents and case; those whose name starts with it first. Each name is
	 * matched on its own so that the trigram indexes (V13) serve the search once a
	 * GeoNames dump has filled the gazetteer.
	 */
	public List<PlaceOption> search(String text, int limit) {
		String folded = (text != null) ? text.strip() : "";
		if (folded.isEmpty()) {
			return List.of();
		}
		String pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.jdbc.sql("""
				WITH hits AS (
				    SELECT id AS place_id FROM place WHERE faultline_unaccent(name) ILIKE faultline_unaccent(:pattern)
				    UNION
				    SELECT id FROM place WHERE faultline_unaccent(name_fr) ILIKE faultline_unaccent(:pattern)
				    UNION
				    SELECT place_id FROM place_alias WHERE faultline_unaccent(alias) ILIKE faultline_unaccent(:pattern))
				SELECT p.id, p.name, p.name_fr, r.name AS region_name, r.name_fr AS region_name_fr,
				       CASE WHEN faultline_unaccent(p.name) ILIKE faultline_unaccent(:prefix)
				              OR faultline_unaccent(p.name_fr) ILIKE faultline_unaccent(:prefix)
				              OR EXISTS (SELECT 1 FROM place_alias a WHERE a.place_id = p.id
				                            AND faultline_unaccent(a.alias) ILIKE faultline_unaccent(:prefix))
				            THEN 0 ELSE 1 END AS rank
				  FROM hits h
				  JOIN place p ON p.id = h.place_id
				  LEFT JOIN region r ON r.id = p.region_id
				 ORDER BY rank, lower(p.name), p.id
				 LIMIT :limit""")
			.param("pattern", pattern)
			.param("prefix", pattern.substring(1))
			.param("limit", limit)
			.query(OPTION)
			.list();
	}

	/**
	 * The places with the most published events (place_summary), by name: the choice
	 * offered without JavaScript.
	 */
	public List<PlaceOption> busiest(int limit) {
		return this.jdbc.sql("""
				SELECT * FROM (
				    SELECT p.id, p.name, p.name_fr, r.name AS region_name, r.name_fr AS region_name_fr,
				           (SELECT coalesce(sum(ps.events), 0) FROM place_summary ps WHERE ps.place_id = p.id) AS events
				      FROM place p LEFT JOIN region r ON r.id = p.region_id
				     ORDER BY events DESC, p.id
				     LIMIT :limit) busiest
				 ORDER BY lower(name), id""").param("limit", limit).query(OPTION).list();
	}

	public Optional<PlaceOption> find(long id) {
		return this.jdbc.sql("""
				SELECT p.id, p.name, p.name_fr, r.name AS region_name, r.name_fr AS region_name_fr
				  FROM place p LEFT JOIN region r ON r.id = p.region_id
				 WHERE p.id = :id""").param("id", id).query(OPTION).optional();
	}

}
