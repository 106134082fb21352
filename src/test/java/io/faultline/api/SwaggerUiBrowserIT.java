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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import io.faultline.Browsers;
import io.faultline.IntegrationTest;
import io.faultline.account.ApiTokenService;

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

	@Autowired
	ApiTokenService tokens;

	@Autowired
	JdbcClient jdbc;

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
	void triesAnEndpointWithAToken() {
		String token = this.tokens.create("analyst", "IT swagger", null).token();
		try {
			browser.get("http://localhost:" + this.port + "/swagger-ui.html");
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
			wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.authorize"))).click();
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".auth-container input")))
				.sendKeys(token);
			browser.findElement(By.cssSelector(".auth-btn-wrapper button.authorize")).click();
			browser.findElement(By.cssSelector("button.btn-done")).click();
			browser.findElement(By.cssSelector("#operations-actors-listActors .opblock-summary")).click();
			wait.until(ExpectedConditions
				.elementToBeClickable(By.cssSelector("#operations-actors-listActors .try-out__btn"))).click();
			wait.until(
					ExpectedConditions.elementToBeClickable(By.cssSelector("#operations-actors-listActors .execute")))
				.click();
			String status = wait
				.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
						"#operations-actors-listActors .live-responses-table tr.response .response-col_status")))
				.getText();
			assertThat(status).isEqualTo("200");
			assertThat(browser.findElement(By.cssSelector("#operations-actors-listActors .live-responses-table"))
				.getText()).contains("FAMa");
			// Anonymous reading is on in tests: the token's use shows that it was sent.
			assertThat(this.jdbc.sql("SELECT last_used_at IS NOT NULL FROM api_token WHERE name = 'IT swagger'")
				.query(Boolean.class)
				.single()).isTrue();
		}
		finally {
			this.jdbc.sql("DELETE FROM api_token WHERE name = 'IT swagger'").update();
		}
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
