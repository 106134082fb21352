package io.faultline.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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

	@Test
	void theNavigationShowsWhatTheSignedInUserMayDo() {
		assertThat(this.mvc.get().uri("/timeline?q=Kidal").with(user("ana").roles("REVIEWER"))).bodyText()
			.contains("href=\"/review\"", ">ana</a>", "href=\"/timeline?q=Kidal&amp;lang=fr\"")
			.doesNotContain("href=\"/admin/users\"", ">Sign in</a>");
		assertThat(this.mvc.get().uri("/timeline").with(user("root").roles("ADMIN"))).bodyText()
			.contains("href=\"/admin/users\"", "href=\"/imports\"");
	}

}
