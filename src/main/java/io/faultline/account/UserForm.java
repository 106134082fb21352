package io.faultline.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new account as the admin types it. */
record UserForm(
		@NotBlank @Pattern(regexp = "[a-z0-9._-]{3,40}", message = "{account.username.pattern}") String username,
		@NotBlank @Size(max = 100) String displayName, @NotNull Role role,
		@NotBlank @Size(min = PasswordForm.MIN_LENGTH, max = 200,
				message = "{account.password.length}") String password) {

	static UserForm empty() {
		return new UserForm("", "", Role.ANALYST, "");
	}

}
