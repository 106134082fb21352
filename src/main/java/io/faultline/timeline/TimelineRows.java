package io.faultline.timeline;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.faultline.system.DatePrecision;
import io.faultline.system.DisplayFormats;
import io.faultline.system.Html;

/**
 * Writes a {@link TimelinePage}'s months, days and events as HTML in one pass, every
 * piece of text escaped. Drawn by the template, a page's 50 rows took about ten
 * expressions each and were a third to half of a timeline page's time (BENCHMARKS.md).
 * Used from the timeline template as {@code @timelineRows}.
 */
@Component("timelineRows")
public class TimelineRows {

	private final MessageSource messages;

	private final DisplayFormats formats;

	TimelineRows(MessageSource messages, DisplayFormats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	/**
	 * A {@code <section class="timeline-month">} per month of the page, headed unless it
	 * began on the previous page, with a section per day and an item per event.
	 * @param page the page
	 * @param eventUrl the address of an event page without its id (ends with {@code /})
	 * @param placeUrl the address of a place page without its id (ends with {@code /})
	 */
	public String render(TimelinePage page, String eventUrl, String placeUrl) {
		Locale locale = LocaleContextHolder.getLocale();
		String eventHref = Html.text(eventUrl);
		String placeHref = Html.text(placeUrl);
		String changeOfControl = Html.text(this.messages.getMessage("timeline.controlChange", null, locale));
		StringBuilder html = new StringBuilder(1024 + page.months().size() * 2048);
		for (TimelinePage.Month month : page.months()) {
			html.append("<section class=\"timeline-month\">");
			if (!month.continued()) {
				html.append("<h2>").append(Html.text(this.formats.month(month.month()))).append("</h2>");
			}
			for (TimelinePage.Day day : month.days()) {
				html.append("<section class=\"timeline-day\">");
				if (!day.continued()) {
					html.append("<h3><time datetime=\"")
						.append(day.date())
						.append("\">")
						.append(Html.text(this.formats.date(day.date())))
						.append("</time></h3>");
				}
				html.append("<ol class=\"timeline-events\">");
				for (TimelineEntry entry : day.entries()) {
					entry(html, entry, eventHref, placeHref, changeOfControl, locale);
				}
				html.append("</ol></section>");
			}
			html.append("</section>");
		}
		return html.toString();
	}

	/** One event; {@code eventHref} and {@code placeHref} are already escaped. */
	private void entry(StringBuilder html, TimelineEntry entry, String eventHref, String placeHref,
			String changeOfControl, Locale locale) {
		html.append("<li class=\"").append(entry.strategic() ? "timeline-event annotation" : "timeline-event");
		html.append("\"><span class=\"type type-")
			.append(Html.text(entry.eventTypeCode()))
			.append("\">")
			.append(Html.text(entry.subEventType().in(locale)))
			.append("</span> <a class=\"title\" href=\"")
			.append(eventHref)
			.append(entry.id())
			.append("\">")
			.append(Html.text(entry.title()))
			.append("</a>");
		if (entry.datePrecision() != DatePrecision.DAY || entry.endDate() != null) {
			html.append(" <span class=\"when muted\">")
				.append(Html.text(this.formats.date(entry.eventDate(), entry.datePrecision(), entry.endDate())))
				.append("</span>");
		}
		html.append(" <a class=\"place\" href=\"")
			.append(placeHref)
			.append(entry.placeId())
			.append("\">")
			.append(Html.text(entry.placeName().in(locale)))
			.append("</a>");
		if (entry.fatalitiesBest() != null) {
			html.append(" <span class=\"fatalities\">")
				.append(Html.text(this.messages.getMessage("timeline.fatalities",
						new Object[] { entry.fatalitiesBest() }, locale)))
				.append("</span>");
		}
		if (entry.controlChange()) {
			html.append(" <span class=\"badge control\">").append(changeOfControl).append("</span>");
		}
		html.append("</li>");
	}

}
