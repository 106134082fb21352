package io.faultline.account;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A new API token as its owner names it.
 *
 * @param expiresOn the last day it works (UTC), or {@code null} for no end
 */
record ApiTokenForm(@NotBlank @Size(max = 100, message = "{api.token.name.long}") String name,
		@DateTimeFormat(iso = ISO.DATE) LocalDate expiresOn) {

	static ApiTokenForm empty() {
		return new ApiTokenForm("", null);
	}

}
