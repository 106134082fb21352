package io.faultline.timeline;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.faultline.system.DisplayFormats;
import io.faultline.system.Html;
import io.faultline.system.RecordCache;

/**
 * Writes a {@link TimelineChart} as SVG markup in one pass, every piece of text escaped.
 * The chart holds a few hundred marks, each with a title: drawn by the template, its
 * attribute expressions were most of a timeline page's rendering time. Used from
 * templates as {@code @chartSvg}.
 */
@Component("chartSvg")
public class TimelineChartSvg {

	/**
	 * Characters of SVG kept: about 32 MB (one byte a character, unless a label needs
	 * more), two to three hundred charts.
	 */
	static final long MAX_KEPT = 32_000_000;

	private final MessageSource messages;

	private final DisplayFormats formats;

	/**
	 * Charts already written, by chart instance: TimelineCache hands out one instance per
	 * filter while the record stands still, so a page viewed again writes its 50-200 KB
	 * of SVG once per language rather than once per view.
	 */
	private final Cache<Drawing, String> drawn = Caffeine.newBuilder()
		.maximumWeight(MAX_KEPT)
		.weigher((Drawing drawing, String svg) -> svg.length())
		.expireAfterAccess(RecordCache.LIFETIME)
		.build();

	TimelineChartSvg(MessageSource messages, DisplayFormats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	/**
	 * The chart's {@code <svg>} element.
	 * @param chart the chart
	 * @param eventUrl the address of an event page without its id (ends with {@code /})
	 */
	public String render(TimelineChart chart, String eventUrl) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.drawn.get(new Drawing(chart, locale, eventUrl), (drawing) -> draw(chart, eventUrl, locale));
	}

	private String draw(TimelineChart chart, String eventUrl, Locale locale) {
		DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM", locale);
		StringBuilder svg = new StringBuilder(256 + chart.marks().size() * 200);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
			.append(chart.width())
			.append(' ')
			.append(chart.height())
			.append("\" aria-label=\"")
			.append(Html.text(message("timeline.chart.label", locale)))
			.append("\">");
		svg.append("<g class=\"lanes\">");
		boolean odd = true;
		for (TimelineChart.Lane lane : chart.lanes()) {
			svg.append("<g><rect class=\"lane").append(odd ? " odd" : "").append("\" x=\"0\" y=\"").append(lane.top());
			svg.append("\" width=\"").append(chart.width()).append("\" height=\"").append(lane.height()).append("\"/>");
			svg.append("<text class=\"lane-label\" text-anchor=\"end\" dominant-baseline=\"middle\" x=\"")
				.append(lane.labelX())
				.append("\" y=\"")
				.append(lane.y())
				.append("\">")
				.append(Html.text((lane.actorId() == null) ? message("timeline.chart.other", locale) : lane.label()))
				.append("</text></g>");
			odd = !odd;
		}
		svg.append("</g><g class=\"ticks\">");
		for (TimelineChart.Tick tick : chart.ticks()) {
			svg.append("<g class=\"").append(tick.year() ? "tick year" : "tick month").append("\">");
			svg.append("<line x1=\"").append(tick.x()).append("\" x2=\"").append(tick.x());
			svg.append("\" y1=\"")
				.append(chart.axisY() - 8)
				.append("\" y2=\"")
				.append(chart.height() - 8)
				.append("\"/>");
			if (tick.labelled()) {
				svg.append("<text x=\"")
					.append(tick.x() + 3)
					.append("\" y=\"")
					.append(chart.axisY() - 12)
					.append("\">");
				svg.append(tick.year() ? String.valueOf(tick.date().getYear()) : Html.text(month.format(tick.date())));
				svg.append("</text>");
			}
			svg.append("</g>");
		}
		svg.append("</g><g class=\"annotations\">");
		for (TimelineChart.Annotation note : chart.annotations()) {
			svg.append("<a href=\"").append(Html.text(eventUrl)).append(note.eventId()).append("\">");
			svg.append("<line class=\"annotation\" x1=\"").append(note.x()).append("\" x2=\"").append(note.x());
			svg.append("\" y1=\"").append(note.y1()).append("\" y2=\"").append(note.y2()).append("\"><title>");
			svg.append(Html.text(this.formats.date(note.date()) + " · " + note.title())).append("</title></line>");
			svg.append("<path class=\"annotation-flag\" d=\"M").append(note.x()).append(' ').append(note.y1());
			svg.append("l5 3l-5 3z\"/></a>");
		}
		svg.append("</g><g class=\"marks\">");
		// Marks share a few dozen fatality figures (60 in 2,000,000 events): each is
		// formatted once.
		Map<Integer, String> fatalities = new HashMap<>();
		for (TimelineChart.Mark mark : chart.marks()) {
			String title;
			if (mark.eventId() != null) {
				title = this.formats.date(mark.date()) + " · " + mark.title()
						+ ((mark.fatalities() != null) ? " · " + fatalities.computeIfAbsent(mark.fatalities(),
								(count) -> message("timeline.fatalities", locale, count)) : "");
				svg.append("<a href=\"").append(Html.text(eventUrl)).append(mark.eventId()).append("\">");
			}
			else {
				title = message("timeline.chart.bin", locale, mark.count(), this.formats.date(mark.date()),
						this.formats.date(mark.endDate()), mark.fatalities());
			}
			svg.append("<circle class=\"mark");
			if (mark.eventId() == null) {
				svg.append(" bin");
			}
			else if (mark.controlChange()) {
				svg.append(" control-change");
			}
			svg.append("\" cx=\"").append(mark.x()).append("\" cy=\"").append(mark.y());
			svg.append("\" r=\"").append(mark.r()).append("\" fill=\"").append(Html.text(mark.colour())).append("\">");
			svg.append("<title>").append(Html.text(title)).append("</title></circle>");
			if (mark.eventId() != null) {
				svg.append("</a>");
			}
		}
		return svg.append("</g></svg>").toString();
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/** A chart, the same instance, written for a language and an address of events. */
	private record Drawing(TimelineChart chart, Locale locale, String eventUrl) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Drawing drawing && drawing.chart == this.chart && drawing.locale.equals(this.locale)
					&& drawing.eventUrl.equals(this.eventUrl);
		}

		@Override
		public int hashCode() {
			return Objects.hash(System.identityHashCode(this.chart), this.locale, this.eventUrl);
		}

	}

}
