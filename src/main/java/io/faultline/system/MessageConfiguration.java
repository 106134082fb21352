package io.faultline.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The messages of every page, set up from {@code spring.messages.*} as Spring Boot sets
 * them up, but formatted without a lock that every request shares. Spring keeps one
 * {@link MessageFormat} per message and language and formats under a lock on it
 * ({@code MessageFormat} is not thread-safe); with every message formatted
 * ({@code spring.messages.always-use-message-format}), the timeline's chart and rows
 * format one per event: under load, a third of the request threads' time went to waiting
 * on a few such locks (BENCHMARKS.md, eleventh run).
 */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

	@Bean
	@ConfigurationProperties("spring.messages")
	MessageSourceProperties messageSourceProperties() {
		return new MessageSourceProperties();
	}

	/** Boot's own message source, with each message's format copied for its caller. */
	@Bean
	MessageSource messageSource(MessageSourceProperties properties) {
		ResourceBundleMessageSource messages = new UnsharedFormatMessageSource();
		messages.setBasenames(properties.getBasename().toArray(String[]::new));
		if (properties.getEncoding() != null) {
			messages.setDefaultEncoding(properties.getEncoding().name());
		}
		messages.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		Duration cacheDuration = properties.getCacheDuration();
		if (cacheDuration != null) {
			messages.setCacheMillis(cacheDuration.toMillis());
		}
		messages.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		messages.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		messages.setCommonMessages(commonMessages(properties));
		return messages;
	}

	private static Properties commonMessages(MessageSourceProperties properties) {
		if (properties.getCommonMessages() == null || properties.getCommonMessages().isEmpty()) {
			return null;
		}
		Properties common = new Properties();
		for (Resource resource : properties.getCommonMessages()) {
			try {
				PropertiesLoaderUtils.fillProperties(common, resource);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read common messages from " + resource, ex);
			}
		}
		return common;
	}

	/**
	 * Parses each message once, as Spring does, and hands each caller a copy of the
	 * parsed format to format with: copying is cheaper than waiting for the shared one.
	 */
	static class UnsharedFormatMessageSource extends ResourceBundleMessageSource {

		@Override
		protected MessageFormat resolveCode(String code, Locale locale) {
			MessageFormat shared = super.resolveCode(code, locale);
			return (shared != null) ? (MessageFormat) shared.clone() : null;
		}

	}

}
