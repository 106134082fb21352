package io.faultline.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MessageConfigurationTests {

	private final MessageConfiguration configuration = new MessageConfiguration();

	private MessageSource messages(Duration cacheDuration) {
		MessageSourceProperties properties = this.configuration.messageSourceProperties();
		properties.setBasename(List.of("messages", "i18n/timeline"));
		properties.setCacheDuration(cacheDuration);
		return this.configuration.messageSource(properties);
	}

	@Test
	void readsEveryMessageAsAMessageFormatWithOrWithoutArguments() {
		MessageSource messages = messages(null);
		assertThat(messages.getMessage("timeline.order.newest", null, Locale.FRENCH))
			.isEqualTo("Les plus récents d'abord");
		assertThat(messages.getMessage("timeline.order.newest", new Object[0], Locale.FRENCH))
			.isEqualTo("Les plus récents d'abord");
		assertThat(messages.getMessage("common.page", new Object[] { 3 }, Locale.ENGLISH)).contains("3");
	}

	@Test
	void formatsAMessageWithoutArgumentsOncePerLanguage() {
		MessageSource messages = messages(null);
		String first = messages.getMessage("timeline.order.newest", null, Locale.FRENCH);
		assertThat(messages.getMessage("timeline.order.newest", null, Locale.FRENCH)).isSameAs(first);
		assertThat(messages.getMessage("timeline.order.newest", null, Locale.ENGLISH)).isEqualTo("Newest first");
	}

	@Test
	void formatsEachTimeWhenTheBundlesMayBeReloaded() {
		MessageSource messages = messages(Duration.ofSeconds(1));
		String first = messages.getMessage("timeline.order.newest", null, Locale.FRENCH);
		assertThat(first).isEqualTo("Les plus récents d'abord");
		assertThat(messages.getMessage("timeline.order.newest", null, Locale.FRENCH)).isNotSameAs(first);
	}

	@Test
	void refusesAnUnknownCodeEveryTime() {
		MessageSource messages = messages(null);
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(NoSuchMessageException.class)
				.isThrownBy(() -> messages.getMessage("timeline.no.such.key", null, Locale.ENGLISH));
		}
		assertThat(messages.getMessage("timeline.no.such.key", null, "fallback", Locale.ENGLISH)).isEqualTo("fallback");
	}

}
