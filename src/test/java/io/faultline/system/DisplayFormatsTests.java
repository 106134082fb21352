package io.faultline.system;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayFormatsTests {

	private final DisplayFormats formats = new DisplayFormats(messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void formatsDatesAsPreciselyAsTheyAreKnown() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		LocalDate date = LocalDate.of(2023, 11, 14);
		assertThat(this.formats.date(date, DatePrecision.DAY, null)).isEqualTo("14 November 2023");
		assertThat(this.formats.date(date, DatePrecision.WEEK, null)).isEqualTo("week of 14 November 2023");
		assertThat(this.formats.date(LocalDate.of(2021, 12, 1), DatePrecision.MONTH, null)).isEqualTo("December 2021");
		assertThat(this.formats.date(date, DatePrecision.YEAR, null)).isEqualTo("2023");
		assertThat(this.formats.date(LocalDate.of(2024, 7, 25), DatePrecision.DAY, LocalDate.of(2024, 7, 27)))
			.isEqualTo("25 July 2024 – 27 July 2024");
		assertThat(this.formats.month(YearMonth.of(2024, 7))).isEqualTo("July 2024");
	}

	@Test
	void formatsDatesInFrench() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(this.formats.date(LocalDate.of(2023, 11, 14), DatePrecision.DAY, null))
			.isEqualTo("14 novembre 2023");
		assertThat(this.formats.period(LocalDate.of(2023, 11, 14), null)).isEqualTo("depuis le 14 novembre 2023");
		assertThat(this.formats.month(YearMonth.of(2024, 7))).isEqualTo("juillet 2024");
	}

	@Test
	void showsControlPeriodsWithTheirLastDay() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.formats.period(LocalDate.of(2014, 5, 21), LocalDate.of(2023, 11, 14)))
			.isEqualTo("21 May 2014 – 13 November 2023");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
