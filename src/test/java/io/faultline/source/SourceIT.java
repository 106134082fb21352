package io.faultline.source;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@IntegrationTest
@Transactional
class SourceIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsSourcesAndWhatEachSaid() {
		long ortm = id("SELECT id FROM source WHERE name = 'ORTM'");
		assertThat(this.mvc.get().uri("/sources").with(user("analyst").roles("ANALYST"))).hasStatusOk()
			.bodyText()
			.contains("ORTM", "State media")
			.doesNotContain("New source");
		assertThat(this.mvc.get().uri("/sources/{id}", ortm).with(user("analyst").roles("ANALYST"))).hasStatusOk()
			.bodyText()
			.contains("ORTM", "Army takes Kidal, first hold on the town since May 2014");
	}

	@Test
	void createsASourceAfterShowingWhatIsWrong() {
		assertThat(save("/sources/new", "ORTM", "ftp://example.org", 0)).hasStatusOk()
			.bodyText()
			.contains("A source of this name is already recorded.", "A web address starting with http://");
		MvcTestResult created = save("/sources/new", "Radio Kledu <script>", "https://example.org", 0);
		long id = id("SELECT id FROM source WHERE name = 'Radio Kledu <script>'");
		assertThat(created).hasRedirectedUrl("/sources/" + id);
		assertThat(this.mvc.get().uri("/sources/{id}", id).with(user("analyst").roles("ANALYST"))).bodyText()
			.contains("Radio Kledu &lt;script&gt;")
			.doesNotContain("Radio Kledu <script>");
	}

	@Test
	void showsAChangeSavedMeanwhileAndKeepsWhatTheEditorTyped() {
		long ortm = id("SELECT id FROM source WHERE name = 'ORTM'");
		int version = (int) id("SELECT version FROM source WHERE id = " + ortm);
		assertThat(save("/sources/" + ortm + "/edit", "ORTM (state TV)", "https://www.ortm.ml", version))
			.hasRedirectedUrl("/sources/" + ortm);
		assertThat(save("/sources/" + ortm + "/edit", "ORTM, my stale edit", "https://www.ortm.ml", version))
			.hasStatusOk()
			.bodyText()
			.contains("Someone else saved this source", "ORTM (state TV)", "value=\"ORTM, my stale edit\"",
					"name=\"version\" value=\"" + (version + 1) + "\"");
		assertThat(
				this.jdbc.sql("SELECT name FROM source WHERE id = :id").param("id", ortm).query(String.class).single())
			.isEqualTo("ORTM (state TV)");
	}

	private MvcTestResult save(String uri, String name, String homeUrl, int version) {
		return this.mvc.post()
			.uri(uri)
			.param("name", name)
			.param("kind", "LOCAL_MEDIA")
			.param("homeUrl", homeUrl)
			.param("language", "fr")
			.param("version", String.valueOf(version))
			.with(user("editor").roles("EDITOR"))
			.param("reason", "IT: a correction")
			.with(csrf())
			.exchange();
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
