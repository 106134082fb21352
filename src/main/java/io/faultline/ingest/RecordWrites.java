package io.faultline.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.faultline.ingest.ImportProgress.WriteStep;

/**
 * The set-wise writes of an import, from the staging tables ({@code staged_event}, and
 * {@code staged_merged}: one row per event, sorted into NEW, UPDATED and UNCHANGED) into
 * the record. Unchanged events are not touched. The audit triggers record every event,
 * claim, place, actor and source written.
 */
final class RecordWrites {

	private static final Logger logger = LoggerFactory.getLogger(RecordWrites.class);

	/** An ACLED actor name's era suffix: "Military Forces of Mali (2013-2020)". */
	private static final String ERA = "'\\s*\\(\\d{4}\\s*-\\s*(\\d{4}|)\\)\\s*$'";

	private final JdbcClient jdbc;

	private final Dataset dataset;

	private final String user;

	private final boolean actorBased;

	private final ImportProgress progress;

	RecordWrites(JdbcClient jdbc, Dataset dataset, String user, boolean actorBased, ImportProgress progress) {
		this.jdbc = jdbc;
		this.dataset = dataset;
		this.user = user;
		this.actorBased = actorBased;
		this.progress = progress;
	}

	void apply() {
		timed(WriteStep.PLACES, this::places);
		timed(WriteStep.ACTORS, this::actors);
		timed(WriteStep.EVENTS, this::events);
		timed(WriteStep.PARTICIPANTS, this::participants);
		timed(WriteStep.CLAIMS, this::claims);
	}

	private void timed(WriteStep step, Runnable writes) {
		this.progress.writing(step);
		long started = System.nanoTime();
		writes.run();
		if (logger.isDebugEnabled()) {
			logger.debug("{}: {} ms", step.label(), (System.nanoTime() - started) / 1_000_000);
		}
	}

	/**
	 * Each distinct location of the file is the nearest place within 25 km known by that
	 * name (its name, French name or an alias, without regard to accents or case), or
	 * else a new place at the file's point.
	 */
	private void places() {
		sql("""
				CREATE TEMP TABLE staged_place ON COMMIT DROP AS
				SELECT location, lat, lon, min(geo_precision) AS geo_precision,
				       faultline_unaccent(lower(location)) AS norm,
				       ST_SetSRID(ST_MakePoint(lon, lat), 4326) AS point, CAST(NULL AS bigint) AS place_id
				  FROM staged_merged WHERE status <> 'UNCHANGED'
				 GROUP BY location, lat, lon""");
		sql("""
				CREATE TEMP TABLE known_place_name ON COMMIT DROP AS
				SELECT id AS place_id, faultline_unaccent(lower(name)) AS norm FROM place
				UNION SELECT id, faultline_unaccent(lower(name_fr)) FROM place WHERE name_fr IS NOT NULL
				UNION SELECT place_id, faultline_unaccent(lower(alias)) FROM place_alias""");
		sql("CREATE INDEX ON known_place_name (norm)");
		sql("ANALYZE staged_place");
		sql("ANALYZE known_place_name");
		this.jdbc
			.sql("""
					UPDATE staged_place sp SET place_id = best.place_id
					  FROM (SELECT DISTINCT ON (s.location, s.lat, s.lon) s.location, s.lat, s.lon, p.id AS place_id
					          FROM staged_place s
					          JOIN known_place_name k ON k.norm = s.norm
					          JOIN place p ON p.id = k.place_id
					         WHERE ST_DWithin(p.location::geography, s.point::geography, :metres)
					         ORDER BY s.location, s.lat, s.lon, ST_Distance(p.location::geography, s.point::geography), p.id) best
					 WHERE best.location = sp.location AND best.lat = sp.lat AND best.lon = sp.lon""")
			.param("metres", StagedImport.PLACE_MATCH_METRES)
			.update();
		sql("""
				WITH created AS (
				    INSERT INTO place (name, kind, location, location_precision)
				    SELECT location, 'VILLAGE', point, geo_precision FROM staged_place WHERE place_id IS NULL
				    RETURNING id, name, ST_X(location) AS lon, ST_Y(location) AS lat)
				UPDATE staged_place sp SET place_id = c.id
				  FROM created c
				 WHERE sp.place_id IS NULL AND c.name = sp.location AND c.lon = sp.lon AND c.lat = sp.lat""");
	}

