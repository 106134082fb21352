package io.faultline.system;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The messages, configured from {@code spring.messages.*} as Spring Boot would, in a
 * source that formats each message without arguments once per language.
 */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

	@Bean
	@ConfigurationProperties("spring.messages")
	MessageSourceProperties messageSourceProperties() {
		return new MessageSourceProperties();
	}

	@Bean
	MessageSource messageSource(MessageSourceProperties properties) {
		PreformattedMessageSource messages = new PreformattedMessageSource();
		messages.setBasenames(properties.getBasename().toArray(String[]::new));
		if (properties.getEncoding() != null) {
			messages.setDefaultEncoding(properties.getEncoding().name());
		}
		messages.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		Duration cacheDuration = properties.getCacheDuration();
		if (cacheDuration != null) {
			messages.setCacheMillis(cacheDuration.toMillis());
		}
		messages.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		// Messages without arguments are formatted too, by the source itself, once.
		messages.setAlwaysUseMessageFormat(false);
		return messages;
	}

	/**
	 * Every message is a {@link MessageFormat} pattern, with arguments or without (an
	 * apostrophe is written twice in every bundle). Spring formats a message under a lock
	 * on its shared {@code MessageFormat} each time it is used, and a page uses dozens:
	 * under load the page threads queued on those locks (JFR: waits of 150 ms on average
	 * at 32 connections). A message without arguments always formats to the same text, so
	 * it is formatted once per language and kept, for the languages the application
	 * speaks; messages with arguments go the usual way.
	 */
	static final class PreformattedMessageSource extends ResourceBundleMessageSource {

		private final Map<Locale, Map<String, Optional<String>>> formatted = new ConcurrentHashMap<>();

		@Override
		protected String resolveCodeWithoutArguments(String code, Locale locale) {
			if (getCacheMillis() >= 0 || !WebConfiguration.SUPPORTED_LOCALES.contains(locale)) {
				return format(code, locale);
			}
			return this.formatted.computeIfAbsent(locale, (language) -> new ConcurrentHashMap<>())
				.computeIfAbsent(code, (key) -> Optional.ofNullable(format(key, locale)))
				.orElse(null);
		}

		private String format(String code, Locale locale) {
			MessageFormat format = resolveCode(code, locale);
			if (format == null) {
				return null;
			}
			synchronized (format) {
				return format.format(new Object[0]);
			}
		}

	}

}
