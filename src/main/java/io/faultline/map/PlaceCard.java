package io.faultline.map;

import java.time.LocalDate;
import java.util.List;

/** What the map's popup shows about a place: its latest control periods and events. */
record PlaceCard(long id, String name, String nameFr, String precision, List<Period> control, List<Event> events) {

	/** A control period; {@code validTo} is exclusive and {@code null} while it holds. */
	record Period(String actorLabel, String colour, String status, String basis, String challengerLabel,
			LocalDate validFrom, LocalDate validTo) {

	}

	record Event(long id, LocalDate date, String title) {

	}

}
