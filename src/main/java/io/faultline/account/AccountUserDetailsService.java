package io.faultline.account;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users from PostgreSQL; an account locked by the login throttle stays locked until its
 * time is up.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	private final Clock clock;

	AccountUserDetailsService(AppUserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		AppUser user = this.users.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		Instant lockedUntil = user.getLockedUntil();
		return User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.authorities(user.getRole().authority())
			.disabled(!user.isEnabled())
			.accountLocked(lockedUntil != null && lockedUntil.isAfter(Instant.now(this.clock)))
			.build();
	}

}