	/**
	 * Each distinct actor string is the actor that has it as name, short name or alias;
	 * else, without its era suffix ("Military Forces of Mali (2013-2020)" is FAMa's
	 * "Military Forces of Mali"); else by the acronym before a colon ("JNIM: Group for
	 * Support of Islam and Muslims"). Strings still unknown become new actors flagged for
	 * review, one per name without suffix, the full strings kept as aliases.
	 */
	private void actors() {
		// In actor-based files each row is one actor: the event's first row is side A.
		String rows = this.actorBased ? """
				WITH f AS (SELECT ext_id, min(line) AS line FROM staged_event GROUP BY ext_id),
				     r AS (SELECT s.*, CASE WHEN s.line = f.line THEN 'A' ELSE 'B' END AS side1
				             FROM staged_event s JOIN f USING (ext_id)
				             JOIN staged_merged m ON m.ext_id = s.ext_id WHERE m.status <> 'UNCHANGED')
				""" : """
				WITH r AS (SELECT m.*, 'A' AS side1 FROM staged_merged m WHERE m.status <> 'UNCHANGED')
				""";
		sql("CREATE TEMP TABLE staged_actor ON COMMIT DROP AS " + rows
				+ """
						SELECT r.ext_id, r.line, trim(x.name) AS name, x.inter, x.side, x.role
						  FROM r CROSS JOIN LATERAL (
						           SELECT r.actor1, r.inter1, r.side1, 'PRIMARY'
						           UNION ALL SELECT a, NULL, r.side1, 'ASSOCIATED' FROM regexp_split_to_table(r.assoc1, ';') AS a
						           UNION ALL SELECT r.actor2, r.inter2, 'B', 'PRIMARY'
						           UNION ALL SELECT a, NULL, 'B', 'ASSOCIATED' FROM regexp_split_to_table(r.assoc2, ';') AS a
						       ) AS x(name, inter, side, role)
						 WHERE trim(x.name) <> ''""");
		sql("""
				CREATE TEMP TABLE staged_actor_name ON COMMIT DROP AS
				SELECT name, max(inter) AS inter, lower(name) AS lname,
				       coalesce(nullif(regexp_replace(name, %1$s, ''), ''), name) AS stripped,
				       lower(coalesce(nullif(regexp_replace(name, %1$s, ''), ''), name)) AS lstripped,
				       CAST(NULL AS bigint) AS actor_id, false AS created
				  FROM staged_actor GROUP BY name""".formatted(ERA));
		sql("""
				CREATE TEMP TABLE known_actor_name ON COMMIT DROP AS
				SELECT DISTINCT ON (lname) lname, actor_id FROM (
				    SELECT lower(name) AS lname, id AS actor_id, 0 AS rank FROM actor
				    UNION ALL SELECT lower(alias), actor_id, 0 FROM actor_alias
				    UNION ALL SELECT lower(short_name), id, 1 FROM actor WHERE short_name IS NOT NULL) n
				 ORDER BY lname, rank, actor_id""");
		resolveActors();
		sql("""
				WITH created AS (
				    INSERT INTO actor (name, kind, acled_inter, needs_review)
				    SELECT DISTINCT ON (lstripped) stripped,
				           CASE WHEN lstripped LIKE 'unidentified%%' THEN 'UNIDENTIFIED'
				                WHEN lstripped LIKE 'civilians%%' THEN 'CIVILIANS'
				                WHEN inter = 1 THEN 'STATE_FORCE' WHEN inter = 2 THEN 'REBEL_GROUP'
				                WHEN inter IN (3, 4) THEN 'MILITIA' WHEN inter IN (5, 6, 7) THEN 'CIVILIANS'
				                WHEN inter = 8 THEN 'FOREIGN_STATE_FORCE' ELSE 'UNIDENTIFIED' END,
				           inter, true
				      FROM staged_actor_name WHERE actor_id IS NULL
				     ORDER BY lstripped, inter NULLS LAST, name
				    RETURNING id, lower(name) AS lname)
				UPDATE staged_actor_name n SET actor_id = c.id, created = true
				  FROM created c WHERE n.actor_id IS NULL AND n.lstripped = c.lname""".replace("%%", "%"));
		sql("""
				INSERT INTO actor_alias (actor_id, alias, language)
				SELECT DISTINCT ON (lname) actor_id, name, 'en' FROM staged_actor_name
				 WHERE created AND lname <> lstripped
				 ORDER BY lname, name
				ON CONFLICT DO NOTHING""");
	}

