package io.faultline.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * The API's refusals as problem details, never a redirect to the sign-in page: 401 with
 * {@code WWW-Authenticate: Bearer} without a valid token, 403 when the token's role may
 * not do this.
 */
class ApiProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

	private final MessageSource messages;

	ApiProblemResponses(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		// Sets 401 and WWW-Authenticate: Bearer (with error="invalid_token" for a bad
		// one).
		this.bearer.commence(request, response, failure);
		write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "api.problem.unauthorized");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "forbidden", "api.problem.forbidden");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String key) throws IOException {
		String detail = this.messages.getMessage(key, null, key, RequestContextUtils.getLocale(request));
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", ApiProblems.TYPE_BASE + type);
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getOutputStream(), problem);
	}

}
