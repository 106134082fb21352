package io.faultline.timeline;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.faultline.Browsers;
import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader in a real Chromium loads more of the timeline in place, through htmx. */
@IntegrationTest
class TimelineBrowserIT {

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = Browsers.start(1280, 900);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void loadsMoreEventsInPlace() {
		browser.get("http://localhost:" + this.port + "/timeline?lang=en");
		int first = events();
		assertThat(first).isEqualTo(TimelineService.PAGE_SIZE);
		String url = browser.getCurrentUrl();

		browser.findElement(By.linkText("Load more events")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until((driver) -> events() > first);

		assertThat(browser.getCurrentUrl()).isEqualTo(url);
		assertThat(browser.findElements(By.cssSelector("header.site"))).hasSize(1);
		assertThat(browser.findElements(By.cssSelector("svg"))).hasSize(1);
		assertThat(browser.findElement(By.cssSelector(".timeline-rows")).getText())
			.contains("MNLA opens the Tuareg rebellion at Ménaka");
		assertThat(browser.findElements(By.linkText("Load more events"))).isEmpty();
	}

	private static int events() {
		return browser.findElements(By.cssSelector(".timeline-event")).size();
	}

}