	private void resolveActors() {
		sql("""
				UPDATE staged_actor_name n SET actor_id = k.actor_id
				  FROM known_actor_name k WHERE n.actor_id IS NULL AND k.lname = n.lname""");
		sql("""
				UPDATE staged_actor_name n SET actor_id = k.actor_id
				  FROM known_actor_name k WHERE n.actor_id IS NULL AND k.lname = n.lstripped""");
		sql("""
				UPDATE staged_actor_name n SET actor_id = k.actor_id
				  FROM known_actor_name k
				 WHERE n.actor_id IS NULL AND n.stripped ~ '^[^:]{2,20}:'
				   AND k.lname = lower(trim(split_part(n.stripped, ':', 1)))""");
	}

	/**
	 * New events are published under the dataset's attribution; updated ones rewritten.
	 */
	private void events() {
		sql("CREATE TEMP TABLE staged_id (ext_id text NOT NULL, event_id bigint NOT NULL, status text NOT NULL) ON COMMIT DROP");
		this.jdbc
			.sql("""
					WITH inserted AS (
					    INSERT INTO event (event_date, date_precision, end_date, disorder_type_code, event_type_code,
					                       sub_event_type_code, place_id, location, location_precision, fatalities_low,
					                       fatalities_best, fatalities_high, civilian_targeting, title, review_status,
					                       %s, created_by, updated_by)
					    SELECT m.event_date, m.date_precision, m.end_date, m.disorder_code, m.type_code, m.sub_code,
					           sp.place_id, sp.point, m.geo_precision, m.fatalities_low, m.fatalities_best,
					           m.fatalities_high, m.civilian_targeting, st.name || ' — ' || m.location, 'PUBLISHED',
					           %s, :user, :user
					      FROM staged_merged m
					      JOIN staged_place sp ON sp.location = m.location AND sp.lat = m.lat AND sp.lon = m.lon
					      JOIN sub_event_type st ON st.event_type_code = m.type_code AND st.code = m.sub_code
					     WHERE m.status = 'NEW'
					    RETURNING id, %s AS ext_id)
					INSERT INTO staged_id (ext_id, event_id, status) SELECT ext_id, id, 'NEW' FROM inserted"""
				.formatted(this.dataset.idColumns, this.dataset.idValues, this.dataset.idOfEvent))
			.param("user", this.user)
			.update();
		this.jdbc.sql("""
				UPDATE event e
				   SET event_date = m.event_date, date_precision = m.date_precision, end_date = m.end_date,
				       disorder_type_code = m.disorder_code, event_type_code = m.type_code,
				       sub_event_type_code = m.sub_code, place_id = sp.place_id, location = sp.point,
				       location_precision = m.geo_precision, fatalities_low = m.fatalities_low,
				       fatalities_best = m.fatalities_best, fatalities_high = m.fatalities_high,
				       civilian_targeting = m.civilian_targeting, title = st.name || ' — ' || m.location,
				       %s, updated_by = :user, updated_at = now(), version = e.version + 1
				  FROM staged_merged m
				  JOIN staged_place sp ON sp.location = m.location AND sp.lat = m.lat AND sp.lon = m.lon
				  JOIN sub_event_type st ON st.event_type_code = m.type_code AND st.code = m.sub_code
				 WHERE m.status = 'UPDATED' AND e.id = m.event_id""".formatted(this.dataset.idAssignments))
			.param("user", this.user)
			.update();
		sql("INSERT INTO staged_id (ext_id, event_id, status) SELECT ext_id, event_id, 'UPDATED' FROM staged_merged WHERE status = 'UPDATED'");
		sql("CREATE INDEX ON staged_id (ext_id)");
		sql("ANALYZE staged_id");
	}

	/** The file's actors replace an updated event's participants. */
	private void participants() {
		sql("DELETE FROM event_actor ea USING staged_id i WHERE i.status = 'UPDATED' AND ea.event_id = i.event_id");
		sql("""
				INSERT INTO event_actor (event_id, actor_id, side, role)
				SELECT DISTINCT ON (i.event_id, n.actor_id) i.event_id, n.actor_id, a.side, a.role
				  FROM staged_actor a
				  JOIN staged_id i ON i.ext_id = a.ext_id
				  JOIN staged_actor_name n ON n.name = a.name
				 ORDER BY i.event_id, n.actor_id, a.role DESC, a.side, a.line""");
	}

