package io.faultline.timeline;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.faultline.system.Html;

/**
 * The filter form's option lists (300 places, 300 actors, the regions, the types and
 * sub-types) as HTML, every label escaped, the chosen one marked once. Through
 * {@code th:field}, each option had its selection worked out by Spring's binding, a few
 * hundred times a page. Used from the timeline template as {@code @timelineOptions}.
 */
@Component("timelineOptions")
public class TimelineOptions {

	/** The choices as {@code <option>}s, {@code selected} (an id or a code) chosen. */
	public String of(List<TimelineChoices.Choice> choices, Object selected) {
		Locale locale = LocaleContextHolder.getLocale();
		String chosen = (selected != null) ? selected.toString() : null;
		StringBuilder html = new StringBuilder(choices.size() * 48);
		for (TimelineChoices.Choice choice : choices) {
			option(html, choice.value(), choice.label().in(locale), choice.value().equals(chosen));
		}
		return html.toString();
	}

	/** The sub-types in an {@code <optgroup>} per event type, {@code selected} chosen. */
	public String subtypes(TimelineChoices choices, String selected) {
		Locale locale = LocaleContextHolder.getLocale();
		StringBuilder html = new StringBuilder(choices.subtypes().size() * 64);
		for (TimelineChoices.Choice type : choices.types()) {
			html.append("<optgroup label=\"").append(Html.text(type.label().in(locale))).append("\">");
			for (TimelineChoices.Subtype subtype : choices.subtypes()) {
				if (subtype.typeCode().equals(type.value())) {
					option(html, subtype.code(), subtype.label().in(locale), Objects.equals(subtype.code(), selected));
				}
			}
			html.append("</optgroup>");
		}
		return html.toString();
	}

	private static void option(StringBuilder html, String value, String label, boolean selected) {
		html.append("<option value=\"").append(Html.text(value)).append('"');
		if (selected) {
			html.append(" selected=\"selected\"");
		}
		html.append('>').append(Html.text(label)).append("</option>");
	}

}
