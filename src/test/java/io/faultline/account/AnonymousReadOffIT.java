package io.faultline.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * With anonymous reading off (the default outside tests), every page asks for a sign-in.
 */
@IntegrationTest
@TestPropertySource(properties = "faultline.security.anonymous-read=false")
class AnonymousReadOffIT {

	@Autowired
	MockMvcTester mvc;

	@Test
	void sendsAnonymousReadersToSignIn() {
		for (String page : new String[] { "/", "/places", "/actors", "/regions", "/events/1" }) {
			assertThat(this.mvc.get().uri(page)).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		}
		assertThat(this.mvc.get().uri("/login")).hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk();
	}

	@Test
	void letsAnalystsAndAboveRead() {
		assertThat(this.mvc.get().uri("/").with(user("analyst").roles("ANALYST"))).hasStatusOk();
		assertThat(this.mvc.get().uri("/places").with(user("admin").roles("ADMIN"))).hasStatusOk();
	}

}
