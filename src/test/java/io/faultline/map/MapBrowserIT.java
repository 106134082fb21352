package io.faultline.map;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.faultline.Browsers;
import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader in a real Chromium opens the map the day before the army retook Kidal, moves
 * the date, and sees Kidal change colour.
 */
@IntegrationTest
class MapBrowserIT {

	private static final String CSP_YELLOW = "#fbc02d";

	private static final String FAMA_GREEN = "#1b5e20";

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() {
		browser = Browsers.start(1280, 1100);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void kidalTurnsFromTheRebelCoalitionToTheArmyWhenTheDateMoves() throws IOException {
		long kidal = this.jdbc.sql("SELECT id FROM place WHERE name = 'Kidal'").query(Long.class).single();
		By kidalMarker = By.cssSelector("#map path[data-place-id='" + kidal + "']");

		browser.get("http://localhost:" + this.port + "/map?date=2023-11-13&lang=en");
		wait(ExpectedConditions.attributeToBe(By.id("map"), "data-shown", "2023-11-13"));
		assertThat(browser.findElement(kidalMarker).getAttribute("fill")).isEqualTo(CSP_YELLOW);
		assertThat(browser.findElement(kidalMarker).getAttribute("class")).contains("status-contested");
		assertThat(browser.findElement(By.id("map-actors")).getText()).contains("FAMa", "CSP-PSD");

		WebElement date = browser.findElement(By.id("map-date"));
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].value = '2023-11-15'; arguments[0].dispatchEvent(new Event('change'));", date);
		wait(ExpectedConditions.attributeToBe(By.id("map"), "data-shown", "2023-11-15"));
		assertThat(browser.findElement(kidalMarker).getAttribute("fill")).isEqualTo(FAMA_GREEN);
		assertThat(browser.getCurrentUrl()).contains("date=2023-11-15");
		assertThat(browser.findElement(By.id("map-export-svg")).getAttribute("href")).endsWith("date=2023-11-15");

		browser.findElement(By.id("map-previous")).click();
		wait(ExpectedConditions.attributeToBe(By.id("map"), "data-shown", "2023-11-14"));
		assertThat(browser.findElement(kidalMarker).getAttribute("fill")).isEqualTo(FAMA_GREEN);
		browser.findElement(By.id("map-previous")).click();
		wait(ExpectedConditions.attributeToBe(By.id("map"), "data-shown", "2023-11-10"));
		assertThat(browser.findElement(kidalMarker).getAttribute("fill")).isEqualTo(CSP_YELLOW);
	}

	@Test
	void drawsAreasOfControlTakesAScreenshotAndShowsAPlacesHistory() throws IOException {
		long kidal = this.jdbc.sql("SELECT id FROM place WHERE name = 'Kidal'").query(Long.class).single();
		browser.get("http://localhost:" + this.port + "/map?date=2023-11-13&lang=en");
		wait(ExpectedConditions.attributeToBe(By.id("map"), "data-shown", "2023-11-13"));
		browser.findElement(By.id("map-areas")).click();
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("map-areas-note-hull")));

		Path screenshot = Path.of("target/screenshots/map.png");
		Files.createDirectories(screenshot.getParent());
		Files.write(screenshot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		byte[] png = Files.readAllBytes(screenshot);
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		assertThat(png.length).isGreaterThan(20_000);

		browser.findElement(By.cssSelector("#map path[data-place-id='" + kidal + "']")).click();
		wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".map-card li a")));
		WebElement card = browser.findElement(By.cssSelector(".map-card"));
		// The popup may still be panning into view: its top is clipped until it ends.
		wait((driver) -> card.getText().toLowerCase(Locale.ROOT).contains("control history"));
		assertThat(card.getText())
			.contains("Kidal", "FAMa", "since 14 November 2023", "CSP-PSD", "Open the page of Kidal")
			.containsIgnoringCase("Control history")
			.containsIgnoringCase("Latest events");
	}

	@Test
	void countsAYearsEventsByAreaAndOpensAPlacesShareOnTheTimeline() throws IOException {
		browser.get("http://localhost:" + this.port + "/map?date=2023-11-14&events=365&lang=en");
		// The map fits the places, then counts again for the new view: wait for the last
		// count to be drawn.
		wait((driver) -> {
			try {
				String answered = driver.findElement(By.id("map")).getAttribute("data-events-shown");
				return answered != null && !answered.isEmpty()
						&& markerSum() == Long.parseLong(answered.substring(answered.lastIndexOf('/') + 1));
			}
			catch (StaleElementReferenceException ex) {
				return false;
			}
		});
		String[] shown = browser.findElement(By.id("map")).getAttribute("data-events-shown").split("/");
		assertThat(shown[0]).isEqualTo("2022-11-15");
		assertThat(shown[1]).isEqualTo("2023-11-14");
		assertThat(Long.parseLong(shown[2])).isPositive();
		assertThat(browser.findElement(By.id("map-events-shown")).getText())
			.isEqualTo("Published events from 15 November 2022 to 14 November 2023 in view: " + shown[2] + ".");
		List<WebElement> markers = browser.findElements(By.cssSelector("#map .map-events"));
		assertThat(browser.findElement(By.id("map-events-note")).isDisplayed()).isTrue();
		Path screenshot = Path.of("target/screenshots/map-events.png");
		Files.createDirectories(screenshot.getParent());
		Files.write(screenshot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

		// A cell of one place opens its card; it sits under the place's own marker.
		WebElement onePlace = markers.stream()
			.filter((marker) -> marker.getAttribute("title").contains(", from "))
			.findFirst()
			.orElseThrow();
		((JavascriptExecutor) browser).executeScript("arguments[0].click();", onePlace);
		wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".map-card a[href*='/timeline?place=']")));
		assertThat(browser.findElement(By.cssSelector(".map-card a[href*='/timeline?place=']")).getAttribute("href"))
			.endsWith("&from=2022-11-15&to=2023-11-14");

		new Select(browser.findElement(By.id("map-events"))).selectByValue("");
		wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#map .map-events"), 0));
		assertThat(browser.getCurrentUrl()).doesNotContain("events=");
	}

	private static long markerSum() {
		return browser.findElements(By.cssSelector("#map .map-events"))
			.stream()
			.mapToLong((marker) -> Long.parseLong(marker.getAttribute("textContent")))
			.sum();
	}

	private static void wait(ExpectedCondition<?> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
	}

}
