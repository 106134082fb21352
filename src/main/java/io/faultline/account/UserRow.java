package io.faultline.account;

import java.time.Instant;

record UserRow(long id, String username, String displayName, Role role, boolean enabled, boolean demo, boolean locked,
		Instant lastLoginAt) {

}
