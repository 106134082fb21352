package io.faultline.api;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.faultline.IntegrationTest;
import io.faultline.account.ApiTokenService;
import io.faultline.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every route of the JSON API, read from the handler mappings, against a real token of
 * each role and against no token (anonymous reading off, as in production). A new API
 * route fails this test until someone decides who may use it. Writes are removed.
 */
@IntegrationTest
@TestPropertySource(properties = "faultline.security.anonymous-read=false")
class ApiAuthorizationIT {

	/** The lowest role that may use each API route. */
	private static final Map<String, Role> LOWEST_ROLE = new TreeMap<>();

	static {
		for (String route : List.of("GET /api/v1/events", "GET /api/v1/events/{id}", "GET /api/v1/events/{id}/claims",
				"GET /api/v1/places", "GET /api/v1/places/{id}", "GET /api/v1/actors", "GET /api/v1/actors/{id}",
				"GET /api/v1/control", "GET /api/v1/control/changes")) {
			LOWEST_ROLE.put(route, Role.ANALYST);
		}
		LOWEST_ROLE.put("POST /api/v1/events", Role.EDITOR);
		LOWEST_ROLE.put("POST /api/v1/events/{id}/claims", Role.EDITOR);
		// Any other path: a 404 problem.
		LOWEST_ROLE.put("GET /api/**", Role.ANALYST);
		LOWEST_ROLE.put("POST /api/**", Role.EDITOR);
	}

	/** A demo account of each role. */
	private static final Map<Role, String> USERS = Map.of(Role.ANALYST, "analyst", Role.EDITOR, "editor", Role.REVIEWER,
			"reviewer", Role.ADMIN, "admin");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<Role, String> tokenOf = new EnumMap<>(Role.class);

	@BeforeEach
	void createTokens() {
		USERS.forEach((role, username) -> this.tokenOf.put(role,
				this.tokens.create(username, "IT authorization " + role, null).token()));
	}

	@AfterEach
	void removeTokens() {
		this.jdbc.sql("DELETE FROM api_token WHERE name LIKE 'IT authorization %'").update();
	}

	@Test
	void everyApiRouteHasADeclaredRole() {
		assertThat(routes()).containsExactlyInAnyOrderElementsOf(LOWEST_ROLE.keySet());
	}

	@Test
	void everyRoleGetsExactlyTheApiRoutesItMayUse() {
		List<String> wrong = new ArrayList<>();
		for (String route : routes()) {
			Role lowest = LOWEST_ROLE.get(route);
			if (lowest == null) {
				continue;
			}
			check(route, null, false, wrong);
			for (Role role : Role.values()) {
				check(route, role, role.ordinal() >= lowest.ordinal(), wrong);
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void refusesWithProblemsNotRedirects() throws Exception {
		MockHttpServletResponse anonymous = this.mvc.get().uri("/api/v1/places").exchange().getResponse();
		assertThat(anonymous.getStatus()).isEqualTo(401);
		assertThat(anonymous.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		MockHttpServletResponse analyst = this.mvc.post()
			.uri("/api/v1/events")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.tokenOf.get(Role.ANALYST))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.exchange()
			.getResponse();
		assertThat(analyst.getStatus()).isEqualTo(403);
		assertThat(analyst.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(analyst.getContentAsString()).contains("\"status\":403");
		assertThat(analyst.getRedirectedUrl()).isNull();
	}

	@Test
	void servesTheOpenApiDocumentAndSwaggerUiToSignedInAnalystsOnly() {
		assertThat(this.mvc.get().uri("/v3/api-docs")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(this.mvc.get().uri("/swagger-ui/index.html")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		assertThat(this.mvc.get().uri("/v3/api-docs").with(user("matrix-analyst").roles("ANALYST"))).hasStatusOk()
			.bodyText()
			.contains("/api/v1/events");
		assertThat(this.mvc.get().uri("/swagger-ui/index.html").with(user("matrix-analyst").roles("ANALYST")))
			.hasStatusOk();
	}

	private void check(String route, Role role, boolean allowed, List<String> wrong) {
		String method = route.substring(0, route.indexOf(' '));
		String uri = concrete(route.substring(route.indexOf(' ') + 1));
		// An empty body: the writes that get through answer 422, and save nothing.
		MockMvcRequestBuilder request = "POST".equals(method)
				? this.mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content("{}")
				: this.mvc.get().uri(uri);
		if (role != null) {
			request = request.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.tokenOf.get(role));
		}
		MockHttpServletResponse response = request.exchange().getResponse();
		boolean refused = response.getStatus() == 401 || response.getStatus() == 403;
		if (refused == allowed || response.getStatus() >= 500 || response.getRedirectedUrl() != null) {
			wrong.add("%s as %s: status %d, expected %s".formatted(route, (role != null) ? role : "anonymous",
					response.getStatus(), allowed ? "allowed" : "refused"));
		}
	}

	/** A route with its variables filled with values that exist in the demo record. */
	private static String concrete(String pattern) {
		return switch (pattern) {
			case "/api/v1/control" -> pattern + "?date=2023-11-14";
			case "/api/v1/control/changes" -> pattern + "?from=2023-01-01&to=2023-12-31";
			case "/api/**" -> "/api/v1/nothing";
			default -> pattern.replace("{id}", "1");
		};
	}

	private Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					routes.add(method.name() + " " + pattern);
				}
			}
		}
		return routes;
	}

}
