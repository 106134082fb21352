package io.faultline.system;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import io.faultline.system.MessageConfiguration.UnsharedFormatMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's messages format as Spring Boot's would, each caller with a format of
 * its own.
 */
class MessageConfigurationTests {

	private static final List<String> BASENAMES = List.of("messages", "i18n/timeline");

	private final MessageSource messages = new MessageConfiguration().messageSource(properties());

	@Test
	void formatsAsBootsOwnMessageSource() {
		ResourceBundleMessageSource boots = new ResourceBundleMessageSource();
		boots.setBasenames(BASENAMES.toArray(String[]::new));
		boots.setDefaultEncoding("UTF-8");
		boots.setFallbackToSystemLocale(false);
		boots.setAlwaysUseMessageFormat(true);
		for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
			for (Object[] arguments : List.of(new Object[] { 0 }, new Object[] { 1 }, new Object[] { 1234 })) {
				assertThat(this.messages.getMessage("timeline.fatalities", arguments, locale))
					.isEqualTo(boots.getMessage("timeline.fatalities", arguments, locale));
			}
			assertThat(this.messages.getMessage("timeline.controlChange", null, locale))
				.isEqualTo(boots.getMessage("timeline.controlChange", null, locale));
		}
		assertThat(this.messages.getMessage("timeline.fatalities", new Object[] { 1234 }, Locale.ENGLISH))
			.isEqualTo("1,234 fatalities");
	}

	@Test
	void handsEachCallerItsOwnFormat() {
		UnsharedFormatMessageSource source = (UnsharedFormatMessageSource) this.messages;
		assertThat(source.resolveCode("timeline.fatalities", Locale.ENGLISH))
			.isNotSameAs(source.resolveCode("timeline.fatalities", Locale.ENGLISH))
			.isEqualTo(source.resolveCode("timeline.fatalities", Locale.ENGLISH));
		assertThat(source.resolveCode("no.such.message", Locale.ENGLISH)).isNull();
	}

	@Test
	void formatsFromManyThreadsAtOnce() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<List<String>>> results = new ArrayList<>();
			for (int thread = 0; thread < 8; thread++) {
				int offset = thread * 10_000;
				results.add(threads.submit(() -> {
					List<String> wrong = new ArrayList<>();
					for (int n = offset + 2; n < offset + 2_002; n++) {
						String formatted = this.messages.getMessage("timeline.fatalities", new Object[] { n },
								Locale.FRENCH);
						if (!formatted.equals(String.format(Locale.FRENCH, "%,d morts", n))) {
							wrong.add(n + " -> " + formatted);
						}
					}
					return wrong;
				}));
			}
			for (Future<List<String>> result : results) {
				assertThat(result.get()).isEmpty();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static MessageSourceProperties properties() {
		MessageSourceProperties properties = new MessageSourceProperties();
		properties.setBasename(BASENAMES);
		properties.setEncoding(StandardCharsets.UTF_8);
		properties.setFallbackToSystemLocale(false);
		properties.setAlwaysUseMessageFormat(true);
		return properties;
	}

}
