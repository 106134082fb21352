package io.faultline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole way of a report, in a real Chromium: an editor signs in, adds an event at
 * Kidal, is warned of the capture already recorded and saves anyway, adds two claims, and
 * submits it; another reviewer publishes it; a reader finds it on the timeline by a
 * search without its accents, watches Kidal change hands on the map between 13 and 15
 * November 2023, and exports the timeline as CSV. Screenshots of the main pages are
 * written to {@code target/screenshots} (the README's come from there).
 */
@IntegrationTest
class EndToEndBrowserIT {

	private static final String TITLE = "E2E L'armée entre à Kidal après le départ du CSP";

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() {
		browser = Browsers.start(1280, 1000);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@AfterEach
	void removeTheEvent() {
		this.jdbc.sql("DELETE FROM event WHERE title LIKE 'E2E %'").update();
	}

	@Test
	void aReportGoesFromTheEditorsFormToThePublishedRecordTheMapAndAnExport() throws Exception {
		long ortm = id("SELECT id FROM source WHERE name = 'ORTM'");
		long afp = id("SELECT id FROM source WHERE name = 'AFP'");

		// An editor adds the event; the capture of Kidal on the 14th is already recorded.
		Browsers.signIn(browser, url(""), "editor");
		browser.get(url("/events/new?lang=en"));
		Browsers.pickPlace(browser, "kidal", "Kidal");
		Browsers.fillEvent(browser, "2023-11-15", TITLE, "BATTLES", "ARMED_CLASH", "FAMa");
		browser.findElement(By.cssSelector("form.editor-form p.actions button[type=submit]")).click();
		WebElement warning = Browsers.waitFor(browser, 10)
			.until((driver) -> driver.findElements(By.cssSelector("div.duplicates")).stream().findFirst().orElse(null));
		assertThat(warning.getText()).contains("This event may already be in the record", "Kidal");
		screenshot("duplicate-warning");
		warning.findElement(By.cssSelector("button[name=confirmDuplicate]")).click();
		Browsers.waitFor(browser, 10).until((driver) -> driver.getCurrentUrl().matches(".*/events/\\d+(\\?.*)?$"));
		assertThat(this.jdbc.sql("SELECT title FROM event WHERE title LIKE 'E2E %'").query(String.class).list())
			.containsExactly(TITLE);
		long event = id("SELECT id FROM event WHERE title LIKE 'E2E %'");
		assertThat(this.jdbc.sql("SELECT review_status FROM event WHERE id = :id")
			.param("id", event)
			.query(String.class)
			.single()).isEqualTo("DRAFT");

		// Two claims, side by side: the state broadcaster and a news agency.
		browser.get(url("/events/" + event + "/claims/new?lang=en"));
		claim(0, ortm, "REPORTS", "Les FAMa ont pris le contrôle de Kidal.");
		claim(1, afp, "CONFIRMS", "The army entered Kidal, a rebel spokesman confirmed.");
		browser.findElement(By.cssSelector("form.editor-form p.actions button[type=submit]")).click();
		Browsers.waitFor(browser, 10)
			.until((driver) -> driver.getCurrentUrl().matches(".*/events/" + event + "(\\?.*)?$"));
		assertThat(count("SELECT count(*) FROM claim WHERE event_id = " + event)).isEqualTo(2);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("ORTM", "AFP");
		Browsers.reviewButton(browser, "Submit for review").click();
		Browsers.waitFor(browser, 10)
			.until((driver) -> driver.findElement(By.cssSelector("section.review strong"))
				.getText()
				.equals("In review"));

		// Another reviewer publishes it.
		browser.manage().deleteAllCookies();
		Browsers.signIn(browser, url(""), "reviewer2");
		browser.get(url("/events/" + event + "?lang=en"));
		Browsers.reviewButton(browser, "Publish").click();
		Browsers.waitFor(browser, 10)
			.until((driver) -> driver.findElement(By.cssSelector("section.review strong"))
				.getText()
				.equals("Published"));
		screenshot("event");

		// A reader finds it without typing the accents.
		browser.get(url("/timeline?q=armee+depart+kidal&lang=en"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(TITLE);
		screenshot("timeline-search");
		String export = browser.findElement(By.id("export-events-csv")).getDomAttribute("href");

		// The map the day before and the day after the army retook Kidal: each place in
		// its
		// holder's colour.
		long kidal = id("SELECT id FROM place WHERE name = 'Kidal'");
		String csp = colour("CSP-PSD");
		String fama = colour("FAMa");
		By kidalMarker = By.cssSelector("#map path[data-place-id='" + kidal + "']");
		browser.get(url("/map?date=2023-11-13&lang=en"));
		Browsers.waitFor(browser, 15).until((driver) -> "2023-11-13".equals(map(driver)));
		assertThat(browser.findElement(kidalMarker).getDomAttribute("fill")).isEqualTo(csp);
		((JavascriptExecutor) browser).executeScript(
				"arguments[0].value = '2023-11-15'; arguments[0].dispatchEvent(new Event('change'));",
				browser.findElement(By.id("map-date")));
		Browsers.waitFor(browser, 15).until((driver) -> "2023-11-15".equals(map(driver)));
		assertThat(browser.findElement(kidalMarker).getDomAttribute("fill")).isEqualTo(fama);
		screenshot("map");

		// The export of what the search found, as the signed-in reader downloads it.
		Cookie session = browser.manage().getCookieNamed("FAULTLINE_SESSION");
		HttpResponse<String> csv = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url(export)))
				.header("Cookie", session.getName() + "=" + session.getValue())
				.build(), BodyHandlers.ofString());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.body().lines().findFirst().orElse("")).startsWith("event_id_cnty,event_date,year");
		assertThat(csv.body()).contains(TITLE.substring(4, 30));

		browser.get(url("/?lang=en"));
		screenshot("dashboard");
	}

	private void claim(int row, long source, String stance, String excerpt) {
		String prefix = "claims[" + row + "].";
		new Select(browser.findElement(By.name(prefix + "sourceId"))).selectByValue(String.valueOf(source));
		new Select(browser.findElement(By.name(prefix + "stance"))).selectByValue(stance);
		browser.findElement(By.name(prefix + "excerpt")).sendKeys(excerpt);
	}

	private static String map(WebDriver driver) {
		return driver.findElement(By.id("map")).getDomAttribute("data-shown");
	}

	private static void screenshot(String name) throws IOException {
		Path file = Path.of("target/screenshots/" + name + ".png");
		Files.createDirectories(file.getParent());
		Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		assertThat(Files.size(file)).as("a screenshot with something on it").isGreaterThan(10_000);
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private String colour(String actor) {
		return this.jdbc.sql("SELECT colour FROM actor WHERE short_name = :actor")
			.param("actor", actor)
			.query(String.class)
			.single();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private String url(String path) {
		return path.startsWith("http") ? path : "http://localhost:" + this.port + path;
	}

}
