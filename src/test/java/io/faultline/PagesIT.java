package io.faultline;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every read page against the demo record: status, the text a reader looks for, escaping.
 */
@IntegrationTest
class PagesIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void homeShowsLatestEventsAndChangesOfControl() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("Latest events", "Latest changes of control", "Tinzaouatène", "FAMa");
	}

	@Test
	void homeSpeaksFrench() {
		assertThat(this.mvc.get().uri("/").param("lang", "fr")).hasStatusOk()
			.bodyText()
			.contains("Derniers événements", "Derniers changements de contrôle", "lang=\"fr\"");
	}

	@Test
	void eventPageShowsClaimsSideBySide() {
		long kidal = kidalCapture();
		assertThat(this.mvc.get().uri("/events/{id}", kidal)).hasStatusOk()
			.bodyText()
			.contains("14 November 2023", "Side A", "FAMa", "Wagner", "ORTM", "reports", "confirms",
					"Mohamed Maouloud Ramadan", "In response to ORTM", "From a party to the event");
	}

	@Test
	void eventPageSpeaksFrench() {
		long kidal = kidalCapture();
		assertThat(this.mvc.get().uri("/events/{id}", kidal).param("lang", "fr")).hasStatusOk()
			.bodyText()
			.contains("14 novembre 2023", "Camp A", "confirme", "Le gouvernement reprend du territoire");
	}

	@Test
	void placePageShowsAliasesControlHistoryAndEvents() {
		long anefis = id("SELECT id FROM place WHERE name = 'Anéfis'");
		assertThat(this.mvc.get().uri("/places/{id}", anefis)).hasStatusOk()
			.bodyText()
			.contains("Anéfis", "Anefis", "Anefif", "Control history", "since 7 October 2023", "FAMa", "Events here");
		long newest = id("""
				SELECT id FROM event WHERE place_id = %d AND review_status = 'PUBLISHED'
				 ORDER BY event_date DESC, id DESC LIMIT 1""".formatted(anefis));
		String type = this.jdbc.sql("SELECT event_type_code FROM event WHERE id = :id")
			.param("id", newest)
			.query(String.class)
			.single();
		assertThat(this.mvc.get().uri("/places/{id}", anefis)).bodyText()
			.contains("</td><td><a href=\"/events/" + newest + "\">",
					"</a></td><td><span class=\"type type-" + type + "\">")
			.doesNotContain("<td><a href=\"/places/");
	}

	/**
	 * The place, its control history, nearby places, chart, events and their count are
	 * read in one transaction (PlaceService.view), where each took its own.
	 */
	@Test
	void readsAPlacePageInOneTransaction() {
		long kidal = id("SELECT id FROM place WHERE name = 'Kidal'");
		assertThat(transactionsBegunWhile(() -> assertThat(this.mvc.get().uri("/places/{id}", kidal)).hasStatusOk()
			.bodyText()
			.contains("Control history", "Nearby places", "<figure class=\"timeline-chart\">", "Events here")))
			.isEqualTo(1);
	}

	/**
	 * Whether the event was merged into another, the event, its claims, the changes of
	 * control it is the evidence of and related events are read in one transaction
	 * (EventService.view), where the merge took its own.
	 */
	@Test
	void readsAnEventPageInOneTransaction() {
		long kidal = kidalCapture();
		assertThat(transactionsBegunWhile(() -> assertThat(this.mvc.get().uri("/events/{id}", kidal)).hasStatusOk()
			.bodyText()
			.contains("ORTM", "Related events"))).isEqualTo(1);
	}

	/**
	 * The actor, its lineage, chart, events, their count and the places it held are read
	 * in one transaction (ActorService.view), where each took its own.
	 */
	@Test
	void readsAnActorPageInOneTransaction() {
		long cma = id("SELECT id FROM actor WHERE short_name = 'CMA'");
		assertThat(transactionsBegunWhile(() -> assertThat(this.mvc.get().uri("/actors/{id}", cma)).hasStatusOk()
			.bodyText()
			.contains("<div class=\"lineage\">", "<figure class=\"timeline-chart\">", "Events"))).isEqualTo(1);
	}

	/**
	 * The region, the regions below it and its places' holders are read in one
	 * transaction (RegionService.view), where each took its own.
	 */
	@Test
	void readsARegionPageInOneTransaction() {
		assertThat(transactionsBegunWhile(() -> assertThat(this.mvc.get().uri("/regions/ML")).hasStatusOk()
			.bodyText()
			.contains("Regions within", "ML-8", "Kidal"))).isEqualTo(1);
	}

	/**
	 * The source and its latest claims are read in one transaction (SourceService.view),
	 * where each took its own.
	 */
	@Test
	void readsASourcePageInOneTransaction() {
		long ortm = id("SELECT id FROM source WHERE name LIKE 'ORTM%'");
		assertThat(transactionsBegunWhile(() -> assertThat(this.mvc.get().uri("/sources/{id}", ortm)).hasStatusOk()
			.bodyText()
			.contains("ORTM", "/events/"))).isEqualTo(1);
	}

	/** How many transactions began on this thread while {@code request} ran. */
	private int transactionsBegunWhile(Runnable request) {
		Thread reader = Thread.currentThread();
		AtomicInteger begun = new AtomicInteger();
		TransactionExecutionListener counter = new TransactionExecutionListener() {

			@Override
			public void afterBegin(TransactionExecution transaction, Throwable failure) {
				if (Thread.currentThread() == reader && transaction.isNewTransaction()) {
					begun.incrementAndGet();
				}
			}

		};
		ConfigurableTransactionManager manager = (ConfigurableTransactionManager) this.transactions;
		manager.addListener(counter);
		try {
			request.run();
		}
		finally {
			manager.getTransactionExecutionListeners().remove(counter);
		}
		return begun.get();
	}

	@Test
	void placePageDrawsControlBandAndNearbyPlaces() {
		long kidal = id("SELECT id FROM place WHERE name = 'Kidal'");
		assertThat(this.mvc.get().uri("/places/{id}", kidal)).hasStatusOk()
			.bodyText()
			.contains("<svg class=\"band\"", "fill=\"#", "Nearby places", "Tin-Essako", " km</span>",
					"<figure class=\"timeline-chart\">", "href=\"/regions/ML-8\"");
	}

	@Test
	void regionPageSumsItsEventsAndListsControl() {
		long events = id("""
				SELECT count(*) FROM event e JOIN place p ON p.id = e.place_id JOIN region r ON r.id = p.region_id
				 WHERE r.code = 'ML-8' AND e.review_status = 'PUBLISHED'""");
		assertThat(this.mvc.get().uri("/regions/ML-8")).hasStatusOk()
			.bodyText()
			.contains("<strong>" + events + "</strong>", "Kidal", "Tessalit", "FAMa", "href=\"/regions/ML\"");
		assertThat(this.mvc.get().uri("/regions")).hasStatusOk().bodyText().contains("ML", "Mali");
		assertThat(this.mvc.get().uri("/regions/ML")).hasStatusOk().bodyText().contains("Regions within", "ML-8");
		assertThat(this.mvc.get().uri("/regions/XX-99")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("There is no region with id XX-99");
	}

	@Test
	void eventPageListsRelatedEvents() {
		long kidal = kidalCapture();
		assertThat(this.mvc.get().uri("/events/{id}", kidal)).hasStatusOk()
			.bodyText()
			.contains("Related events", "Army and Wagner fight CSP rebels outside Kidal");
	}

	@Test
	@Transactional
	void eventPageListsEventsElsewhereWithOneOfItsActors() {
		long kidal = kidalCapture();
		for (String title : List.of("Probe elsewhere with its actor", "Probe elsewhere without")) {
			this.jdbc
				.sql("""
						INSERT INTO event (event_date, disorder_type_code, event_type_code, sub_event_type_code, place_id, title,
						                   review_status)
						VALUES (DATE '2023-11-16', 'POLITICAL_VIOLENCE', 'BATTLES', 'ARMED_CLASH',
						        (SELECT id FROM place WHERE name = 'Bamako'), :title, 'PUBLISHED')""")
				.param("title", title)
				.update();
		}
		this.jdbc.sql("""
				INSERT INTO event_actor (event_id, actor_id, side)
				SELECT (SELECT id FROM event WHERE title = 'Probe elsewhere with its actor'), min(actor_id), 'A'
				  FROM event_actor WHERE event_id = :kidal""").param("kidal", kidal).update();

		assertThat(this.mvc.get().uri("/events/{id}", kidal)).hasStatusOk()
			.bodyText()
			.contains("Probe elsewhere with its actor")
			.doesNotContain("Probe elsewhere without");
	}

	@Test
	void flagsAPartysOwnUncorroboratedAccountOnly() throws Exception {
		long ber = id("SELECT id FROM event WHERE title LIKE 'Army takes over the Ber camp%'");
		List<String> claims = claimCards(ber);
		assertThat(claims).filteredOn((claim) -> claim.contains("CMA communiqués"))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("Self-serving, unconfirmed");
		long kidal = kidalCapture();
		assertThat(claimCards(kidal)).hasSize(2).noneMatch((claim) -> claim.contains("Self-serving"));
	}

	private List<String> claimCards(long eventId) throws Exception {
		String page = this.mvc.get().uri("/events/{id}", eventId).exchange().getResponse().getContentAsString();
		return Arrays.stream(page.split("<article class=\"claim")).skip(1).toList();
	}

	@Test
	void actorPageDrawsLineageGraph() {
		long cma = id("SELECT id FROM actor WHERE short_name = 'CMA'");
		assertThat(this.mvc.get().uri("/actors/{id}", cma)).hasStatusOk()
			.bodyText()
			.contains("<div class=\"lineage\">", ">MNLA</text>", ">CSP-PSD</text>", "Member of 2014",
					"<figure class=\"timeline-chart\">");
	}

	@Test
	void placeListShowsCurrentHolders() {
		assertThat(this.mvc.get().uri("/places")).hasStatusOk().bodyText().contains("Kidal", "Tessalit", "FAMa");
	}

	@Test
	void actorPageShowsAliasesLineageAndEvents() {
		long mnla = id("SELECT id FROM actor WHERE short_name = 'MNLA'");
		assertThat(this.mvc.get().uri("/actors/{id}", mnla)).hasStatusOk()
			.bodyText()
			.contains("Member of", "CMA", "from 28 October 2014", "Events", "Azawad");
	}

	@Test
	void actorListShowsEveryKind() {
		assertThat(this.mvc.get().uri("/actors")).hasStatusOk()
			.bodyText()
			.contains("FAMa", "MINUSMA", "JNIM", "Peacekeeping mission");
	}

	@Test
	void answersRealNotFound() {
		assertThat(this.mvc.get().uri("/events/{id}", 987654321)).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("There is no event with id 987654321");
		assertThat(this.mvc.get().uri("/places/{id}", 987654321)).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("There is no place with id 987654321");
		assertThat(this.mvc.get().uri("/actors/{id}", 987654321).param("lang", "fr")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("Aucun acteur ne porte l&#39;identifiant 987654321");
		assertThat(this.mvc.get().uri("/actors/not-a-number")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/places").param("page", "first")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Request not understood");
	}

	@Test
	@Transactional
	void hidesDrafts() {
		long draft = id("SELECT min(id) FROM event");
		this.jdbc.sql("UPDATE event SET review_status = 'DRAFT' WHERE id = :id").param("id", draft).update();
		assertThat(this.mvc.get().uri("/events/{id}", draft)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/events/{id}", draft).with(user("analyst").roles("ANALYST")))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/events/{id}", draft).with(user("editor").roles("EDITOR"))).hasStatusOk()
			.bodyText()
			.contains("Draft");
	}

	@Test
	@Transactional
	void escapesUserText() {
		long event = id("SELECT min(id) FROM event");
		this.jdbc.sql("UPDATE event SET title = :title, summary = :summary WHERE id = :id")
			.param("title", "<script>alert('title')</script>")
			.param("summary", "<img src=x onerror=alert(1)>")
			.param("id", event)
			.update();
		this.jdbc.sql("UPDATE claim SET excerpt = '<b>bold</b>' WHERE event_id = :id").param("id", event).update();
		long place = id("SELECT place_id FROM event WHERE id = " + event);
		assertThat(this.mvc.get().uri("/events/{id}", event)).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
					"&lt;b&gt;bold&lt;/b&gt;")
			.doesNotContain("<script>alert", "<img src=x", "<b>bold");
		assertThat(this.mvc.get().uri("/places/{id}", place)).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;")
			.doesNotContain("<script>alert");
	}

	@Test
	void sendsContentSecurityPolicy() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.headers()
			.hasValue("Content-Security-Policy",
					"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
							+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
	}

	@Test
	void answersHealthWithoutLogin() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk().bodyText().contains("\"status\":\"UP\"");
	}

	@Test
	void refusesWritesFromAnonymousUsers() {
		assertThat(this.mvc.post().uri("/events/1")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/users")).hasStatus(HttpStatus.FOUND);
	}

	/** The army's capture of Kidal on 14 November 2023. */
	private long kidalCapture() {
		return id("""
				SELECT e.id FROM event e JOIN place p ON p.id = e.place_id
				 WHERE p.name = 'Kidal' AND e.event_date = DATE '2023-11-14'
				   AND e.sub_event_type_code = 'GOVERNMENT_REGAINS_TERRITORY'""");
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
