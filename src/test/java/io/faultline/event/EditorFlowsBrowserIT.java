package io.faultline.event;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.faultline.Browsers;
import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editors' flows in a real Chromium, one user after another: a place created from the
 * event form, invalid input kept with its messages, the duplicate warning, a conflict
 * between two editors, submitting for review, the two-person rule, publishing by another
 * reviewer, and a merge.
 */
@IntegrationTest
class EditorFlowsBrowserIT {

	private static final String MARK = "BT ";

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() {
		browser = Browsers.start(1280, 1800);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@AfterEach
	void removeWhatTheTestsMade() {
		browser.manage().deleteAllCookies();
		this.jdbc.sql("DELETE FROM event WHERE title LIKE 'BT %' AND merged_into_id IS NOT NULL").update();
		this.jdbc.sql("DELETE FROM event WHERE title LIKE 'BT %'").update();
		this.jdbc.sql("DELETE FROM place WHERE name LIKE 'BT %'").update();
	}

	@Test
	void createsAPlaceFromTheEventFormAndSavesTheEventThere() {
		signIn("editor");
		browser.get(url("/events/new?lang=en"));
		browser.findElement(By.cssSelector("#new-place summary")).click();
		WebElement map = browser.findElement(By.id("place-picker"));
		Browsers.waitFor(browser, 10)
			.until((driver) -> map.getSize().getHeight() > 100
					&& !driver.findElements(By.cssSelector("#place-picker .leaflet-interactive")).isEmpty());
		new Actions(browser).moveToElement(map, 40, 30).click().perform();
		String latitude = browser.findElement(By.id("newPlace.latitude")).getDomProperty("value");
		assertThat(latitude).matches("-?\\d+\\.\\d{5}");
		browser.findElement(By.id("newPlace.name")).sendKeys(MARK + "Tin-Essako <camp>");
		new Select(browser.findElement(By.id("newPlace.kind"))).selectByValue("MILITARY_BASE");
		browser.findElement(By.id("create-place")).click();

		Browsers.waitFor(browser, 10)
			.until((driver) -> driver.findElement(By.id("chosen-place")).getText().startsWith(MARK));
		assertThat(browser.findElement(By.id("chosen-place")).getText()).isEqualTo(MARK + "Tin-Essako <camp>");
		long place = this.jdbc.sql("SELECT id FROM place WHERE name = :name")
			.param("name", MARK + "Tin-Essako <camp>")
			.query(Long.class)
			.single();
		assertThat(browser.findElement(By.id("place-id")).getDomProperty("value")).isEqualTo(String.valueOf(place));

		Browsers.fillEvent(browser, "2024-02-03", MARK + "clash near the new camp", "BATTLES", "ARMED_CLASH", "FAMa");
		save();
		Browsers.waitFor(browser, 10).until((driver) -> driver.getCurrentUrl().matches(".*/events/\\d+$"));
		assertThat(this.jdbc.sql("SELECT place_id FROM event WHERE title = :title")
			.param("title", MARK + "clash near the new camp")
			.query(Long.class)
			.single()).isEqualTo(place);
	}

	@Test
	void keepsInvalidInputWithAMessageNextToEachField() {
		signIn("editor");
		browser.get(url("/events/new?lang=en"));
		Browsers.pickPlace(browser, "gao", "Gao");
		Browsers.fillEvent(browser, "2024-02-03", MARK + "invalid figures", "BATTLES", "ARMED_CLASH", "FAMa");
		browser.findElement(By.id("fatalitiesLow")).sendKeys("12");
		browser.findElement(By.id("fatalitiesBest")).sendKeys("5");
		save();
		Browsers.waitFor(browser, 10).until((driver) -> !driver.findElements(By.cssSelector("p.alert")).isEmpty());
		assertThat(browser.findElement(By.cssSelector("p.alert")).getText())
			.isEqualTo("Nothing was saved. Please correct the fields marked below.");
		assertThat(browser.findElements(By.cssSelector("span.error"))).isNotEmpty();
		assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo(MARK + "invalid figures");
		assertThat(browser.findElement(By.id("fatalitiesLow")).getDomProperty("value")).isEqualTo("12");
		assertThat(browser.findElement(By.id("chosen-place")).getText()).isEqualTo("Gao");
		assertThat(count("title = 'BT invalid figures'")).isZero();
	}

	@Test
	void warnsOfAPossibleDuplicateAndOffersToAddTheClaimThere() {
		long capture = this.jdbc
			.sql("SELECT e.id FROM event e JOIN place p ON p.id = e.place_id "
					+ "WHERE p.name = 'Kidal' AND e.event_date = '2023-11-14' ORDER BY e.id LIMIT 1")
			.query(Long.class)
			.single();
		signIn("editor");
		browser.get(url("/events/new?lang=en"));
		Browsers.pickPlace(browser, "kidal", "Kidal");
		Browsers.fillEvent(browser, "2023-11-15", MARK + "the army enters Kidal", "BATTLES", "ARMED_CLASH", "FAMa");
		save();
		WebElement warning = Browsers.waitFor(browser, 10)
			.until((driver) -> driver.findElements(By.cssSelector("div.duplicates")).stream().findFirst().orElse(null));
		assertThat(warning.getText()).contains("This event may already be in the record");
		assertThat(count("title = 'BT the army enters Kidal'")).isZero();
		warning.findElement(By.cssSelector("a.button[href$='/events/" + capture + "/claims/new']")).click();
		Browsers.waitFor(browser, 10)
			.until((driver) -> driver.getCurrentUrl().endsWith("/events/" + capture + "/claims/new"));
		assertThat(browser.findElement(By.name("reason")).isDisplayed()).isTrue();
	}

	@Test
	void showsBothVersionsWhenAnotherEditorSavedMeanwhile() {
		long draft = insertEvent(MARK + "draft to edit", "DRAFT", "editor");
		signIn("editor");
		browser.get(url("/events/" + draft + "/edit?lang=en"));
		WebElement title = browser.findElement(By.id("title"));
		title.clear();
		title.sendKeys(MARK + "my version");
		this.jdbc
			.sql("UPDATE event SET title = 'BT their version', version = version + 1, updated_by = 'reviewer' "
					+ "WHERE id = :id")
			.param("id", draft)
			.update();
		save();
		Browsers.waitFor(browser, 10).until((driver) -> driver.getTitle().contains("meanwhile"));
		WebElement titles = browser.findElement(By.xpath("//tr[th='Title']"));
		assertThat(titles.findElement(By.cssSelector("td.saved")).getText()).isEqualTo(MARK + "their version");
		assertThat(titles.findElement(By.cssSelector("td.typed")).getText()).isEqualTo(MARK + "my version");
		assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo(MARK + "my version");
		save();
		Browsers.waitFor(browser, 10).until((driver) -> driver.getCurrentUrl().endsWith("/events/" + draft));
		assertThat(count("id = " + draft + " AND title = 'BT my version'")).isOne();
	}

	@Test
	void submitsForReviewRefusesSelfPublishingAndLetsAnotherReviewerPublish() {
		long draft = insertEvent(MARK + "to publish", "DRAFT", "reviewer");
		signIn("reviewer");
		browser.get(url("/events/" + draft + "?lang=en"));
		Browsers.reviewButton(browser, "Submit for review").click();
		Browsers.waitFor(browser, 10)
			.until((driver) -> driver.findElement(By.cssSelector("section.review strong"))
				.getText()
				.equals("In review"));
		Browsers.reviewButton(browser, "Publish").click();
		Browsers.waitFor(browser, 10).until((driver) -> !driver.findElements(By.cssSelector("p.alert")).isEmpty());
		assertThat(browser.findElement(By.cssSelector("p.alert")).getText())
			.isEqualTo("You changed this event last: another reviewer must publish it (two-person rule).");
		assertThat(count("id = " + draft + " AND review_status = 'IN_REVIEW'")).isOne();

		signOutAndIn("reviewer2");
		browser.get(url("/events/" + draft + "?lang=en"));
		Browsers.reviewButton(browser, "Publish").click();
		Browsers.waitFor(browser, 10)
			.until((driver) -> driver.findElement(By.cssSelector("section.review strong"))
				.getText()
				.equals("Published"));
		assertThat(count("id = " + draft + " AND review_status = 'PUBLISHED'")).isOne();
		assertThat(browser.findElement(By.cssSelector("ol.review-history")).getText()).contains("reviewer2");
	}

	@Test
	void mergesAnEventReportedTwiceIntoTheSurvivor() {
		long survivor = insertEvent(MARK + "survivor", "PUBLISHED", "editor");
		long twice = insertEvent(MARK + "reported twice", "DRAFT", "editor");
		signIn("reviewer");
		browser.get(url("/events/" + twice + "?lang=en"));
		browser.findElement(By.name("into")).sendKeys(String.valueOf(survivor));
		Browsers.reviewButton(browser, "Merge").click();
		Browsers.waitFor(browser, 10).until((driver) -> driver.getCurrentUrl().endsWith("/events/" + survivor));
		assertThat(count("id = " + twice + " AND merged_into_id = " + survivor)).isOne();
		browser.get(url("/events/" + twice + "?lang=en"));
		Browsers.waitFor(browser, 10).until((driver) -> driver.getCurrentUrl().endsWith("/events/" + survivor));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(MARK + "survivor");
	}

	private long insertEvent(String title, String status, String by) {
		long id = this.jdbc.sql("""
				INSERT INTO event (event_date, disorder_type_code, event_type_code, sub_event_type_code, place_id,
				                   title, review_status, created_by, updated_by)
				SELECT DATE '2024-03-01', t.disorder_type_code, t.code, s.code, p.id, :title, :status, :by, :by
				  FROM event_type t JOIN sub_event_type s ON s.event_type_code = t.code, place p
				 WHERE t.code = 'BATTLES' AND s.code = 'ARMED_CLASH' AND p.name = 'Ber'
				RETURNING id""")
			.param("title", title)
			.param("status", status)
			.param("by", by)
			.query(Long.class)
			.single();
		this.jdbc
			.sql("INSERT INTO event_actor (event_id, actor_id, side) SELECT :id, id, 'A' FROM actor "
					+ "WHERE short_name = 'FAMa'")
			.param("id", id)
			.update();
		return id;
	}

	private long count(String condition) {
		return this.jdbc.sql("SELECT count(*) FROM event WHERE " + condition).query(Long.class).single();
	}

	private void save() {
		browser.findElement(By.cssSelector("form.editor-form p.actions button[type=submit]")).click();
	}

	private void signOutAndIn(String username) {
		browser.manage().deleteAllCookies();
		signIn(username);
	}

	private void signIn(String username) {
		Browsers.signIn(browser, url(""), username);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
