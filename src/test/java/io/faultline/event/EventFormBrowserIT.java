package io.faultline.event;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.faultline.Browsers;
import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor in a real Chromium picks a place by typing part of its name (htmx, under the
 * Content-Security-Policy), sees only the sub-types of the chosen type, and saves a
 * draft.
 */
@IntegrationTest
class EventFormBrowserIT {

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() {
		browser = Browsers.start(1280, 1600);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@AfterEach
	void removeTestEvents() {
		this.jdbc.sql("DELETE FROM event WHERE title LIKE 'IT %'").update();
	}

	@Test
	void picksAPlaceBySearchingAndSavesADraft() throws IOException {
		Browsers.signIn(browser, url(""), "editor");
		browser.get(url("/events/new?lang=en"));
		WebElement search = browser.findElement(By.id("place-search"));
		assertThat(search.isDisplayed()).isTrue();
		search.sendKeys("anefis");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		WebElement option = wait.until((driver) -> driver.findElements(By.cssSelector("#place-options button"))
			.stream()
			.filter((button) -> button.getText().startsWith("Anéfis"))
			.findFirst()
			.orElse(null));
		option.click();
		long anefis = this.jdbc.sql("SELECT id FROM place WHERE name = 'Anéfis'").query(Long.class).single();
		assertThat(browser.findElement(By.id("place-id")).getDomProperty("value")).isEqualTo(String.valueOf(anefis));
		assertThat(browser.findElement(By.id("chosen-place")).getText()).isEqualTo("Anéfis");

		new Select(browser.findElement(By.id("event-type"))).selectByValue("BATTLES");
		WebElement protest = browser.findElement(By.cssSelector("#sub-event-type option[value=PEACEFUL_PROTEST]"));
		assertThat(protest.isEnabled()).isFalse();
		new Select(browser.findElement(By.id("sub-event-type"))).selectByValue("ARMED_CLASH");

		((JavascriptExecutor) browser).executeScript("arguments[0].value = '2024-03-10'",
				browser.findElement(By.id("eventDate")));
		browser.findElement(By.id("title")).sendKeys("IT picked in the browser");
		new Select(browser.findElement(By.name("participants[0].actorId"))).selectByVisibleText("FAMa");
		new Select(browser.findElement(By.name("participants[0].side"))).selectByValue("A");
		Path screenshot = Path.of("target/screenshots/event-form.png");
		Files.createDirectories(screenshot.getParent());
		Files.write(screenshot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		browser.findElement(By.cssSelector("form.editor-form p.actions button[type=submit]")).click();

		wait.until((driver) -> driver.getCurrentUrl().matches(".*/events/\\d+$"));
		assertThat(browser.findElement(By.cssSelector("p.notice")).getText())
			.isEqualTo("Draft “IT picked in the browser” saved.");
		assertThat(this.jdbc.sql("SELECT place_id FROM event WHERE title = 'IT picked in the browser'")
			.query(Long.class)
			.single()).isEqualTo(anefis);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
