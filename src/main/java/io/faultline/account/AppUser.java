package io.faultline.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Someone who signs in. Passwords are stored only as hashes. */
@Entity
@Table(name = "app_user")
class AppUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	private boolean demo;

	private Instant lockedUntil;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	private Instant lastLoginAt;

	@Version
	private int version;

	protected AppUser() {
	}

	AppUser(String username, String displayName, String passwordHash, Role role) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
		this.lockedUntil = null;
	}

	Role getRole() {
		return this.role;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	boolean isDemo() {
		return this.demo;
	}

	void markDemo() {
		this.demo = true;
	}

	Instant getLockedUntil() {
		return this.lockedUntil;
	}

	Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	int getVersion() {
		return this.version;
	}

}
