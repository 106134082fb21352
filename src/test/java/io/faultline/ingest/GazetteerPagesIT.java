package io.faultline.ingest;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** /admin/gazetteer: uploads, dry runs and reports. Changes are rolled back. */
@IntegrationTest
@Transactional
class GazetteerPagesIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsBothUploadFormsToAnAdministrator() {
		assertThat(this.mvc.get().uri("/admin/gazetteer").with(admin())).hasStatusOk()
			.bodyText()
			.contains("action=\"/admin/gazetteer/geonames\"", "action=\"/admin/gazetteer/boundaries\"",
					"enctype=\"multipart/form-data\"", "name=\"dryRun\"", "name=\"_csrf\"");
	}

	@Test
	void importsAnUploadedGeoNamesDumpAndShowsTheCounts() throws Exception {
		MvcTestResult posted = this.mvc
			.perform(upload("/admin/gazetteer/geonames", "ML.txt", GeoNamesImportIT.SAMPLE).with(csrf()).with(admin()));

		assertThat(posted).hasStatus3xxRedirection().hasRedirectedUrl("/admin/gazetteer");
		assertThat(count("SELECT count(*) FROM place WHERE geonames_id BETWEEN 9900001 AND 9900008")).isEqualTo(6);
		assertThat(follow(posted)).contains("GeoNames dump ML.txt", "Imported in", "<dd class=\"created\">5</dd>",
				"<dd class=\"updated\">3</dd>", "<dd class=\"unchanged\">0</dd>");
	}

	@Test
	void dryRunWritesNothing() throws Exception {
		MvcTestResult posted = this.mvc.perform(upload("/admin/gazetteer/boundaries", "mali-adm1.geojson",
				BoundaryImportIT.FIXTURES.resolve("geoboundaries-adm1.geojson"))
			.param("dryRun", "true")
			.with(csrf())
			.with(admin()));

		assertThat(follow(posted)).contains("Boundaries mali-adm1.geojson", "Dry run in",
				"<dd class=\"updated\">2</dd>");
		assertThat(count("SELECT count(*) FROM region WHERE boundary IS NOT NULL")).isZero();
	}

	@Test
	void listsEveryProblemOfARefusedFile() throws Exception {
		long places = count("SELECT count(*) FROM place");

		MvcTestResult posted = this.mvc
			.perform(upload("/admin/gazetteer/geonames", "ML.txt", GeoNamesImportIT.BROKEN).with(csrf()).with(admin()));

		assertThat(follow(posted)).contains("Refused, nothing was written: 5 problem(s)", "<td>3</td>",
				"<td>latitude (column 5)</td>", "<td>95.2 is out of range (-90 to 90)</td>",
				"<td>population (column 15)</td>");
		assertThat(count("SELECT count(*) FROM place")).isEqualTo(places);
	}

	@Test
	void asksForAFileWhenNoneWasChosen() {
		MvcTestResult posted = this.mvc.perform(multipart("/admin/gazetteer/geonames").with(csrf()).with(admin()));

		assertThat(posted).hasRedirectedUrl("/admin/gazetteer")
			.flash()
			.containsEntry("alert", "gazetteer.upload.missing");
	}

	@Test
	void refusesAnUploadWithoutCsrfTokenOrFromAnEditor() throws Exception {
		assertThat(
				this.mvc.perform(upload("/admin/gazetteer/geonames", "ML.txt", GeoNamesImportIT.SAMPLE).with(admin())))
			.hasStatus(403);
		assertThat(this.mvc.perform(upload("/admin/gazetteer/geonames", "ML.txt", GeoNamesImportIT.SAMPLE).with(csrf())
			.with(user("editor").roles("EDITOR")))).hasStatus(403);
		assertThat(count("SELECT count(*) FROM place WHERE geonames_id = 9900002")).isZero();
	}

	private static MockMultipartHttpServletRequestBuilder upload(String uri, String name, java.nio.file.Path file)
			throws Exception {
		return multipart(uri).file(new MockMultipartFile("file", name, "text/plain", Files.readAllBytes(file)));
	}

	private String follow(MvcTestResult posted) throws Exception {
		// The redirect is followed in the same session, which holds the flash attributes.
		return this.mvc.get()
			.uri("/admin/gazetteer")
			.cookie(posted.getResponse().getCookie("FAULTLINE_SESSION"))
			.with(admin())
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

}
