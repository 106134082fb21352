package io.faultline.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down and then stops repeated failed sign-ins: an account is locked after
 * {@value #ACCOUNT_LIMIT} failures within the window, an address is refused after
 * {@value #ADDRESS_LIMIT}, and every failure from an address adds to the wait before its
 * next attempt. Kept in the database so that every instance of the app sees the same
 * count.
 */
@Service
public class LoginThrottle {

	static final int ACCOUNT_LIMIT = 5;

	static final int ADDRESS_LIMIT = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration DELAY_STEP = Duration.ofMillis(200);

	static final Duration MAX_DELAY = Duration.ofSeconds(2);

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void recordFailure(String username, String address) {
		OffsetDateTime now = now();
		this.jdbc.sql("DELETE FROM login_failure WHERE failed_at < :old").param("old", now.minusDays(1)).update();
		this.jdbc.sql("INSERT INTO login_failure (username, address, failed_at) VALUES (:username, :address, :now)")
			.param("username", String.valueOf(username))
			.param("address", address)
			.param("now", now)
			.update();
		long recent = this.jdbc.sql("""
				SELECT count(*) FROM login_failure WHERE lower(username) = lower(:username) AND failed_at > :since""")
			.param("username", String.valueOf(username))
			.param("since", now.minus(WINDOW))
			.query(Long.class)
			.single();
		if (recent >= ACCOUNT_LIMIT) {
			this.jdbc.sql("UPDATE app_user SET locked_until = :until WHERE lower(username) = lower(:username)")
				.param("until", now.plus(WINDOW))
				.param("username", username)
				.update();
		}
	}

	/** A successful sign-in forgets the account's failures. */
	@Transactional
	public void recordSuccess(String username) {
		this.jdbc.sql("DELETE FROM login_failure WHERE lower(username) = lower(:username)")
			.param("username", username)
			.update();
		this.jdbc.sql(
				"UPDATE app_user SET last_login_at = :now, locked_until = NULL WHERE lower(username) = lower(:username)")
			.param("now", now())
			.param("username", username)
			.update();
	}

	public boolean isBlocked(String address) {
		return recentFromAddress(address) >= ADDRESS_LIMIT;
	}

	/**
	 * How long the next attempt from this address waits: longer with every recent
	 * failure.
	 */
	public Duration delayFor(String address) {
		Duration delay = DELAY_STEP.multipliedBy(recentFromAddress(address));
		return (delay.compareTo(MAX_DELAY) > 0) ? MAX_DELAY : delay;
	}

	private long recentFromAddress(String address) {
		return this.jdbc.sql("SELECT count(*) FROM login_failure WHERE address = :address AND failed_at > :since")
			.param("address", address)
			.param("since", now().minus(WINDOW))
			.query(Long.class)
			.single();
	}

	private OffsetDateTime now() {
		return Instant.now(this.clock).atOffset(ZoneOffset.UTC);
	}

}
