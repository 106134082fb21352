package io.faultline.account;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.system.FaultlineProperties;

/**
 * At start: the first administrator, from {@code FAULTLINE_ADMIN_PASSWORD} or with a
 * generated password printed once; and, only where the demo record is loaded, the demo
 * accounts.
 */
@Component
class AccountBootstrap implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(AccountBootstrap.class);

	static final String ADMIN_USERNAME = "admin";

	static final String DEMO_PASSWORD = "faultline-demo";

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final UserService users;

	private final AppUserRepository repository;

	private final JdbcClient jdbc;

	private final FaultlineProperties properties;

	AccountBootstrap(UserService users, AppUserRepository repository, JdbcClient jdbc, FaultlineProperties properties) {
		this.users = users;
		this.repository = repository;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		if (!this.repository.existsByRole(Role.ADMIN)) {
			String configured = this.properties.admin().password();
			boolean generated = configured == null || configured.isBlank();
			String password = generated ? generatePassword() : configured;
			this.users.create(new UserForm(ADMIN_USERNAME, "Administrator", Role.ADMIN, password));
			if (generated) {
				logger.warn(
						"Created the first administrator '{}' with the generated password: {}  "
								+ "(shown only this once; set FAULTLINE_ADMIN_PASSWORD to choose it)",
						ADMIN_USERNAME, password);
			}
			else {
				logger.info("Created the first administrator '{}' with the password from FAULTLINE_ADMIN_PASSWORD",
						ADMIN_USERNAME);
			}
		}
		if (this.properties.demo().enabled() && demoRecordLoaded()
				&& this.repository.findByDemoTrueOrderByRoleAscUsernameAsc().isEmpty()) {
			for (Role role : Role.values()) {
				if (role != Role.ADMIN) {
					this.users.createDemo(role.name().toLowerCase(java.util.Locale.ROOT), role, DEMO_PASSWORD);
				}
			}
			this.users.createDemo("reviewer2", Role.REVIEWER, DEMO_PASSWORD);
			logger.info("Created the demo accounts (password '{}'): they exist only beside the demo record",
					DEMO_PASSWORD);
		}
	}

	private boolean demoRecordLoaded() {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM event WHERE created_by = 'demo')")
			.query(Boolean.class)
			.single();
	}

	private static String generatePassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
