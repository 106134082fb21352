package io.faultline.system;

import java.io.IOException;
import java.util.Collection;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 400, a request whose parameters hold a NUL character: PostgreSQL cannot
 * store or compare text holding one, so such a value could only end in a server error
 * further on. Runs first, before security and binding.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NulCharacterFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (holdsNul(request.getParameterMap().values())) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST, "A parameter holds a NUL character.");
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean holdsNul(Collection<String[]> values) {
		for (String[] each : values) {
			for (String value : each) {
				if (value != null && value.indexOf('\0') >= 0) {
					return true;
				}
			}
		}
		return false;
	}

}
