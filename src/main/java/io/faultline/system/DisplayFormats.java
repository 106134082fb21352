package io.faultline.system;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats dates as precisely as they are known, in the reader's language. Used from
 * templates as {@code @formats}.
 */
@Component("formats")
public class DisplayFormats {

	private final MessageSource messages;

	/** Bounded: a cookie can name any locale. */
	private final Cache<Pattern, DateTimeFormatter> formatters = Caffeine.newBuilder().maximumSize(256).build();

	DisplayFormats(MessageSource messages) {
		this.messages = messages;
	}

	public String date(LocalDate date) {
		return (date != null) ? format(date, "format.date.day") : "";
	}

	/**
	 * "14 November 2023", "December 2021", "2012", or a range when the event spans days.
	 */
	public String date(LocalDate date, DatePrecision precision, LocalDate endDate) {
		if (date == null) {
			return "";
		}
		String start = switch (precision) {
			case DAY -> format(date, "format.date.day");
			case WEEK -> message("format.date.week", format(date, "format.date.day"));
			case MONTH -> format(date, "format.date.month");
			case YEAR -> format(date, "format.date.year");
		};
		if (endDate == null || endDate.equals(date) || precision != DatePrecision.DAY) {
			return start;
		}
		return message("format.date.range", start, format(endDate, "format.date.day"));
	}

	/** A control period's span; an open end reads "since". */
	public String period(LocalDate from, LocalDate toExclusive) {
		if (toExclusive == null) {
			return message("format.period.open", date(from));
		}
		return message("format.period.closed", date(from), date(toExclusive.minusDays(1)));
	}

	/** "November 2023": a timeline's month heading. */
	public String month(YearMonth month) {
		return (month != null) ? formatter("format.date.month", LocaleContextHolder.getLocale()).format(month) : "";
	}

	private String format(LocalDate date, String patternKey) {
		return formatter(patternKey, LocaleContextHolder.getLocale()).format(date);
	}

	/**
	 * The formatter of a pattern message in a language, parsed once: a timeline page
	 * formats a hundred dates.
	 */
	private DateTimeFormatter formatter(String patternKey, Locale locale) {
		return this.formatters.get(new Pattern(patternKey, locale),
				(pattern) -> DateTimeFormatter.ofPattern(this.messages.getMessage(patternKey, null, locale), locale));
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private record Pattern(String key, Locale locale) {

	}

}
