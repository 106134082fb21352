package io.faultline.event;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.faultline.system.DisplayFormats;
import io.faultline.system.Html;

/**
 * Writes the rows of an events table (a place's, an actor's, the dashboard's latest, an
 * event's related ones) as HTML in one pass, every piece of text escaped: drawn by the
 * template, 50 rows were 250 expressions. Used from {@code fragments/events.html} as
 * {@code @eventRows}.
 */
@Component("eventRows")
public class EventRows {

	private final DisplayFormats formats;

	EventRows(DisplayFormats formats) {
		this.formats = formats;
	}

	/**
	 * A table row per event: date, linked title, linked place (when {@code showPlace}),
	 * sub-event type, fatalities.
	 * @param eventUrl the address of an event page without its id (ends with {@code /})
	 * @param placeUrl the address of a place page without its id (ends with {@code /})
	 */
	public String render(List<EventSummary> events, boolean showPlace, String eventUrl, String placeUrl) {
		Locale locale = LocaleContextHolder.getLocale();
		String eventHref = Html.text(eventUrl);
		String placeHref = Html.text(placeUrl);
		StringBuilder html = new StringBuilder(events.size() * 400);
		for (EventSummary event : events) {
			html.append("<tr><td class=\"date\">")
				.append(Html.text(this.formats.date(event.eventDate(), event.datePrecision(), event.endDate())))
				.append("</td><td><a href=\"")
				.append(eventHref)
				.append(event.id())
				.append("\">")
				.append(Html.text(event.title()))
				.append("</a></td>");
			if (showPlace) {
				html.append("<td><a href=\"")
					.append(placeHref)
					.append(event.placeId())
					.append("\">")
					.append(Html.text(event.placeName().in(locale)))
					.append("</a></td>");
			}
			html.append("<td><span class=\"type type-")
				.append(Html.text(event.eventTypeCode()))
				.append("\">")
				.append(Html.text(event.subEventType().in(locale)))
				.append("</span></td><td class=\"number\">")
				.append((event.fatalitiesBest() != null) ? event.fatalitiesBest().toString() : "")
				.append("</td></tr>");
		}
		return html.toString();
	}

}
