package io.faultline.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.IntegrationTest;
import io.faultline.event.EventSummariesIT;
import io.faultline.event.ReviewStatus;
import io.faultline.source.Stance;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline's queries against the demo record. */
@IntegrationTest
class TimelineIT {

	private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator.comparing(TimelineEntry::eventDate)
		.thenComparing(TimelineEntry::id)
		.reversed();

	@Autowired
	TimelineService timeline;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvcTester mvc;

	@Test
	void keepsToTheDateRange() {
		List<TimelineEntry> entries = all(filter().from(LocalDate.of(2023, 1, 1)).to(LocalDate.of(2023, 12, 31)));

		assertThat(entries).isNotEmpty()
			.allSatisfy(
					(e) -> assertThat(e.eventDate()).isBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
		assertThat(entries).hasSize(count("""
				SELECT count(*) FROM event WHERE review_status = 'PUBLISHED'
				   AND event_date BETWEEN DATE '2023-01-01' AND DATE '2023-12-31'"""));
	}

	@Test
	void keepsToARegionAndTheRegionsInside() {
		List<TimelineEntry> kidalRegion = all(filter().region("ML-8"));

		assertThat(kidalRegion).extracting((e) -> e.placeName().en())
			.contains("Kidal", "Anéfis", "Tinzaouatène")
			.doesNotContain("Gao", "Bamako");
		assertThat(kidalRegion).hasSize(count("""
				SELECT count(*) FROM event e JOIN place p ON p.id = e.place_id JOIN region r ON r.id = p.region_id
				 WHERE e.review_status = 'PUBLISHED' AND r.code = 'ML-8'"""));
		assertThat(this.timeline.count(filter().region("ML").build()))
			.isEqualTo(this.timeline.count(TimelineFilter.all()));
	}

	/**
	 * A region and a type together read the page's ids first, then its rows
	 * (TimelineQuery.idsFirst): the rows, their order and every page after the first (of
	 * four events here) are those of the region alone, kept to the type.
	 */
	@Test
	void readsARegionAndATypeAsTheRegionAloneKeptToTheType() {
		assertThat(TimelineQuery.of(filter().region("ML-8").type("BATTLES").build()).idsFirst()).isTrue();
		assertThat(TimelineQuery.of(filter().region("ML-8").build()).idsFirst()).isFalse();
		for (String order : List.of("newest", "oldest")) {
			List<TimelineEntry> battles = inPagesOfFour(filter().region("ML-8").type("BATTLES").order(order).build());
			List<TimelineEntry> expected = all(filter().region("ML-8").order(order)).stream()
				.filter((e) -> e.eventTypeCode().equals("BATTLES"))
				.toList();

			assertThat(battles).as(order).hasSizeGreaterThan(8).isEqualTo(expected);
			assertThat(battles).as(order).anySatisfy((e) -> assertThat(e.controlChange()).isTrue());
		}
	}

	private List<TimelineEntry> inPagesOfFour(TimelineFilter filter) {
		List<TimelineEntry> entries = new ArrayList<>();
		List<TimelineEntry> page = this.timeline.rows(filter, 4, false);
		while (!page.isEmpty()) {
			entries.addAll(page);
			TimelineEntry last = page.get(page.size() - 1);
			page = this.timeline.rows(filter.after(last.eventDate(), last.id()), 4, false);
		}
		return entries;
	}

	@Test
	void keepsToAPlace() {
		long anefis = id("SELECT id FROM place WHERE name = 'Anéfis'");

		assertThat(all(filter().place(anefis))).hasSize(5).allSatisfy((e) -> assertThat(e.placeId()).isEqualTo(anefis));
	}

	@Test
	void keepsToAnActor() {
		long fama = actor("FAMa");

		assertThat(all(filter().actor(fama))).hasSize(count("""
				SELECT count(*) FROM event e WHERE e.review_status = 'PUBLISHED'
				   AND EXISTS (SELECT 1 FROM event_actor ea WHERE ea.event_id = e.id AND ea.actor_id = %d)"""
			.formatted(fama)));
	}

	@Test
	@Transactional
	void countsCoalitionMembersOnlyWhileTheyAreMembers() {
		long cma = actor("CMA");
		long mnla = actor("MNLA");
		long later = insertEvent(LocalDate.of(2016, 6, 1), "MNLA patrol near Kidal", mnla);

		List<Long> withCoalition = ids(filter().actor(cma).coalition());
		List<Long> alone = ids(filter().actor(cma));
		List<Long> mnlaBefore = this.jdbc.sql("""
				SELECT e.id FROM event e JOIN event_actor ea ON ea.event_id = e.id
				 WHERE ea.actor_id = :mnla AND e.event_date < DATE '2014-10-28'""")
			.param("mnla", mnla)
			.query(Long.class)
			.list();

		assertThat(mnlaBefore).isNotEmpty();
		assertThat(withCoalition).contains(later).doesNotContainAnyElementsOf(mnlaBefore).containsAll(alone);
		assertThat(alone).doesNotContain(later);
	}

	@Test
	void countsPredecessorsOfACoalitionWhateverTheDate() {
		long jnim = actor("JNIM");
		List<TimelineEntry> entries = all(filter().actor(jnim).coalition());

		assertThat(entries).extracting(TimelineEntry::title)
			.contains("MNLA and Ansar Dine take Kidal", "Soldiers reported executed at Aguelhok");
		assertThat(entries).anyMatch((e) -> e.eventDate().getYear() == 2012);
		assertThat(all(filter().actor(jnim))).allMatch((e) -> e.eventDate().getYear() >= 2017);
	}

	@Test
	@Transactional
	void pagesThroughACoalitionAsItsMembersEventsMerged() {
		long cma = actor("CMA");
		long mnla = actor("MNLA");
		long hcua = actor("HCUA");
		for (int n = 0; n < 80; n++) {
			long event = insertEvent(LocalDate.of(2014, 9, 1).plusDays(2 * n), "MNLA and HCUA patrol " + n, mnla);
			this.jdbc.sql("INSERT INTO event_actor (event_id, actor_id, side) VALUES (:event, :actor, 'A')")
				.param("event", event)
				.param("actor", hcua)
				.update();
		}
		// The CMA's own events, and its three founding members' from 28 October 2014 (the
		// demo record's relations).
		List<Long> expected = this.jdbc
			.sql("""
					SELECT e.id FROM event e
					 WHERE e.review_status = 'PUBLISHED'
					   AND EXISTS (SELECT 1 FROM event_actor ea JOIN actor a ON a.id = ea.actor_id
					                WHERE ea.event_id = e.id
					                  AND (a.short_name = 'CMA'
					                       OR a.short_name IN ('MNLA', 'HCUA', 'MAA') AND e.event_date >= DATE '2014-10-28'))
					 ORDER BY e.event_date DESC, e.id DESC""")
			.query(Long.class)
			.list();

		List<TimelineEntry> newest = all(filter().actor(cma).coalition());
		List<TimelineEntry> oldest = all(filter().actor(cma).coalition().order("oldest"));

		assertThat(expected).hasSizeGreaterThan(TimelineService.PAGE_SIZE);
		assertThat(newest).isSortedAccordingTo(NEWEST_FIRST).extracting(TimelineEntry::id).isEqualTo(expected);
		assertThat(oldest).extracting(TimelineEntry::id).isEqualTo(expected.reversed());
		assertThat(this.timeline.count(filter().actor(cma).coalition().build())).isEqualTo(expected.size());
		assertThat(this.timeline.count(filter().actor(cma).coalition().build(), 10)).isEqualTo(11);
		assertThat(this.timeline.chart(filter().actor(cma).coalition().build(), TimelineService.CHART_EVENT_LIMIT, 10)
			.windowStart()).isEqualTo(newest.get(9).eventDate());
	}

	@Test
	void readsAnActorsChartWindowFromTheParticipationsAsFromTheEvents() {
		long cma = actor("CMA");
		long fama = actor("FAMa");
		LocalDate from = LocalDate.of(2013, 1, 1);
		LocalDate to = LocalDate.of(2019, 12, 31);
		List<Filter> filters = List.of(filter().actor(cma).coalition(), filter().actor(fama),
				filter().actor(fama).coalition().from(from).to(to), filter().actor(cma).coalition().to(to));

		for (Filter filter : filters) {
			for (int window : List.of(7, TimelineService.CHART_WINDOW)) {
				TimelineQuery query = TimelineQuery.of(filter.build()).reading(true, window);
				String participations = query.fromParticipations(TimelineService.PARTICIPATION_WINDOW_COLUMNS)
					.orElseThrow();
				String events = query.select(TimelineService.WINDOW_COLUMNS)
						+ "\n ORDER BY e.event_date DESC, e.id DESC LIMIT " + window;

				assertThat(windowRows(participations, query)).as("%s, %d events", filter.build(), window)
					.isEqualTo(windowRows(events, query))
					.isNotEmpty();
			}
		}
		TimelineQuery coalition = TimelineQuery.of(filter().actor(fama).coalition().build())
			.reading(true, TimelineService.CHART_WINDOW);
		assertThat(windowRows(coalition.fromParticipations(TimelineService.PARTICIPATION_WINDOW_COLUMNS).orElseThrow(),
				coalition))
			.as("the window compared holds fatalities, strategic developments and events of several actors")
			.anyMatch((row) -> row.fatalities() != null)
			.anyMatch((row) -> row.actorIds().size() > 1)
			.anyMatch(WindowRow::strategic)
			.as("strategic developments are drawn in no lane: their actors are not read")
			.allMatch((row) -> !row.strategic() || row.actorIds().isEmpty());
		assertThat(TimelineQuery.of(filter().actor(fama).type("BATTLES").build()).fromParticipations("w.id")).isEmpty();
		assertThat(TimelineQuery.of(filter().place(1L).build()).fromParticipations("w.id")).isEmpty();
	}

	@Test
	void readsAPlacesChartWindowWithEachEventsActors() {
		long kidal = id("SELECT id FROM place WHERE name = 'Kidal'");
		TimelineQuery query = TimelineQuery.of(filter().place(kidal).build())
			.reading(true, TimelineService.CHART_WINDOW);
		String window = query.select(TimelineService.WINDOW_COLUMNS) + "\n ORDER BY e.event_date DESC, e.id DESC LIMIT "
				+ TimelineService.CHART_WINDOW;

		List<WindowRow> rows = windowRows(window, query);

		Map<Long, List<Long>> participants = new HashMap<>();
		this.jdbc.sql("""
				SELECT ea.event_id, ea.actor_id FROM event_actor ea JOIN event e ON e.id = ea.event_id
				 WHERE e.place_id = :place ORDER BY ea.actor_id""").param("place", kidal).query((row) -> {
			participants.computeIfAbsent(row.getLong("event_id"), (id) -> new ArrayList<>())
				.add(row.getLong("actor_id"));
		});
		assertThat(rows).isNotEmpty().anyMatch((row) -> !row.actorIds().isEmpty());
		for (WindowRow row : rows) {
			List<Long> actors = row.strategic() ? List.of() : participants.getOrDefault(row.id(), List.of());
			assertThat(row.actorIds()).as("event %d", row.id()).isEqualTo(actors);
		}
	}

	@Test
	@Transactional
	void readsAnActorsEventsOnTheirDatesAsTheyChange() {
		long mnla = actor("MNLA");
		long cma = actor("CMA");
		long event = insertEvent(LocalDate.of(2013, 6, 1), "MNLA patrol near Anefis", mnla);
		assertThat(ids(filter().actor(cma).coalition())).doesNotContain(event);

		this.jdbc.sql("UPDATE event SET event_date = DATE '2016-06-01' WHERE id = :id").param("id", event).update();

		assertThat(ids(filter().actor(cma).coalition())).contains(event);
		assertThat(ids(filter().actor(mnla).from(LocalDate.of(2016, 6, 1)).to(LocalDate.of(2016, 6, 1))))
			.containsExactly(event);
		assertParticipationsFollowTheirEvents();

		long counted = this.timeline.count(filter().actor(cma).coalition().build(), 100_000);
		this.jdbc.sql("UPDATE event SET review_status = 'DRAFT' WHERE id = :id").param("id", event).update();
		assertThat(ids(filter().actor(cma).coalition())).doesNotContain(event);
		assertThat(this.timeline.count(filter().actor(cma).coalition().build(), 100_000)).isEqualTo(counted - 1);
		this.jdbc.sql("UPDATE event SET review_status = 'PUBLISHED', acled_event_id = 'IT-ACLED-1' WHERE id = :id")
			.param("id", event)
			.update();
		assertParticipationsFollowTheirEvents();
		this.jdbc.sql("UPDATE event SET fatalities_best = 12 WHERE id = :id").param("id", event).update();
		assertParticipationsFollowTheirEvents();
		this.jdbc.sql("""
				UPDATE event SET event_type_code = 'STRATEGIC_DEVELOPMENTS', sub_event_type_code = 'AGREEMENT',
				                 fatalities_best = NULL
				 WHERE id = :id""").param("id", event).update();
		assertParticipationsFollowTheirEvents();
		this.jdbc.sql("UPDATE event_actor SET fatalities_best = 99, strategic = FALSE WHERE event_id = :id")
			.param("id", event)
			.update();
		assertParticipationsFollowTheirEvents();
		this.jdbc.sql("UPDATE event SET place_id = (SELECT id FROM place WHERE name = 'Gao') WHERE id = :id")
			.param("id", event)
			.update();
		assertParticipationsFollowTheirEvents();
		this.jdbc
			.sql("UPDATE event_actor SET place_id = (SELECT id FROM place WHERE name = 'Kidal') WHERE event_id = :id")
			.param("id", event)
			.update();
		assertParticipationsFollowTheirEvents();

		long earlier = insertEvent(LocalDate.of(2013, 6, 2), "MNLA convoy near Anefis", cma);
		this.jdbc.sql("UPDATE event_actor SET event_id = :earlier WHERE event_id = :event")
			.param("earlier", earlier)
			.param("event", event)
			.update();

		assertThat(ids(filter().actor(mnla).from(LocalDate.of(2013, 6, 2)).to(LocalDate.of(2013, 6, 2))))
			.containsExactly(earlier);
		assertParticipationsFollowTheirEvents();
	}

	@Test
	void keepsToATypeAndSubtype() {
		assertThat(all(filter().type("BATTLES"))).isNotEmpty()
			.allSatisfy((e) -> assertThat(e.eventTypeCode()).isEqualTo("BATTLES"));
		assertThat(all(filter().type("BATTLES").subtype("GOVERNMENT_REGAINS_TERRITORY"))).isNotEmpty()
			.allSatisfy((e) -> assertThat(e.subEventType().en()).isEqualTo("Government regains territory"))
			.anySatisfy((e) -> assertThat(e.title()).contains("Kidal"));
	}

	@Test
	void nameEveryEventsTypeAndSubtypeInBothLanguages() {
		Map<Long, List<String>> names = EventSummariesIT.typeNamesByEvent(this.jdbc);
		List<TimelineEntry> entries = all(filter());

		assertThat(entries).hasSizeGreaterThan(50)
			.allSatisfy((e) -> assertThat(
					Arrays.asList(e.eventType().en(), e.eventType().fr(), e.subEventType().en(), e.subEventType().fr()))
				.isEqualTo(names.get(e.id())));
	}

	@Test
	void keepsToEventsWithAtLeastSoManyFatalities() {
		List<TimelineEntry> entries = all(filter().minFatalities(50));

		assertThat(entries).isNotEmpty().allSatisfy((e) -> assertThat(e.fatalitiesBest()).isGreaterThanOrEqualTo(50));
		assertThat(entries)
			.hasSize(count("SELECT count(*) FROM event WHERE review_status = 'PUBLISHED' AND fatalities_best >= 50"));
	}

	@Test
	void keepsToEventsThatAClaimDenies() {
		List<TimelineEntry> entries = all(filter().stance(Stance.DENIES));

		assertThat(entries).extracting(TimelineEntry::title)
			.contains("CSP rebels ambush army and Wagner convoy at Tinzaouatène");
		assertThat(entries).hasSize(count(
				"SELECT count(DISTINCT e.id) FROM event e JOIN claim c ON c.event_id = e.id WHERE c.stance = 'DENIES'"));
	}

	@Test
	void searchesWithoutAccents() {
		long anefis = id("SELECT id FROM place WHERE name = 'Anéfis'");

		assertThat(all(filter().q("Anefis"))).hasSize(5).allSatisfy((e) -> assertThat(e.placeId()).isEqualTo(anefis));
		assertThat(ids(filter().q("ANÉFIS"))).isEqualTo(ids(filter().q("anefis")));
	}

	@Test
	void searchesThePlaceByAnyOfItsNames() {
		assertThat(all(filter().q("Tinzaouaten"))).extracting(TimelineEntry::title)
			.contains("CSP rebels ambush army and Wagner convoy at Tinzaouatène");
		assertThat(all(filter().q("Tombouctou"))).isNotEmpty()
			.allSatisfy((e) -> assertThat(e.placeName().en()).isEqualTo("Timbuktu"));
	}

	@Test
	void searchesWhatTheSourcesSay() {
		assertThat(all(filter().q("took part"))).extracting(TimelineEntry::title)
			.containsExactly("CSP rebels ambush army and Wagner convoy at Tinzaouatène");
		assertThat(all(filter().q("zzzunknownword"))).isEmpty();
	}

	@Test
	@Transactional
	void searchesAClaimAsSoonAsItChanges() {
		this.jdbc.sql("UPDATE claim SET excerpt = 'Les forces armées ont repris la ville' WHERE id = 1").update();

		assertThat(ids(filter().q("repris ville"))).containsExactly(id("SELECT event_id FROM claim WHERE id = 1"));
	}

	@Test
	void keepsEverySearchVectorAsItWouldBeWrittenAfresh() {
		assertThat(count("SELECT count(*) FROM event_search")).isEqualTo(count("SELECT count(*) FROM event"));
		assertThat(
				count("""
						SELECT count(*) FROM event e LEFT JOIN event_search es ON es.event_id = e.id
						 WHERE es.search IS DISTINCT FROM faultline_event_search(e.search, e.id, faultline_place_words(e.place_id))
						"""))
			.isZero();
	}

	@Test
	@Transactional
	void searchesClaimsAddedMovedAndDeleted() {
		long first = id("SELECT min(id) FROM event WHERE review_status = 'PUBLISHED'");
		long second = id("SELECT max(id) FROM event WHERE review_status = 'PUBLISHED'");
		this.jdbc.sql("""
				INSERT INTO claim (event_id, source_id, excerpt)
				VALUES (:event, (SELECT min(id) FROM source), 'Un témoin parle de zorglub')""")
			.param("event", first)
			.update();
		assertThat(ids(filter().q("zorglub"))).containsExactly(first);

		this.jdbc.sql("UPDATE claim SET event_id = :second WHERE excerpt LIKE '%zorglub%'")
			.param("second", second)
			.update();
		assertThat(ids(filter().q("zorglub"))).containsExactly(second);

		this.jdbc.sql("DELETE FROM claim WHERE excerpt LIKE '%zorglub%'").update();
		assertThat(ids(filter().q("zorglub"))).isEmpty();
	}

	@Test
	@Transactional
	void searchesAnEventAsSoonAsItsTextChanges() {
		long event = id("SELECT min(id) FROM event WHERE review_status = 'PUBLISHED'");
		this.jdbc.sql("UPDATE event SET title = title || ' near the Wadi Xylophone' WHERE id = :id")
			.param("id", event)
			.update();

		assertThat(ids(filter().q("xylophone"))).containsExactly(event);
		assertThat(ids(filter().q("xylophone Wadi"))).containsExactly(event);
	}

	@Test
	@Transactional
	void searchesAPlaceByANameGivenLater() {
		long anefis = id("SELECT id FROM place WHERE name = 'Anéfis'");
		this.jdbc.sql("INSERT INTO place_alias (place_id, alias) VALUES (:place, 'Inafis Zorg')")
			.param("place", anefis)
			.update();
		assertThat(all(filter().q("zorg"))).hasSize(5).allSatisfy((e) -> assertThat(e.placeId()).isEqualTo(anefis));

		this.jdbc.sql("DELETE FROM place_alias WHERE alias = 'Inafis Zorg'").update();
		this.jdbc.sql("UPDATE place SET name_fr = 'Anéfis-Quuxville' WHERE id = :place")
			.param("place", anefis)
			.update();
		assertThat(all(filter().q("zorg"))).isEmpty();
		assertThat(all(filter().q("quuxville"))).hasSize(5);
	}

	@Test
	@Transactional
	void hidesDrafts() {
		long draft = id(
				"SELECT id FROM event WHERE title = 'CSP rebels ambush army and Wagner convoy at Tinzaouatène'");
		this.jdbc.sql("UPDATE event SET review_status = 'DRAFT' WHERE id = :id").param("id", draft).update();

		assertThat(ids(filter().q("Tinzaouaten"))).doesNotContain(draft);
		assertThat(this.timeline.count(TimelineFilter.all()))
			.isEqualTo(count("SELECT count(*) FROM event WHERE review_status = 'PUBLISHED'"));
	}

	@Test
	@Transactional
	void offersASelectedPlaceOrActorWithoutEventsBesideTheRankedOnes() {
		long quiet = this.jdbc
			.sql("""
					INSERT INTO place (name, kind, location) VALUES ('Aguelhok quiet', 'VILLAGE', ST_SetSRID(ST_MakePoint(0.8, 19.4), 4326))
					RETURNING id""")
			.query(Long.class)
			.single();
		long idle = this.jdbc.sql("""
				INSERT INTO actor (name, short_name, kind) VALUES ('Idle militia', 'Idle', 'MILITIA') RETURNING id""")
			.query(Long.class)
			.single();
		TimelineChoices ranked = this.timeline.choices(TimelineFilter.all());
		assertThat(ranked.hasPlace(quiet)).isFalse();
		assertThat(ranked.hasActor(idle)).isFalse();

		TimelineChoices selected = this.timeline.choices(new TimelineFilter(null, null, null, quiet, idle, false, null,
				null, null, null, null, null, null, null, null));
		assertThat(selected.places()).extracting(TimelineChoices.Choice::value)
			.containsExactlyElementsOf(this.jdbc.sql("""
					SELECT CAST(id AS text) FROM place WHERE id IN (SELECT place_id FROM place_summary) OR id = :quiet
					 ORDER BY name, id""").param("quiet", quiet).query(String.class).list());
		assertThat(selected.actors()).extracting(TimelineChoices.Choice::value)
			.containsExactlyElementsOf(this.jdbc.sql("""
					SELECT CAST(id AS text) FROM actor
					 WHERE id IN (SELECT actor_id FROM actor_participation_summary) OR id = :idle
					 ORDER BY coalesce(short_name, name), id""").param("idle", idle).query(String.class).list());
		assertThat(this.timeline.choices(TimelineFilter.atPlace(-5)).hasPlace(-5)).isFalse();
	}

	@Test
	void pagesThroughEveryEventOnceInOrder() {
		List<TimelineEntry> newest = all(filter());
		List<TimelineEntry> oldest = all(filter().order("oldest"));
		long total = this.timeline.count(TimelineFilter.all());

		assertThat(total).isGreaterThan(TimelineService.PAGE_SIZE);
		assertThat(newest).hasSize((int) total).doesNotHaveDuplicates().isSortedAccordingTo(NEWEST_FIRST);
		assertThat(oldest).hasSize((int) total).isSortedAccordingTo(NEWEST_FIRST.reversed());
		TimelinePage first = this.timeline.page(TimelineFilter.all());
		TimelinePage second = this.timeline.page(first.next());
		assertThat(first.entries()).hasSize(TimelineService.PAGE_SIZE).doesNotContainAnyElementsOf(second.entries());
		assertThat(second.next()).isNull();
	}

	@Test
	void rowsMarkTheEventsThatAreEvidenceOfAChangeOfControl() {
		List<Long> evidence = this.jdbc
			.sql("SELECT DISTINCT evidence_event_id FROM control_period WHERE evidence_event_id IS NOT NULL")
			.query(Long.class)
			.list();
		List<TimelineEntry> rows = this.timeline.rows(TimelineFilter.all(), 500, true);

		assertThat(rows).filteredOn(TimelineEntry::controlChange).isNotEmpty();
		assertThat(rows).allSatisfy((row) -> assertThat(row.controlChange()).as("event %d", row.id())
			.isEqualTo(evidence.contains(row.id())));
		assertThat(rows).isSortedAccordingTo(NEWEST_FIRST);
	}

	@Test
	void chartsEachEventInTheLanesOfItsLeadingActors() {
		TimelineChart chart = this.timeline.chart(TimelineFilter.all());
		long strategic = count("SELECT count(*) FROM event WHERE event_type_code = 'STRATEGIC_DEVELOPMENTS'");

		assertThat(chart.binUnit()).isNull();
		assertThat(chart.lanes()).hasSizeLessThanOrEqualTo(TimelineService.CHART_LANES + 1)
			.first()
			.satisfies((lane) -> assertThat(lane.label()).isEqualTo("FAMa"));
		assertThat(chart.annotations()).hasSize((int) strategic);
		assertThat(chart.marks()).allMatch((mark) -> mark.eventId() != null && mark.count() == 1)
			.anyMatch(TimelineChart.Mark::controlChange);
	}

	/**
	 * Titles come with the window read from the events, and are read apart when it comes
	 * from the participations (a coalition): the same either way.
	 */
	@Test
	void marksAndAnnotationsSayTheirEventsTitlesAndChangesOfControl() {
		Map<Long, String> titles = new HashMap<>();
		this.jdbc.sql("SELECT id, title FROM event").query((row) -> {
			titles.put(row.getLong("id"), row.getString("title"));
		});
		Set<Long> changes = Set.copyOf(this.jdbc
			.sql("SELECT DISTINCT evidence_event_id FROM control_period WHERE evidence_event_id IS NOT NULL")
			.query(Long.class)
			.list());
		TimelineChart ofEvents = this.timeline.chart(TimelineFilter.all());
		TimelineChart ofParticipations = this.timeline.chart(filter().actor(actor("FAMa")).coalition().build());
		for (TimelineChart chart : List.of(ofEvents, ofParticipations)) {
			assertThat(chart.marks()).isNotEmpty().allSatisfy((mark) -> {
				assertThat(mark.title()).isEqualTo(titles.get(mark.eventId()));
				assertThat(mark.controlChange()).isEqualTo(changes.contains(mark.eventId()));
			});
			assertThat(chart.marks()).anyMatch(TimelineChart.Mark::controlChange);
			assertThat(chart.annotations())
				.allSatisfy((annotation) -> assertThat(annotation.title()).isEqualTo(titles.get(annotation.eventId())));
		}
		assertThat(ofEvents.annotations()).isNotEmpty();
	}

	@Test
	void chartsBinsWhenThereAreTooManyEvents() {
		TimelineChart chart = this.timeline.chart(TimelineFilter.all(), 10);
		long marked = count("SELECT count(*) FROM event WHERE event_type_code <> 'STRATEGIC_DEVELOPMENTS'");

		assertThat(chart.binUnit()).isEqualTo(java.time.temporal.ChronoUnit.MONTHS);
		assertThat(chart.marks()).allMatch((mark) -> mark.eventId() == null && mark.count() >= 1);
		assertThat(chart.marks().stream().mapToInt(TimelineChart.Mark::count).sum())
			.isGreaterThanOrEqualTo((int) marked);
	}

	@Test
	void binsEachEventInTheLanesOfItsLeadingActorsOrTheOtherLane() {
		TimelineChart chart = this.timeline.chart(TimelineFilter.all(), 10);

		for (TimelineChart.Lane lane : chart.lanes()) {
			int binned = chart.marks()
				.stream()
				.filter((mark) -> mark.y() == lane.y())
				.mapToInt(TimelineChart.Mark::count)
				.sum();
			String involving = (lane.actorId() != null) ? "ea.actor_id = " + lane.actorId()
					: "ea.actor_id IN (%s)".formatted(String.join(", ",
							chart.lanes()
								.stream()
								.filter((other) -> other.actorId() != null)
								.map((other) -> other.actorId().toString())
								.toList()));
			String condition = (lane.actorId() != null) ? "EXISTS" : "NOT EXISTS";
			assertThat(binned).as(lane.label())
				.isEqualTo(count("""
						SELECT count(*) FROM event e
						 WHERE e.review_status = 'PUBLISHED' AND e.event_type_code <> 'STRATEGIC_DEVELOPMENTS'
						   AND %s (SELECT 1 FROM event_actor ea WHERE ea.event_id = e.id AND %s)""".formatted(condition,
						involving)));
		}
	}

	@Test
	void countsFromTheSummariesWhatItWouldCountFromTheEvents() {
		long kidal = id("SELECT id FROM place WHERE name = 'Kidal'");
		long fama = actor("FAMa");
		LocalDate from = LocalDate.of(2013, 1, 1);
		LocalDate to = LocalDate.of(2020, 12, 31);
		List<Filter> filters = List.of(filter(), filter().from(from).to(to), filter().type("BATTLES").from(from),
				filter().place(kidal), filter().actor(fama), filter().actor(fama).to(to));

		for (Filter filter : filters) {
			assertThat(this.timeline.count(filter.build(), 100_000)).as(filter.build().toString())
				.isEqualTo(all(filter).size())
				.isPositive();
		}
	}

	@Test
	void stopsCountingPastTheLimit() {
		long total = this.timeline.count(TimelineFilter.all());

		assertThat(total).isGreaterThan(10);
		assertThat(this.timeline.count(TimelineFilter.all(), 10)).isEqualTo(11);
		assertThat(this.timeline.count(TimelineFilter.all(), (int) total)).isEqualTo(total);
	}

	@Test
	void chartsOnlyTheNewestEventsOfALargeSelection() {
		List<TimelineEntry> newest = all(filter());
		LocalDate tenth = newest.get(9).eventDate();

		TimelineChart chart = this.timeline.chart(TimelineFilter.all(), TimelineService.CHART_EVENT_LIMIT, 10);

		assertThat(chart.windowStart()).isEqualTo(tenth);
		assertThat(chart.marks()).isNotEmpty().allMatch((mark) -> !mark.date().isBefore(tenth));
		assertThat(this.timeline.chart(TimelineFilter.all()).windowStart()).isNull();
	}

	@Test
	@Transactional
	void saysWhenThereAreMoreEventsThanItCountsOrCharts() {
		this.jdbc
			.sql("""
					INSERT INTO event (event_date, disorder_type_code, event_type_code, sub_event_type_code, place_id, title,
					                   review_status)
					SELECT DATE '2010-01-01' + (n % 700), 'POLITICAL_VIOLENCE', 'BATTLES', 'ARMED_CLASH',
					       (SELECT id FROM place WHERE name = 'Kidal'), 'IT bulk ' || n, 'PUBLISHED'
					  FROM generate_series(1, :n) n""")
			.param("n", TimelineService.COUNT_LIMIT)
			.update();

		assertThat(this.mvc.get().uri("/timeline").param("lang", "en")).hasStatusOk()
			.bodyText()
			.contains("More than 10,000 events match.", "Too many events to chart them all");
		assertThat(this.mvc.get().uri("/timeline").param("lang", "fr")).hasStatusOk()
			.bodyText()
			.contains("Plus de 10", "Trop d&#39;événements pour tous les représenter");
	}

	/**
	 * Each participation's date, review status and ACLED mark (V30), fatalities and
	 * strategic mark (V34) and place (V36) as its event's.
	 */
	private void assertParticipationsFollowTheirEvents() {
		assertThat(
				count("""
						SELECT count(*) FROM event_actor ea JOIN event e ON e.id = ea.event_id
						 WHERE (ea.event_date, ea.published, ea.acled, ea.fatalities_best, ea.strategic, ea.place_id)
						       IS DISTINCT FROM (e.event_date, e.review_status = 'PUBLISHED', e.acled_event_id IS NOT NULL,
						                         e.fatalities_best, e.event_type_code = 'STRATEGIC_DEVELOPMENTS', e.place_id)"""))
			.isZero();
	}

	private List<WindowRow> windowRows(String sql, TimelineQuery query) {
		return this.jdbc.sql(sql)
			.params(query.params())
			.query((row, n) -> new WindowRow(row.getLong("id"), row.getObject("event_date", LocalDate.class),
					row.getBoolean("strategic"), row.getObject("fatalities_best", Integer.class),
					Arrays.stream((Long[]) row.getArray("actor_ids").getArray()).sorted().toList()))
			.list();
	}

	private List<TimelineEntry> all(Filter filter) {
		List<TimelineEntry> entries = new ArrayList<>();
		TimelineFilter page = filter.build();
		while (page != null) {
			TimelinePage result = this.timeline.page(page);
			entries.addAll(result.entries());
			page = result.next();
		}
		return entries;
	}

	private List<Long> ids(Filter filter) {
		return all(filter).stream().map(TimelineEntry::id).toList();
	}

	private long insertEvent(LocalDate date, String title, long actor) {
		long kidal = id("SELECT id FROM place WHERE name = 'Kidal'");
		long event = this.jdbc
			.sql("""
					INSERT INTO event (event_date, disorder_type_code, event_type_code, sub_event_type_code, place_id, title,
					                   review_status)
					VALUES (:date, 'POLITICAL_VIOLENCE', 'BATTLES', 'ARMED_CLASH', :place, :title, 'PUBLISHED') RETURNING id""")
			.param("date", date)
			.param("place", kidal)
			.param("title", title)
			.query(Long.class)
			.single();
		this.jdbc.sql("INSERT INTO event_actor (event_id, actor_id, side) VALUES (:event, :actor, 'A')")
			.param("event", event)
			.param("actor", actor)
			.update();
		return event;
	}

	private long actor(String shortName) {
		return this.jdbc.sql("SELECT id FROM actor WHERE short_name = :name")
			.param("name", shortName)
			.query(Long.class)
			.single();
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single().intValue();
	}

	private static Filter filter() {
		return new Filter();
	}

	/** What the chart reads of an event in its window. */
	private record WindowRow(long id, LocalDate date, boolean strategic, Integer fatalities, List<Long> actorIds) {

	}

	/** Builds filters for the tests, as the form would send them. */
	private static final class Filter {

		private LocalDate from;

		private LocalDate to;

		private String region;

		private Long place;

		private Long actor;

		private boolean coalition;

		private String type;

		private String subtype;

		private Integer minFatalities;

		private Stance stance;

		private String q;

		private String order;

		private ReviewStatus status;

		Filter from(LocalDate from) {
			this.from = from;
			return this;
		}

		Filter to(LocalDate to) {
			this.to = to;
			return this;
		}

		Filter status(ReviewStatus status) {
			this.status = status;
			return this;
		}

		Filter region(String region) {
			this.region = region;
			return this;
		}

		Filter place(long place) {
			this.place = place;
			return this;
		}

		Filter actor(long actor) {
			this.actor = actor;
			return this;
		}

		Filter coalition() {
			this.coalition = true;
			return this;
		}

		Filter type(String type) {
			this.type = type;
			return this;
		}

		Filter subtype(String subtype) {
			this.subtype = subtype;
			return this;
		}

		Filter minFatalities(int minFatalities) {
			this.minFatalities = minFatalities;
			return this;
		}

		Filter stance(Stance stance) {
			this.stance = stance;
			return this;
		}

		Filter q(String q) {
			this.q = q;
			return this;
		}

		Filter order(String order) {
			this.order = order;
			return this;
		}

		TimelineFilter build() {
			return new TimelineFilter(this.from, this.to, this.region, this.place, this.actor, this.coalition,
					this.type, this.subtype, this.minFatalities, this.stance, this.q, this.order, null, null,
					this.status);
		}

	}

}
