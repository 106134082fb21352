package io.faultline.system;

import org.springframework.web.util.HtmlUtils;

/**
 * Escaping for the markup written in Java rather than by templates (the timeline's rows,
 * chart and option lists, events tables): as Thymeleaf's {@code th:text} escapes.
 */
public final class Html {

	private Html() {
	}

	/**
	 * {@code text} with {@code & < > " '} escaped, for an element's content or a quoted
	 * attribute value; the empty string for null.
	 */
	public static String text(String text) {
		return (text != null) ? HtmlUtils.htmlEscape(text, "UTF-8") : "";
	}

}
