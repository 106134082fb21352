package io.faultline.ingest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ACLED's terms forbid redistributing its data: events imported from ACLED (those with an
 * {@code acled_event_id}) are shown to signed-in users, always with their attribution,
 * and left out of anonymous views and public exports unless an administrator has turned
 * sharing on.
 */
@Service
public class AcledTerms {

	/**
	 * The condition every public read adds; bind {@code :acledShown} to
	 * {@link #shownTo(Authentication)}.
	 */
	public static final String SQL_CONDITION = "(e.acled_event_id IS NULL OR :acledShown)";

	private final JdbcClient jdbc;

	AcledTerms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether ACLED-derived events may be shown to whoever made this request. */
	@Transactional(readOnly = true)
	public boolean shownTo(Authentication authentication) {
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		return signedIn || sharedPublicly();
	}

	/** Whether an administrator has allowed ACLED-derived events in public views. */
	@Transactional(readOnly = true)
	public boolean sharedPublicly() {
		return this.jdbc.sql("SELECT value FROM app_setting WHERE name = 'acled.public'")
			.query(String.class)
			.optional()
			.map(Boolean::parseBoolean)
			.orElse(false);
	}

	@Transactional
	public void sharePublicly(boolean shared, String administrator) {
		this.jdbc.sql("""
				INSERT INTO app_setting (name, value, updated_by) VALUES ('acled.public', :value, :by)
				ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value, updated_by = EXCLUDED.updated_by,
				    updated_at = now()""").param("value", Boolean.toString(shared)).param("by", administrator).update();
	}

}
