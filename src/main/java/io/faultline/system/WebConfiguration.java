package io.faultline.system;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED_LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH);

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Keeps Boot from adding the filter that rewrites every link of every page through
	 * the resource chain: Faultline's links are not versioned (WebJars are found without
	 * their version when served), and resolving each link against the jar took 40% of a
	 * simple page's time (BENCHMARKS.md).
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	LocaleResolver localeResolver() {
		return new SupportedLocaleResolver();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * Remembers the chosen language in a cookie; anything but English or French falls
	 * back to English.
	 */
	static class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver() {
			super("faultline-lang");
			setDefaultLocaleFunction(SupportedLocaleResolver::fromAcceptLanguage);
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			super.setLocale(request, response, (locale != null) ? supported(locale) : null);
		}

		private static Locale fromAcceptLanguage(HttpServletRequest request) {
			return supported(request.getLocale());
		}

		static Locale supported(Locale locale) {
			return SUPPORTED_LOCALES.stream()
				.filter((candidate) -> candidate.getLanguage().equals(locale.getLanguage()))
				.findFirst()
				.orElse(Locale.ENGLISH);
		}

	}

}
