package io.faultline.system;

import java.io.IOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Reads every request's parameters first, before security and binding, and refuses two
 * kinds of request the rest of the application cannot answer well:
 * <ul>
 * <li>parameters the container cannot read (an upload over the size limit, a malformed
 * body): once reading failed, every later attempt fails again, even the error page's, so
 * the refusal is written here, as a small page of its own (413 or 400);</li>
 * <li>a parameter holding a NUL character (400): PostgreSQL cannot store or compare text
 * holding one, so such a value could only end in a server error further on.</li>
 * </ul>
 * It runs right after the character encoding filter (which has the highest precedence):
 * parameters read before the request's encoding is set to UTF-8 are decoded once and for
 * all as ISO-8859-1, which turned every accented letter posted by a form into mojibake
 * (found by EndToEndBrowserIT: "armée" was saved as "armÃ©e").
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestParametersFilter extends OncePerRequestFilter {

	private final MessageSource messages;

	RequestParametersFilter(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (InvalidParameterException ex) {
			boolean tooLarge = ex.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
			refuse(request, response,
					tooLarge ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST,
					tooLarge ? "error.upload.tooLarge" : "error.request.unreadable");
			return;
		}
		if (holdsNul(parameters.values())) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST, "A parameter holds a NUL character.");
			return;
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key)
			throws IOException {
		Locale locale = request.getLocale();
		String title = HtmlUtils.htmlEscape(this.messages.getMessage("error.4xx.title", null, locale));
		String text = HtmlUtils.htmlEscape(this.messages.getMessage(key, null, locale));
		String home = HtmlUtils.htmlEscape(this.messages.getMessage("error.home", null, locale));
		response.setStatus(status);
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\"><title>"
					+ title + "</title><link rel=\"stylesheet\" href=\"/css/faultline.css\"></head><body><main><h1>"
					+ title + "</h1><p>" + text + "</p><p><a href=\"/\">" + home + "</a></p></main></body></html>");
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
