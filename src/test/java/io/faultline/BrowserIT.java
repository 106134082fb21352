package io.faultline;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader in a real Chromium follows the record from the home page to Kidal and into
 * French.
 */
@IntegrationTest
class BrowserIT {

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
	void readerFollowsKidalFromHomeToClaimsAndSwitchesToFrench() {
		browser.get("http://localhost:" + this.port + "/?lang=en");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Faultline");

		browser.findElement(By.linkText("Places")).click();
		browser.findElement(By.linkText("Kidal")).click();
		wait(ExpectedConditions.titleIs("Kidal"));
		assertThat(browser.findElement(By.cssSelector("table.control")).getText()).contains("FAMa");

		browser.findElement(By.cssSelector("table.control tr.open a[href^='/events/']")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.event")));
		assertThat(browser.findElement(By.cssSelector(".claims")).getText()).contains("ORTM",
				"Mohamed Maouloud Ramadan");

		browser.findElement(By.linkText("Français")).click();
		wait(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "fr"));
		assertThat(browser.findElement(By.tagName("nav")).getText()).contains("Accueil", "Lieux", "Acteurs");
	}

	private static void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(condition);
	}

}
