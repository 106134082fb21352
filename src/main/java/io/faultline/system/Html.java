package io.faultline.system;

import org.springframework.web.util.HtmlUtils;

/**
 * Escaping for the markup written in Java rather than by templates (the timeline's rows,
 * chart and option lists, events tables): as Thymeleaf's {@code th:text} escapes, and as
 * Spring's {@link HtmlUtils#htmlEscape(String, String)} does in UTF-8, which
 * {@code HtmlTests} holds it to.
 */
public final class Html {

	private Html() {
	}

	/**
	 * {@code text} with {@code & < > " '} escaped, for an element's content or a quoted
	 * attribute value; the empty string for null.
	 */
	public static String text(String text) {
		if (text == null) {
			return "";
		}
		// Most names and titles have nothing to escape and come back as they are, where
		// HtmlUtils.htmlEscape copies every one a character at a time (BENCHMARKS.md,
		// twentieth run).
		StringBuilder escaped = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String entity = entity(c);
			if (entity != null) {
				if (escaped == null) {
					escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
				}
				escaped.append(entity);
			}
			else if (escaped != null) {
				escaped.append(c);
			}
		}
		return (escaped != null) ? escaped.toString() : text;
	}

	private static String entity(char c) {
		return switch (c) {
			case '&' -> "&amp;";
			case '<' -> "&lt;";
			case '>' -> "&gt;";
			case '"' -> "&quot;";
			case '\'' -> "&#39;";
			default -> null;
		};
	}

}
