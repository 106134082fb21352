package io.faultline.event;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The events listed on the dashboard, place, actor and event pages, their type's and
 * sub-type's names taken from {@link EventTypeNames} rather than joined to each row.
 */
@IntegrationTest
public class EventSummariesIT {

	@Autowired
	EventService events;

	@Autowired
	JdbcClient jdbc;

	@Test
	void nameEveryEventsTypeAndSubtypeInBothLanguages() {
		Map<Long, List<String>> names = typeNamesByEvent(this.jdbc);
		List<EventSummary> latest = this.events.latest(1000);

		assertThat(latest).hasSizeGreaterThan(50)
			.allSatisfy((e) -> assertThat(
					Arrays.asList(e.eventType().en(), e.eventType().fr(), e.subEventType().en(), e.subEventType().fr()))
				.isEqualTo(names.get(e.id())));
		assertThat(latest).extracting(EventSummary::eventTypeCode).contains("BATTLES", "STRATEGIC_DEVELOPMENTS");
	}

	/**
	 * Each event's type and sub-type names, English and French, as the record's tables
	 * join them: what pages listing events must show.
	 */
	public static Map<Long, List<String>> typeNamesByEvent(JdbcClient jdbc) {
		return jdbc.sql("""
				SELECT e.id, t.name AS type, t.name_fr AS type_fr, s.name AS sub, s.name_fr AS sub_fr
				  FROM event e
				  JOIN event_type t ON t.code = e.event_type_code
				  JOIN sub_event_type s ON s.code = e.sub_event_type_code""")
			.query((row, n) -> Map.entry(row.getLong("id"),
					Arrays.asList(row.getString("type"), row.getString("type_fr"), row.getString("sub"),
							row.getString("sub_fr"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
