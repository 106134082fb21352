package io.faultline.system;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;

import static org.assertj.core.api.Assertions.assertThat;

class CookieCsrfTokensTests {

	private final CookieCsrfTokens tokens = new CookieCsrfTokens(new PerThreadSecureRandom());

	@Test
	void generatesUnguessableTokensOf128Bits() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		CsrfToken first = this.tokens.generateToken(request);
		CsrfToken second = this.tokens.generateToken(request);
		assertThat(first.getToken()).matches("[0-9a-f]{32}").isNotEqualTo(second.getToken());
		assertThat(first.getParameterName()).isEqualTo("_csrf");
	}

	@Test
	void keepsTheTokenInAnHttpOnlySameSiteCookieAndReadsItBack() {
		CsrfToken token = this.tokens.generateToken(new MockHttpServletRequest());
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.tokens.saveToken(token, new MockHttpServletRequest(), response);
		Cookie cookie = response.getCookie(CookieCsrfTokens.COOKIE);
		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).isEqualTo(token.getToken());
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.getAttribute("SameSite")).isEqualTo("Lax");
		MockHttpServletRequest next = new MockHttpServletRequest();
		next.setCookies(cookie);
		CsrfToken loaded = this.tokens.loadToken(next);
		assertThat(loaded.getToken()).isEqualTo(token.getToken());
		assertThat(loaded.getParameterName()).isEqualTo(token.getParameterName());
		assertThat(loaded.getHeaderName()).isEqualTo(token.getHeaderName());
	}

	@Test
	void drawsFromAGeneratorPerThread() throws InterruptedException {
		PerThreadSecureRandom random = new PerThreadSecureRandom();
		byte[][] drawn = new byte[2][32];
		Thread other = Thread.ofPlatform().start(() -> random.nextBytes(drawn[1]));
		random.nextBytes(drawn[0]);
		other.join();
		assertThat(drawn[0]).isNotEqualTo(drawn[1]).isNotEqualTo(new byte[32]);
		assertThat(drawn[1]).isNotEqualTo(new byte[32]);
	}

}
