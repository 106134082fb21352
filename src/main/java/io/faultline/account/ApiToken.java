package io.faultline.account;

import java.time.Instant;

/**
 * A personal API token as its owner sees it: never the token itself, only its first
 * characters.
 *
 * @param prefix the first characters of the token, to tell tokens apart
 * @param expiresAt when it stops working by itself, or {@code null} for never
 * @param revokedAt when its owner revoked it, or {@code null}
 */
public record ApiToken(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant expiresAt,
		Instant revokedAt) {

	/** Whether the token still authenticates at {@code now} (its owner aside). */
	public boolean activeAt(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || this.expiresAt.isAfter(now));
	}

}