	/**
	 * One claim per source a row cites (its {@code source} field split on {@code ;}), or
	 * one from the dataset itself when it cites none, with the row's notes and figure and
	 * the dataset as provenance. Sources not in the record yet are added.
	 */
	private void claims() {
		this.jdbc.sql("""
				CREATE TEMP TABLE staged_claim ON COMMIT DROP AS
				SELECT DISTINCT ON (i.event_id, lower(trim(s.name)))
				       i.event_id, i.status, trim(s.name) AS source_name, lower(trim(s.name)) AS lname, m.notes,
				       m.fatalities_best AS fatalities, m.event_date, m.source_scale
				  FROM staged_id i
				  JOIN staged_merged m ON m.ext_id = i.ext_id
				 CROSS JOIN LATERAL regexp_split_to_table(coalesce(m.sources, :dataset), ';') AS s(name)
				 WHERE trim(s.name) <> ''
				 ORDER BY i.event_id, lower(trim(s.name)), s.name""")
			.param("dataset", this.dataset.datasetSource)
			.update();
		this.jdbc.sql("""
				INSERT INTO source (name, kind)
				SELECT DISTINCT ON (c.lname) c.source_name,
				       CASE WHEN c.lname = lower(:dataset) THEN 'DATASET'
				            WHEN c.source_scale ILIKE 'international' THEN 'INTERNATIONAL_MEDIA'
				            WHEN c.source_scale ILIKE 'new media' THEN 'SOCIAL_MEDIA'
				            WHEN c.source_scale ~* '^(national|subnational|regional|local)' THEN 'LOCAL_MEDIA'
				            ELSE 'REFERENCE' END
				  FROM staged_claim c
				 WHERE NOT EXISTS (SELECT 1 FROM source s WHERE lower(s.name) = c.lname)
				 ORDER BY c.lname, c.source_name""").param("dataset", this.dataset.datasetSource).update();
		sql("""
				CREATE TEMP TABLE known_source ON COMMIT DROP AS
				SELECT DISTINCT ON (lower(name)) lower(name) AS lname, id FROM source ORDER BY lower(name), id""");
		String provenance = this.dataset.provenance();
		this.jdbc.sql("""
				DELETE FROM claim c USING staged_id i
				 WHERE i.status = 'UPDATED' AND c.event_id = i.event_id AND c.provenance = :provenance
				   AND NOT EXISTS (SELECT 1 FROM staged_claim sc JOIN known_source ks ON ks.lname = sc.lname
				                    WHERE sc.event_id = c.event_id AND ks.id = c.source_id)""")
			.param("provenance", provenance)
			.update();
		this.jdbc.sql("""
				UPDATE claim c SET excerpt = sc.notes, fatalities = sc.fatalities, reported_event_date = sc.event_date,
				       version = c.version + 1
				  FROM staged_claim sc JOIN known_source ks ON ks.lname = sc.lname
				 WHERE sc.status = 'UPDATED' AND c.event_id = sc.event_id AND c.source_id = ks.id
				   AND c.provenance = :provenance
				   AND (c.excerpt, c.fatalities, c.reported_event_date)
				       IS DISTINCT FROM (sc.notes, sc.fatalities, sc.event_date)""")
			.param("provenance", provenance)
			.update();
		String insert = """
				INSERT INTO claim (event_id, source_id, excerpt, excerpt_language, fatalities, reported_event_date,
				                   stance, provenance)
				SELECT sc.event_id, ks.id, sc.notes, 'en', sc.fatalities, sc.event_date, 'REPORTS', :provenance
				  FROM staged_claim sc JOIN known_source ks ON ks.lname = sc.lname
				""";
		this.jdbc.sql(insert + " WHERE sc.status = 'NEW'").param("provenance", provenance).update();
		this.jdbc.sql(insert + """
				WHERE sc.status = 'UPDATED'
				  AND NOT EXISTS (SELECT 1 FROM claim c WHERE c.event_id = sc.event_id AND c.source_id = ks.id
				                                        AND c.provenance = :provenance)""")
			.param("provenance", provenance)
			.update();
	}

	private void sql(String statement) {
		long started = System.nanoTime();
		this.jdbc.sql(statement).update();
		if (logger.isDebugEnabled()) {
			logger.debug("{} ms: {}", (System.nanoTime() - started) / 1_000_000,
					statement.lines().findFirst().orElse(""));
		}
	}

}
