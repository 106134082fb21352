package io.faultline.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import io.faultline.map.MapProperties;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:%s; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final String[] READ_PAGES = { "/", "/events/**", "/places/**", "/actors/**", "/regions/**",
			"/timeline/**", "/map/**" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, FaultlineProperties properties, MapProperties map)
			throws Exception {
		http.authorizeHttpRequests((requests) -> {
			requests
				.requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/webjars/**", "/css/**",
						"/js/**", "/images/**", "/favicon.ico")
				.permitAll();
			if (properties.security().anonymousRead()) {
				requests.requestMatchers(HttpMethod.GET, READ_PAGES).permitAll();
			}
			requests.requestMatchers(HttpMethod.GET, READ_PAGES).hasAnyRole("ANALYST", "EDITOR", "REVIEWER", "ADMIN");
			requests.anyRequest().authenticated();
		});
		// A configured basemap is the only image host besides the app.
		String tiles = map.hasTiles() ? " " + map.tileOrigin() : "";
		http.headers((headers) -> headers
			.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY.formatted(tiles)))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/**
	 * No accounts yet: users arrive with the accounts feature, until then nobody can sign
	 * in.
	 */
	@Bean
	UserDetailsService userDetailsService() {
		return new InMemoryUserDetailsManager();
	}

}
