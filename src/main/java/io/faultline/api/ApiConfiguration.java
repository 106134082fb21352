package io.faultline.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import io.faultline.account.ApiTokenService;
import io.faultline.account.Role;
import io.faultline.system.FaultlineProperties;

/**
 * The JSON API's own security filter chain, before the pages' one: bearer tokens only
 * (personal API tokens, see {@link ApiTokenIntrospector}), no session and so no CSRF
 * token to send, refusals as problem details. Also its ETags and its OpenAPI document.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiConfiguration {

	static final String BEARER = "bearer";

	/**
	 * Reads for analysts (or anybody, when anonymous reading is on), writes for editors.
	 * A session cookie does not authenticate here: the chain is stateless and ignores it,
	 * which is what makes turning off CSRF safe.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, FaultlineProperties properties,
			ApiTokenService tokens, MessageSource messages) throws Exception {
		ApiProblemResponses problems = new ApiProblemResponses(messages);
		http.securityMatcher("/api/**");
		http.authorizeHttpRequests((requests) -> {
			if (properties.security().anonymousRead()) {
				requests.requestMatchers(HttpMethod.GET, "/api/v1/**").permitAll();
			}
			requests.requestMatchers(HttpMethod.GET, "/api/v1/**").hasRole(Role.ANALYST.name());
			requests.requestMatchers(HttpMethod.POST, "/api/v1/**").hasRole(Role.EDITOR.name());
			requests.anyRequest().denyAll();
		});
		http.oauth2ResourceServer(
				(server) -> server.opaqueToken((opaque) -> opaque.introspector(new ApiTokenIntrospector(tokens)))
					.authenticationEntryPoint(problems)
					.accessDeniedHandler(problems));
		http.exceptionHandling(
				(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		http.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		http.csrf((csrf) -> csrf.disable());
		http.requestCache((cache) -> cache.disable());
		// Answers depend on the token (drafts, ACLED's terms): private, and revalidated
		// by
		// ETag.
		http.headers((headers) -> headers.cacheControl((cache) -> cache.disable())
			.addHeaderWriter(new StaticHeadersWriter("Cache-Control", "private, no-cache")));
		return http.build();
	}

	/**
	 * ETags on the API's answers, from a hash of the body ({@link ApiEtagFilter}): a GET
	 * with {@code If-None-Match} gets 304 without the body when nothing changed. Weak
	 * ({@code W/"…"}): the same answer may go out compressed or not, and Tomcat does not
	 * compress an answer with a strong ETag.
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
		ShallowEtagHeaderFilter etags = new ApiEtagFilter();
		etags.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
		registration.addUrlPatterns("/api/v1/*");
		registration.setName("apiEtags");
		return registration;
	}

	@Bean
	OpenAPI faultlineOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Faultline API")
				.version("v1")
				.description("Events, places, actors, claims and territorial control from a Faultline record. "
						+ "Send a personal API token (create one at /account) as Authorization: Bearer <token>. "
						+ "Errors are RFC 9457 problem details.")
				.license(new License().name("Data: see each claim's source")))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("flt_…")
						.description("A personal API token from /account")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}
