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
		int first = firstEscaped(text);
		if (first < 0) {
			return text;
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		escaped.append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/**
	 * Where the first character to escape is, or -1: most names and titles have none, and
	 * come back as they are, where {@link HtmlUtils#htmlEscape(String, String)} copies
	 * every one a character at a time (BENCHMARKS.md, twentieth run).
	 */
	private static int firstEscaped(String text) {
		for (int i = 0; i < text.length(); i++) {
			switch (text.charAt(i)) {
				case '&', '<', '>', '"', '\'' -> {
					return i;
				}
				default -> {
				}
			}
		}
		return -1;
	}

}
