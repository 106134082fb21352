package io.faultline.api;

import jakarta.servlet.http.Cookie;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.faultline.IntegrationTest;
import io.faultline.account.ApiTokenService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Personal API tokens: created on the account page and shown once, stored only as a hash,
 * refused once revoked or expired or when their owner is disabled.
 */
@IntegrationTest
class ApiTokenIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiTokenService tokens;

	@AfterEach
	void removeTokens() {
		this.jdbc.sql("DELETE FROM api_token WHERE name LIKE 'IT token%'").update();
		this.jdbc.sql("UPDATE app_user SET enabled = true WHERE username = 'reviewer2'").update();
	}

	@Test
	void showsANewTokenOnceAndStoresOnlyItsHash() throws Exception {
		MvcTestResult created = this.mvc.post()
			.uri("/account/tokens")
			.param("name", "IT token for R")
			.param("expiresOn", "2099-12-31")
			.with(user("editor").roles("EDITOR"))
			.with(csrf())
			.exchange();
		assertThat(created).hasRedirectedUrl("/account");
		String token = (String) created.getMvcResult().getFlashMap().get("issuedToken");
		assertThat(token).startsWith("flt_").hasSize(4 + 43);
		String shown = this.mvc.get()
			.uri("/account")
			.with(user("editor").roles("EDITOR"))
			.cookie(created.getResponse().getCookie("FAULTLINE_SESSION"))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(shown).contains(token, "IT token for R", token.substring(0, 10) + "…", "2100-01-01");
		String again = this.mvc.get()
			.uri("/account")
			.with(user("editor").roles("EDITOR"))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(again).contains("IT token for R").doesNotContain(token);
		assertThat(this.jdbc.sql("SELECT token_hash FROM api_token WHERE name = 'IT token for R'")
			.query(String.class)
			.single()).isEqualTo(ApiTokenService.hash(token)).hasSize(64);
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM api_token
				 WHERE name = 'IT token for R' AND (token_hash LIKE '%' || :token || '%' OR prefix = :token)""")
			.param("token", token)
			.query(Long.class)
			.single()).isZero();
		assertThat(api(token)).hasStatusOk();
	}

	@Test
	void refusesTokenFormsWithoutCsrfOrWithBadInput() {
		assertThat(this.mvc.post()
			.uri("/account/tokens")
			.param("name", "IT token forged")
			.with(user("editor").roles("EDITOR"))
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/account/tokens")
			.param("name", " ")
			.param("expiresOn", "2001-01-01")
			.with(user("editor").roles("EDITOR"))
			.with(csrf())
			.exchange()).hasStatusOk().model().extractingBindingResult("form").hasFieldErrors("name", "expiresOn");
		assertThat(this.jdbc.sql("SELECT count(*) FROM api_token WHERE name LIKE 'IT token forged%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void refusesTokenlessAndUnknownRequestsWithProblems() throws Exception {
		MvcTestResult missing = this.mvc.post().uri("/api/v1/events").exchange();
		assertThat(missing).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(missing.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
		assertThat(missing.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(missing.getResponse().getContentAsString()).contains("\"status\":401", "Authorization: Bearer");
		MvcTestResult unknown = api("flt_thisTokenDoesNotExist");
		assertThat(unknown).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(unknown.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).contains("invalid_token");
		assertThat(api("not-even-a-flt-token")).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void revokedTokensStopWorking() {
		String token = this.tokens.create("analyst", "IT token revoked", null).token();
		assertThat(api(token)).hasStatusOk();
		long id = this.jdbc.sql("SELECT id FROM api_token WHERE name = 'IT token revoked'").query(Long.class).single();
		assertThat(this.mvc.post()
			.uri("/account/tokens/{id}/revoke", id)
			.with(user("editor").roles("EDITOR"))
			.with(csrf())
			.exchange()).flash().containsEntry("alert", "api.token.notRevoked");
		assertThat(api(token)).hasStatusOk();
		assertThat(this.mvc.post()
			.uri("/account/tokens/{id}/revoke", id)
			.with(user("analyst").roles("ANALYST"))
			.with(csrf())
			.exchange()).hasRedirectedUrl("/account").flash().containsEntry("notice", "api.token.revoked");
		assertThat(api(token)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void expiredTokensAndDisabledOwnersAreRefused() {
		String expired = this.tokens.create("analyst", "IT token expired", Instant.now().minus(1, ChronoUnit.MINUTES))
			.token();
		assertThat(api(expired)).hasStatus(HttpStatus.UNAUTHORIZED);
		String disabled = this.tokens.create("reviewer2", "IT token disabled owner", null).token();
		assertThat(api(disabled)).hasStatusOk();
		this.jdbc.sql("UPDATE app_user SET enabled = false WHERE username = 'reviewer2'").update();
		assertThat(api(disabled)).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void actsWithTheOwnersCurrentRoleAndNotesItsUse() {
		String token = this.tokens.create("editor", "IT token role", null).token();
		assertThat(this.jdbc.sql("SELECT last_used_at FROM api_token WHERE name = 'IT token role'")
			.query(Instant.class)
			.optional()).isEmpty();
		assertThat(api(token)).hasStatusOk();
		assertThat(this.jdbc.sql("SELECT last_used_at IS NOT NULL FROM api_token WHERE name = 'IT token role'")
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(this.mvc.get()
			.uri("/api/v1/events?status=DRAFT")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()).hasStatusOk();
		this.jdbc.sql("UPDATE app_user SET role = 'ANALYST' WHERE username = 'editor'").update();
		try {
			assertThat(this.mvc.get()
				.uri("/api/v1/events?status=DRAFT")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.exchange()).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(this.mvc.post()
				.uri("/api/v1/events")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.contentType("application/json")
				.content("{}")
				.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		}
		finally {
			this.jdbc.sql("UPDATE app_user SET role = 'EDITOR' WHERE username = 'editor'").update();
		}
	}

	@Test
	void ignoresSignedInSessionsOnTheApi() {
		MvcTestResult login = this.mvc.post()
			.uri("/login")
			.param("username", "editor")
			.param("password", "faultline-demo")
			.with(csrf())
			.exchange();
		assertThat(login).hasRedirectedUrl("/");
		Cookie session = login.getResponse().getCookie("FAULTLINE_SESSION");
		assertThat(this.mvc.get().uri("/account").cookie(session).exchange()).hasStatusOk();
		assertThat(this.mvc.post()
			.uri("/api/v1/events")
			.cookie(session)
			.with(csrf())
			.contentType("application/json")
			.content("{}")
			.exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
	}

	private MvcTestResult api(String token) {
		return this.mvc.get()
			.uri("/api/v1/places?size=1")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange();
	}

}
