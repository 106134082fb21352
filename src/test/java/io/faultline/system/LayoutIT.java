package io.faultline.system;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The layout's navigation follows the reader's roles and keeps the query across
 * languages.
 */
@IntegrationTest
class LayoutIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void theNavigationShowsWhatTheSignedInUserMayDo() {
		assertThat(this.mvc.get().uri("/timeline?q=Kidal").with(user("ana").roles("REVIEWER"))).bodyText()
			.contains("href=\"/review\"", ">ana</a>", "href=\"/timeline?q=Kidal&amp;lang=fr\"")
			.doesNotContain("href=\"/admin/users\"", ">Sign in</a>");
		assertThat(this.mvc.get().uri("/timeline").with(user("root").roles("ADMIN"))).bodyText()
			.contains("href=\"/admin/users\"", "href=\"/imports\"");
	}

	/**
	 * Pages format their messages with Faultline's message source, set up from
	 * {@code spring.messages.*}: bundles named there beside the shared one (the
	 * timeline's and the export's), in French.
	 */
	@Test
	void messagesComeFromEveryBundleWithoutASharedLock() {
		assertThat(this.context.getBean("messageSource"))
			.isInstanceOf(MessageConfiguration.UnsharedFormatMessageSource.class);
		assertThat(this.context.getMessage("timeline.fatalities", new Object[] { 2 }, Locale.FRENCH))
			.isEqualTo("2 morts");
		assertThat(this.mvc.get().uri("/timeline?lang=fr")).bodyText()
			.contains("<h1>Chronologie</h1>", ">Exporter</summary>");
	}

}
