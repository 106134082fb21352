package io.faultline.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every route of the application, read from the handler mappings, against every role and
 * an anonymous visitor (with anonymous reading off, as in production); the JSON API's
 * routes are in {@code api.ApiAuthorizationIT}. A new route fails this test until someone
 * decides who may use it. Changes made by the requests are rolled back.
 */
@IntegrationTest
@TestPropertySource(properties = "faultline.security.anonymous-read=false")
@Transactional
class AuthorizationMatrixIT {

	/** The lowest role that may use each route; null: everybody, signed in or not. */
	private static final Map<String, Role> LOWEST_ROLE = new TreeMap<>();

	static {
		for (String route : List.of("GET /", "GET /events/{id}", "GET /places", "GET /places/{id}", "GET /actors",
				"GET /actors/{id}", "GET /regions", "GET /regions/{code}", "GET /timeline", "GET /map",
				"GET /map/areas.geojson", "GET /map/change-dates", "GET /map/changes", "GET /map/control.geojson",
				"GET /map/events.geojson", "GET /map/export.png", "GET /map/export.svg", "GET /map/places/{id}.json",
				"GET /map/regions.geojson", "GET /export/events.csv", "GET /export/claims.csv",
				"GET /export/events.geojson", "GET /export/places.geojson", "GET /export/control-periods.csv")) {
			LOWEST_ROLE.put(route, Role.ANALYST);
		}
		LOWEST_ROLE.put("GET /login", null);
		LOWEST_ROLE.put("GET /account", Role.ANALYST);
		for (String route : List.of("GET /swagger-ui.html", "GET /v3/api-docs", "GET /v3/api-docs.yaml",
				"GET /v3/api-docs/swagger-config")) {
			LOWEST_ROLE.put(route, Role.ANALYST);
		}
		LOWEST_ROLE.put("POST /account/tokens", Role.ANALYST);
		LOWEST_ROLE.put("POST /account/tokens/{id}/revoke", Role.ANALYST);
		LOWEST_ROLE.put("POST /events/{id}/submit", Role.EDITOR);
		LOWEST_ROLE.put("GET /events/{id}/history", Role.EDITOR);
		LOWEST_ROLE.put("GET /{records:places|actors|sources}/{id}/history", Role.EDITOR);
		LOWEST_ROLE.put("GET /events/{id}/as-known-on", Role.ANALYST);
		LOWEST_ROLE.put("GET /review/activity", Role.REVIEWER);
		LOWEST_ROLE.put("GET /control/new", Role.EDITOR);
		LOWEST_ROLE.put("GET /events/new", Role.EDITOR);
		LOWEST_ROLE.put("POST /events/new", Role.EDITOR);
		LOWEST_ROLE.put("GET /events/{id}/edit", Role.EDITOR);
		LOWEST_ROLE.put("POST /events/{id}/edit", Role.EDITOR);
		LOWEST_ROLE.put("GET /events/{id}/claims/new", Role.EDITOR);
		LOWEST_ROLE.put("POST /events/{id}/claims/new", Role.EDITOR);
		LOWEST_ROLE.put("GET /places/search", Role.EDITOR);
		LOWEST_ROLE.put("GET /places/new", Role.EDITOR);
		LOWEST_ROLE.put("GET /actors/new", Role.EDITOR);
		LOWEST_ROLE.put("POST /actors/new", Role.EDITOR);
		LOWEST_ROLE.put("GET /actors/{id}/edit", Role.EDITOR);
		LOWEST_ROLE.put("POST /actors/{id}/edit", Role.EDITOR);
		LOWEST_ROLE.put("POST /actors/{id}/relations/new", Role.EDITOR);
		LOWEST_ROLE.put("POST /actors/{id}/relations/{relationId}/delete", Role.EDITOR);
		LOWEST_ROLE.put("POST /places/new", Role.EDITOR);
		LOWEST_ROLE.put("POST /places/inline", Role.EDITOR);
		LOWEST_ROLE.put("GET /places/{id}/edit", Role.EDITOR);
		LOWEST_ROLE.put("POST /places/{id}/edit", Role.EDITOR);
		LOWEST_ROLE.put("GET /review/revisions/{id}", Role.REVIEWER);
		LOWEST_ROLE.put("POST /review/revisions/{id}/accept", Role.REVIEWER);
		LOWEST_ROLE.put("POST /review/revisions/{id}/reject", Role.REVIEWER);
		LOWEST_ROLE.put("POST /review/events/{id}/merge", Role.REVIEWER);
		LOWEST_ROLE.put("GET /sources", Role.ANALYST);
		LOWEST_ROLE.put("GET /sources/{id}", Role.ANALYST);
		LOWEST_ROLE.put("GET /sources/new", Role.EDITOR);
		LOWEST_ROLE.put("POST /sources/new", Role.EDITOR);
		LOWEST_ROLE.put("GET /sources/{id}/edit", Role.EDITOR);
		LOWEST_ROLE.put("POST /sources/{id}/edit", Role.EDITOR);
		LOWEST_ROLE.put("POST /control/new", Role.EDITOR);
		LOWEST_ROLE.put("GET /review", Role.REVIEWER);
		LOWEST_ROLE.put("POST /review/events/{id}/{action:publish|reject|archive}", Role.REVIEWER);
		LOWEST_ROLE.put("GET /imports", Role.EDITOR);
		LOWEST_ROLE.put("POST /imports", Role.EDITOR);
		LOWEST_ROLE.put("GET /imports/{id}", Role.EDITOR);
		LOWEST_ROLE.put("POST /imports/{id}/run", Role.EDITOR);
		LOWEST_ROLE.put("POST /imports/acled-sharing", Role.ADMIN);
		for (String route : List.of("GET /admin/users", "GET /admin/users/new", "POST /admin/users/new",
				"POST /admin/users/{id}/disable", "POST /admin/users/{id}/enable", "POST /admin/users/{id}/password",
				"GET /admin/gazetteer", "POST /admin/gazetteer/geonames", "POST /admin/gazetteer/boundaries")) {
			LOWEST_ROLE.put(route, Role.ADMIN);
		}
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyRouteHasADeclaredRole() {
		assertThat(routes()).containsExactlyInAnyOrderElementsOf(LOWEST_ROLE.keySet());
	}

	@Test
	void everyRoleGetsExactlyTheRoutesItMayUse() {
		List<String> wrong = new ArrayList<>();
		for (String route : routes()) {
			Role lowest = LOWEST_ROLE.get(route);
			if (!LOWEST_ROLE.containsKey(route)) {
				continue;
			}
			check(route, null, anonymous(), lowest == null, wrong);
			for (Role role : Role.values()) {
				boolean allowed = lowest == null || role.ordinal() >= lowest.ordinal();
				check(route, role.name(), user("matrix-" + role.name().toLowerCase()).roles(role.name()), allowed,
						wrong);
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyStateChangingRouteRefusesARequestWithoutCsrfToken() {
		List<String> accepted = new ArrayList<>();
		for (String route : routes()) {
			if (!route.startsWith("POST ")) {
				continue;
			}
			String uri = concrete(route.substring("POST ".length()));
			MockHttpServletResponse response = this.mvc.post()
				.uri(uri)
				.with(user("matrix-admin").roles("ADMIN"))
				.exchange()
				.getResponse();
			if (response.getStatus() != 403) {
				accepted.add(route + ": status " + response.getStatus());
			}
		}
		assertThat(accepted).isEmpty();
	}

	private void check(String route, String who, RequestPostProcessor user, boolean allowed, List<String> wrong) {
		String method = route.substring(0, route.indexOf(' '));
		String uri = concrete(route.substring(route.indexOf(' ') + 1));
		MvcTestResult result = ("POST".equals(method) ? this.mvc.post().uri(uri).with(csrf()) : this.mvc.get().uri(uri))
			.with(user)
			.exchange();
		MockHttpServletResponse response = result.getResponse();
		String location = String.valueOf(response.getRedirectedUrl());
		boolean refused = response.getStatus() == 401 || response.getStatus() == 403 || location.endsWith("/login");
		if (refused == allowed) {
			wrong.add("%s as %s: status %d %s, expected %s".formatted(route, (who != null) ? who : "anonymous",
					response.getStatus(), location, allowed ? "allowed" : "refused"));
		}
	}

	/** A route with its variables filled with values that exist in the demo record. */
	private static String concrete(String pattern) {
		// An import job that does not exist: running a real one would write from another
		// thread, outside this test's rolled-back transaction.
		return pattern.replace("/imports/{id}", "/imports/999999")
			.replace("/control/new", "/control/new?place=1")
			.replace("/export/places.geojson", "/export/places.geojson?date=2023-11-14")
			.replace("{records:places|actors|sources}", "places")
			.replace("{code}", "ML-8")
			.replace("{action:publish|reject|archive}", "publish")
			.replace("{relationId}", "999999")
			.replace("{id}.json", "1.json")
			.replace("{id}", "1");
	}

	private Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				// The JSON API has its own chain and matrix, with real tokens:
				// ApiAuthorizationIT.
				if (pattern.equals("/error") || pattern.startsWith("/api/")) {
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
