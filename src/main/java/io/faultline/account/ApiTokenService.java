package io.faultline.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: {@value #PREFIX} and 32 random bytes in base64url. Only their
 * SHA-256 is stored, so a stolen database holds no usable token. A token authenticates
 * its owner with the owner's current role, as long as the owner is enabled and the token
 * is neither revoked nor expired.
 */
@Service
public class ApiTokenService {

	static final String PREFIX = "flt_";

	/** Characters of a token kept for display: the prefix and six more. */
	static final int SHOWN = PREFIX.length() + 6;

	/** {@code last_used_at} is written at most this often per token. */
	static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiTokenService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The user's tokens, newest first, revoked ones included. */
	@Transactional(readOnly = true)
	public List<ApiToken> list(String username) {
		return this.jdbc.sql("""
				SELECT t.id, t.name, t.prefix, t.created_at, t.last_used_at, t.expires_at, t.revoked_at
				  FROM api_token t JOIN app_user u ON u.id = t.user_id
				 WHERE lower(u.username) = lower(:username)
				 ORDER BY t.created_at DESC, t.id DESC""")
			.param("username", username)
			.query(ApiTokenService::token)
			.list();
	}

	/**
	 * A new token for the user; the returned secret is the only copy there will ever be.
	 */
	@Transactional
	public IssuedApiToken create(String username, String name, Instant expiresAt) {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		ApiToken token = this.jdbc
			.sql("""
					INSERT INTO api_token (user_id, name, token_hash, prefix, created_at, expires_at)
					SELECT u.id, :name, :hash, :prefix, :now, :expires FROM app_user u WHERE lower(u.username) = lower(:username)
					RETURNING id, name, prefix, created_at, last_used_at, expires_at, revoked_at""")
			.param("name", name.strip())
			.param("hash", hash(secret))
			.param("prefix", secret.substring(0, SHOWN))
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.param("expires", (expiresAt != null) ? Timestamp.from(expiresAt) : null)
			.param("username", username)
			.query(ApiTokenService::token)
			.optional()
			.orElseThrow(() -> new IllegalStateException("No user " + username));
		return new IssuedApiToken(token, secret);
	}

	/**
	 * Revokes one of the user's own tokens; false when they have no such active token.
	 */
	@Transactional
	public boolean revoke(String username, long id) {
		return this.jdbc
			.sql("""
					UPDATE api_token t SET revoked_at = :now
					  FROM app_user u
					 WHERE u.id = t.user_id AND lower(u.username) = lower(:username) AND t.id = :id AND t.revoked_at IS NULL""")
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.param("username", username)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Whom the token speaks for, when it is valid: known, not revoked, not expired, and
	 * its owner enabled. Notes the use at most once per {@link #USE_RESOLUTION}.
	 */
	@Transactional
	public Optional<ApiTokenHolder> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		Instant now = Instant.now(this.clock);
		Optional<Use> use = this.jdbc.sql("""
				SELECT t.id, u.username, u.role, t.last_used_at
				  FROM api_token t JOIN app_user u ON u.id = t.user_id
				 WHERE t.token_hash = :hash AND t.revoked_at IS NULL
				   AND (t.expires_at IS NULL OR t.expires_at > :now) AND u.enabled""")
			.param("hash", hash(secret))
			.param("now", Timestamp.from(now))
			.query((row,
					n) -> new Use(new ApiTokenHolder(row.getLong("id"), row.getString("username"),
							Role.valueOf(row.getString("role"))), instant(row, "last_used_at")))
			.optional();
		use.filter((found) -> found.lastUsedAt() == null || found.lastUsedAt().isBefore(now.minus(USE_RESOLUTION)))
			.ifPresent((found) -> this.jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
				.param("now", Timestamp.from(now))
				.param("id", found.holder().tokenId())
				.update());
		return use.map(Use::holder);
	}

	/** SHA-256 as lower-case hex: what {@code api_token.token_hash} holds. */
	public static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	private record Use(ApiTokenHolder holder, Instant lastUsedAt) {

	}

	private static ApiToken token(ResultSet row, int rowNumber) throws SQLException {
		return new ApiToken(row.getLong("id"), row.getString("name"), row.getString("prefix"),
				instant(row, "created_at"), instant(row, "last_used_at"), instant(row, "expires_at"),
				instant(row, "revoked_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp timestamp = row.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
