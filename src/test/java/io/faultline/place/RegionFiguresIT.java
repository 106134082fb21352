package io.faultline.place;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A region's figures and its places' event counts are read from the places' summaries
 * (V38): they stay equal to the same aggregates over the events, for every region, when
 * events are added, edited and unpublished, and without ACLED's events when those are not
 * shared.
 */
@IntegrationTest
@Transactional
class RegionFiguresIT {

	private static final LocalDate TODAY = LocalDate.of(2024, 7, 20);

	@Autowired
	RegionService regions;

	@Autowired
	PlaceService places;

	@Autowired
	JdbcClient jdbc;

	@Test
	void sumTheEventsAndFatalitiesOfEveryPlaceBelow() {
		assertFiguresMatchTheRecord();
	}

	@Test
	void followEventsAddedEditedAndUnpublished() {
		long gao = insertEvent("Gao", 40, null);
		insertEvent("Kidal", 7, null);
		assertFiguresMatchTheRecord();

		this.jdbc
			.sql("UPDATE event SET fatalities_best = 3, place_id = (SELECT id FROM place WHERE name = 'Tessalit') "
					+ "WHERE id = :id")
			.param("id", gao)
			.update();
		assertFiguresMatchTheRecord();

		this.jdbc.sql("UPDATE event SET review_status = 'DRAFT' WHERE id = :id").param("id", gao).update();
		assertFiguresMatchTheRecord();
	}

	@Test
	void leaveOutAcledsEventsWhileTheyAreNotShared() {
		insertEvent("Kidal", 1000, "IT-REGION-1");
		RegionDetails shown = this.regions.show("ML-8");
		assertFiguresMatchTheRecord();

		this.jdbc.sql("SELECT set_config('faultline.reader', 'anonymous', true)").query(String.class).single();
		this.jdbc.sql("DELETE FROM app_setting WHERE name = 'acled.public'").update();

		RegionDetails hidden = this.regions.show("ML-8");
		assertThat(hidden.fatalities()).isEqualTo(shown.fatalities() - 1000);
		assertThat(hidden.events()).isEqualTo(shown.events() - 1);
		assertFiguresMatchTheRecord();
	}

	/**
	 * Every region's page and the list of regions against the events themselves, as the
	 * pages counted them before V38.
	 */
	private void assertFiguresMatchTheRecord() {
		String shown = "e.review_status = 'PUBLISHED' AND (e.acled_event_id IS NULL OR faultline_acled_shown())";
		List<String> codes = this.jdbc.sql("SELECT code FROM region ORDER BY code").query(String.class).list();
		assertThat(codes).isNotEmpty();
		for (String code : codes) {
			List<Long> expected = this.jdbc.sql("""
					WITH RECURSIVE subtree AS (
					    SELECT id FROM region WHERE code = :code
					    UNION ALL
					    SELECT r.id FROM region r JOIN subtree s ON r.parent_id = s.id
					)
					SELECT count(*), coalesce(sum(e.fatalities_best), 0)
					  FROM event e JOIN place p ON p.id = e.place_id
					 WHERE p.region_id IN (SELECT id FROM subtree) AND %s""".formatted(shown))
				.param("code", code)
				.query((row, n) -> List.of(row.getLong(1), row.getLong(2)))
				.single();
			RegionView view = this.regions.view(code, TODAY, 1000);
			assertThat(List.of(view.region().events(), view.region().fatalities())).as(code).isEqualTo(expected);
			for (RegionDetails child : view.children()) {
				RegionDetails alone = this.regions.show(child.code());
				assertThat(List.of(child.places(), child.events(), child.fatalities())).as(child.code())
					.isEqualTo(List.of(alone.places(), alone.events(), alone.fatalities()));
			}
			for (PlaceRow place : view.places()) {
				assertThat(place.events()).as(place.name().en()).isEqualTo(eventsAt(place.id(), shown));
			}
		}
		Map<Long, Long> listed = this.places.list(0, 10_000, TODAY)
			.items()
			.stream()
			.collect(Collectors.toMap(PlaceRow::id, PlaceRow::events));
		assertThat(listed).isNotEmpty().allSatisfy((id, events) -> assertThat(events).isEqualTo(eventsAt(id, shown)));
	}

	private long eventsAt(long place, String shown) {
		return this.jdbc.sql("SELECT count(*) FROM event e WHERE e.place_id = :place AND " + shown)
			.param("place", place)
			.query(Long.class)
			.single();
	}

	private long insertEvent(String place, int fatalities, String acledId) {
		return this.jdbc
			.sql("""
					INSERT INTO event (event_date, disorder_type_code, event_type_code, sub_event_type_code, place_id, title,
					                   fatalities_best, review_status, acled_event_id)
					VALUES (:date, 'POLITICAL_VIOLENCE', 'BATTLES', 'ARMED_CLASH', (SELECT id FROM place WHERE name = :place),
					        'IT region figures', :best, 'PUBLISHED', :acled) RETURNING id""")
			.param("date", TODAY)
			.param("place", place)
			.param("best", fatalities)
			.param("acled", acledId)
			.query(Long.class)
			.single();
	}

}
