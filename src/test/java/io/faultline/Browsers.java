package io.faultline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
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

	/** A wait that also retries when the page replaced the element it was looking at. */
	public static WebDriverWait waitFor(WebDriver browser, int seconds) {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(seconds));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	/** On the event form: types in the place search and picks the place offered. */
	public static void pickPlace(WebDriver browser, String typed, String name) {
		browser.findElement(By.id("place-search")).sendKeys(typed);
		waitFor(browser, 10)
			.until((driver) -> driver.findElements(By.cssSelector("#place-options button"))
				.stream()
				.filter((button) -> button.getText().startsWith(name))
				.findFirst()
				.orElse(null))
			.click();
	}

	/** On the event form: the date, type, sub-type, title and side A's primary actor. */
	public static void fillEvent(WebDriver browser, String date, String title, String type, String subType,
			String actor) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
				browser.findElement(By.id("eventDate")), date);
		new Select(browser.findElement(By.id("event-type"))).selectByValue(type);
		new Select(browser.findElement(By.id("sub-event-type"))).selectByValue(subType);
		WebElement titleField = browser.findElement(By.id("title"));
		titleField.clear();
		titleField.sendKeys(title);
		new Select(browser.findElement(By.name("participants[0].actorId"))).selectByVisibleText(actor);
		new Select(browser.findElement(By.name("participants[0].side"))).selectByValue("A");
	}

	/** On an event page: the review form's button with this label. */
	public static WebElement reviewButton(WebDriver browser, String label) {
		return browser.findElements(By.cssSelector("section.review form button[type=submit]"))
			.stream()
			.filter((button) -> button.getText().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no button " + label));
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
