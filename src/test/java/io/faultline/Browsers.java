package io.faultline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The system Chromium, headless, for browser tests: {@code CHROME_BIN} and
 * {@code CHROMEDRIVER} name it (default: Debian's paths). Never downloads a browser;
 * without one the test is skipped, and .ci/run installs one.
 */
public final class Browsers {

	private Browsers() {
	}

	/** Signs in through the sign-in page as a demo account and waits to leave it. */
	public static void signIn(WebDriver browser, String baseUrl, String username) {
		browser.get(baseUrl + "/login?lang=en");
		browser.findElement(By.name("username")).sendKeys(username);
		browser.findElement(By.name("password")).sendKeys("faultline-demo");
		browser.findElement(By.cssSelector("form button[type=submit], form input[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> !driver.getCurrentUrl().contains("/login"));
	}

	public static WebDriver start(int width, int height) {
		Path chromium = Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
		Path driver = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
		assumeTrue(Files.isExecutable(chromium) && Files.isExecutable(driver),
				"Chromium and ChromeDriver are needed: set CHROME_BIN and CHROMEDRIVER");
		ChromeOptions options = new ChromeOptions().setBinary(chromium.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--window-size=" + width + "," + height, "--lang=en");
		return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(),
				options);
	}

}
