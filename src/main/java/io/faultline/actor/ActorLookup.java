package io.faultline.actor;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Actors as choices for the editing forms of other features. */
@Service
@Transactional(readOnly = true)
public class ActorLookup {

	private final JdbcClient jdbc;

	ActorLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every actor, by label. */
	public List<ActorOption> options() {
		return this.jdbc.sql("""
				SELECT id, coalesce(short_name, name) AS label, name FROM actor
				 ORDER BY lower(coalesce(short_name, name)), id""")
			.query((row, n) -> new ActorOption(row.getLong("id"), row.getString("label"), row.getString("name")))
			.list();
	}

}
