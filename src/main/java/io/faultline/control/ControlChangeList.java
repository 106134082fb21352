package io.faultline.control;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.faultline.system.DisplayFormats;
import io.faultline.system.Html;

/**
 * Writes the latest changes of control as the items of a compact list (the dashboard's)
 * in one pass, every piece of text escaped: drawn by the template, ten changes were about
 * a hundred expressions, 6-18 % of the dashboard's time (BENCHMARKS.md, twenty-fifth
 * run). Used from {@code fragments/control.html} as {@code @changeList}.
 */
@Component("changeList")
public class ControlChangeList {

	private final MessageSource messages;

	private final DisplayFormats formats;

	ControlChangeList(MessageSource messages, DisplayFormats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	/**
	 * A list item per change: its day, the linked place, the linked actor that took it
	 * with its colour, its status unless plain control, and the linked event that shows
	 * it.
	 * @param placeUrl the address of a place page without its id (ends with {@code /})
	 * @param actorUrl the address of an actor page without its id (ends with {@code /})
	 * @param eventUrl the address of an event page without its id (ends with {@code /})
	 */
	public String render(List<ControlPeriodView> periods, String placeUrl, String actorUrl, String eventUrl) {
		Locale locale = LocaleContextHolder.getLocale();
		StringBuilder html = new StringBuilder(periods.size() * 500);
		for (ControlPeriodView change : periods) {
			html.append("<li><span class=\"date\">")
				.append(Html.text(this.formats.date(change.validFrom())))
				.append("</span> <a href=\"")
				.append(Html.text(placeUrl))
				.append(change.placeId())
				.append("\">")
				.append(Html.text(change.placeName().in(locale)))
				.append("</a> <span class=\"arrow\" aria-hidden=\"true\">→</span> ")
				.append("<svg class=\"swatch\" width=\"12\" height=\"12\" aria-hidden=\"true\">")
				.append("<rect width=\"12\" height=\"12\" fill=\"")
				.append(Html.text(change.actorColour()))
				.append("\"/></svg> <a href=\"")
				.append(Html.text(actorUrl))
				.append(change.actorId())
				.append("\" title=\"")
				.append(Html.text(change.actorName()))
				.append("\">")
				.append(Html.text(change.actorLabel()))
				.append("</a>");
			if (change.status() != ControlStatus.CONTROLLED) {
				html.append(" <span class=\"muted\">(")
					.append(Html.text(this.messages.getMessage("control.status." + change.status(), null, locale)))
					.append(")</span>");
			}
			if (change.evidenceEventTitle() != null) {
				html.append(" <a class=\"evidence\" href=\"")
					.append(Html.text(eventUrl))
					.append(change.evidenceEventId())
					.append("\">")
					.append(Html.text(change.evidenceEventTitle()))
					.append("</a>");
			}
			html.append("</li>");
		}
		return html.toString();
	}

}
