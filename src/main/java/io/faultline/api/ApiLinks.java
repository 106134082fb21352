package io.faultline.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to other pages of a list: the same path and query, relative to the host, so that
 * a spoofed Host header cannot point them elsewhere.
 */
final class ApiLinks {

	private ApiLinks() {
	}

	static UriComponentsBuilder current(HttpServletRequest request) {
		return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
	}

}
