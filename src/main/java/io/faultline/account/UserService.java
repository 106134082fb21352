package io.faultline.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UserService {

	private final AppUserRepository users;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final JdbcClient jdbc;

	UserService(AppUserRepository users, PasswordEncoder passwords, Clock clock, JdbcClient jdbc) {
		this.users = users;
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<UserRow> list() {
		Instant now = Instant.now(this.clock);
		return this.users.findAllByOrderByUsernameAsc()
			.stream()
			.map((user) -> new UserRow(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
					user.isEnabled(), user.isDemo(),
					user.getLockedUntil() != null && user.getLockedUntil().isAfter(now), user.getLastLoginAt()))
			.toList();
	}

	/**
	 * The demo accounts for the sign-in page, which every visitor may view: one plain
	 * query outside any transaction, not entities through JPA (18 % of that page's time
	 * under load, BENCHMARKS.md).
	 */
	List<UserRow> demoAccounts() {
		return this.jdbc.sql("""
				SELECT id, username, display_name, role, enabled FROM app_user
				 WHERE demo ORDER BY role, username""")
			.query((row, n) -> new UserRow(row.getLong("id"), row.getString("username"), row.getString("display_name"),
					Role.valueOf(row.getString("role")), row.getBoolean("enabled"), true, false, null))
			.list();
	}

	@Transactional
	long create(UserForm form) {
		if (this.users.findByUsername(form.username()).isPresent()) {
			throw new UsernameTakenException(form.username());
		}
		AppUser user = new AppUser(form.username(), form.displayName().strip(), this.passwords.encode(form.password()),
				form.role());
		return this.users.save(user).getId();
	}

	@Transactional
	void createDemo(String username, Role role, String password) {
		AppUser user = new AppUser(username, "Demo " + role.name().toLowerCase(java.util.Locale.ROOT),
				this.passwords.encode(password), role);
		user.markDemo();
		this.users.save(user);
	}

	@Transactional
	void setEnabled(long id, boolean enabled) {
		find(id).setEnabled(enabled);
	}

	/** Also lifts a lockout: the admin has vouched for the person. */
	@Transactional
	void resetPassword(long id, String password) {
		find(id).setPasswordHash(this.passwords.encode(password));
	}

	@Transactional(readOnly = true)
	String usernameOf(long id) {
		return find(id).getUsername();
	}

	private AppUser find(long id) {
		return this.users.findById(id).orElseThrow(() -> new UserNotFoundException(id));
	}

}
