package io.faultline.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password set by an admin. */
record PasswordForm(
		@NotBlank @Size(min = MIN_LENGTH, max = 200, message = "{account.password.length}") String password) {

	static final int MIN_LENGTH = 12;

}
