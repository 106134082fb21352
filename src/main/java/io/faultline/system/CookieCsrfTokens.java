package io.faultline.system;

import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * The CSRF token in its own cookie (HttpOnly, SameSite=Lax, Secure over TLS) rather than
 * in the session: every form still sends it back, but an anonymous reader's view of a
 * page with a form (the sign-in page) creates no session, which would be a row written to
 * PostgreSQL per visitor. New tokens are 128 random bits from
 * {@link PerThreadSecureRandom} instead of {@code UUID.randomUUID()}, which takes the
 * JVM-wide lock of the default generator.
 */
final class CookieCsrfTokens implements CsrfTokenRepository {

	static final String COOKIE = "FAULTLINE_CSRF";

	private static final String PARAMETER = "_csrf";

	private static final String HEADER = "X-XSRF-TOKEN";

	private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

	private final SecureRandom random;

	CookieCsrfTokens(SecureRandom random) {
		this.random = random;
		this.cookies.setCookieName(COOKIE);
		this.cookies.setParameterName(PARAMETER);
		this.cookies.setHeaderName(HEADER);
		this.cookies.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return new DefaultCsrfToken(HEADER, PARAMETER, HexFormat.of().formatHex(bytes));
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		this.cookies.saveToken(token, request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return this.cookies.loadToken(request);
	}

}
