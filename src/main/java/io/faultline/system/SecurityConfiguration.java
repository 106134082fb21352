package io.faultline.system;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import io.faultline.account.LoginThrottle;
import io.faultline.account.LoginThrottleFilter;
import io.faultline.map.MapProperties;

/**
 * Who may use what: public assets, health and the sign-in page for everybody; published
 * records for analysts (or anybody, when anonymous reading is on); users for
 * administrators; everything else for signed-in users. Roles include each other (see
 * AccountConfiguration). The JSON API under /api/** has its own chain, before this one
 * (api.ApiConfiguration); its OpenAPI document and Swagger UI are read here, like pages.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:%s; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String CSRF_COOKIE = "FAULTLINE_CSRF";

	/** Forms and the look-ups behind them: editors and above. */
	private static final String[] EDITOR_PAGES = { "/events/new", "/events/*/edit", "/events/*/claims/new",
			"/events/*/history", "/places/*/history", "/actors/*/history", "/sources/*/history", "/places/new",
			"/places/*/edit", "/places/search", "/control/new", "/sources/new", "/sources/*/edit", "/actors/new",
			"/actors/*/edit" };

	/**
	 * Every change to the record: editors and above (reviewers' decisions under /review).
	 */
	private static final String[] WRITES = { "/events/**", "/places/**", "/actors/**", "/sources/**", "/control/**" };

	private static final String[] READ_PAGES = { "/", "/events/**", "/places/**", "/actors/**", "/regions/**",
			"/timeline/**", "/map/**", "/sources/**", "/export/**", "/v3/api-docs", "/v3/api-docs/**",
			"/swagger-ui.html", "/swagger-ui/**" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, FaultlineProperties properties, MapProperties map,
			UserDetailsService users, PersistentTokenRepository rememberMeTokens, LoginThrottle throttle)
			throws Exception {
		http.authorizeHttpRequests((requests) -> {
			requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/webjars/**", "/css/**",
						"/js/**", "/images/**", "/favicon.ico", "/login")
				.permitAll();
			requests.requestMatchers("/admin/**").hasRole("ADMIN");
			requests.requestMatchers("/review/**").hasRole("REVIEWER");
			requests.requestMatchers("/imports/acled-sharing").hasRole("ADMIN");
			requests.requestMatchers("/imports", "/imports/**").hasRole("EDITOR");
			requests.requestMatchers(HttpMethod.GET, EDITOR_PAGES).hasRole("EDITOR");
			requests.requestMatchers(HttpMethod.POST, WRITES).hasRole("EDITOR");
			if (properties.security().anonymousRead()) {
				requests.requestMatchers(HttpMethod.GET, READ_PAGES).permitAll();
			}
			requests.requestMatchers(HttpMethod.GET, READ_PAGES).hasRole("ANALYST");
			requests.anyRequest().authenticated();
		});
		http.formLogin((login) -> login.loginPage("/login").failureHandler(SecurityConfiguration::loginFailed));
		http.logout((logout) -> logout.logoutSuccessUrl("/login?logout"));
		http.rememberMe((rememberMe) -> rememberMe.tokenRepository(rememberMeTokens)
			.userDetailsService(users)
			.key(rememberMeKey(properties)));
		http.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
		http.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens()));
		// A configured basemap is the only image host besides the app.
		String tiles = map.hasTiles() ? " " + map.tileOrigin() : "";
		String policy = CONTENT_SECURITY_POLICY.formatted(tiles);
		// Swagger UI adds <style> elements of its own: inline styles are allowed on its
		// page
		// only (its scripts stay 'self'); every other page keeps the strict policy.
		RequestMatcher swaggerUi = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");
		String swaggerPolicy = policy.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");
		http.headers((headers) -> headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
					new ContentSecurityPolicyHeaderWriter(policy)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi,
					new ContentSecurityPolicyHeaderWriter(swaggerPolicy)))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/**
	 * No observations of Spring Security's filters, authentications or authorizations:
	 * nothing here traces them, and wrapping each filter of the chain in one took about a
	 * tenth of a page's time under load (BENCHMARKS.md, sixth run).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * The CSRF token in its own cookie (HttpOnly, SameSite=Lax, Secure over TLS) rather
	 * than in the session: every form still sends it back, but an anonymous reader's view
	 * of a page with a form (the sign-in page) no longer creates a session, which would
	 * be a row written to PostgreSQL per visitor.
	 */
	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName(CSRF_COOKIE);
		tokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return tokens;
	}

	/** Says why a sign-in failed without saying whether the username exists. */
	private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		String reason = switch (failure) {
			case LockedException locked -> "locked";
			case DisabledException disabled -> "disabled";
			default -> "error";
		};
		response.sendRedirect(request.getContextPath() + "/login?" + reason);
	}

	private static String rememberMeKey(FaultlineProperties properties) {
		String key = properties.security().rememberMeKey();
		return (key != null && !key.isBlank()) ? key : UUID.randomUUID().toString();
	}

}
