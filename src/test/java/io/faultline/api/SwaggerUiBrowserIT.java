package io.faultline.api;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.faultline.Browsers;
import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI in a real Chromium under the app's Content-Security-Policy: it draws every
 * API endpoint and the browser reports no CSP violation. Its page alone allows inline
 * styles, which it inserts.
 */
@IntegrationTest
class SwaggerUiBrowserIT {

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

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
	void drawsEveryEndpointWithoutBreakingTheContentSecurityPolicy() {
		((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
				window.cspViolations = [];
				document.addEventListener('securitypolicyviolation',
				    (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"""));
		browser.get("http://localhost:" + this.port + "/swagger-ui.html");
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".opblock"), 8));
		String page = browser.findElement(By.id("swagger-ui")).getText();
		assertThat(page).contains("Faultline API", "/api/v1/events", "/api/v1/control/changes", "Authorize");
		browser.findElement(By.cssSelector(".opblock-summary")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-body")));
		@SuppressWarnings("unchecked")
		List<String> violations = (List<String>) ((JavascriptExecutor) browser)
			.executeScript("return window.cspViolations;");
		assertThat(violations).isEmpty();
	}

	@Test
	void relaxesTheStylePolicyOnSwaggerUiOnly() {
		String swagger = this.mvc.get()
			.uri("/swagger-ui/index.html")
			.exchange()
			.getResponse()
			.getHeader("Content-Security-Policy");
		assertThat(swagger).contains("style-src 'self' 'unsafe-inline';", "script-src 'self';");
		String home = this.mvc.get().uri("/").exchange().getResponse().getHeader("Content-Security-Policy");
		assertThat(home).contains("style-src 'self';", "script-src 'self';").doesNotContain("unsafe-inline");
	}

}
