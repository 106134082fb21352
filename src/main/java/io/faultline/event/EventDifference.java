package io.faultline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.faultline.actor.ActorOption;

/**
 * One field of an event as the other editor saved it and as this editor typed it, for the
 * conflict page. Values are shown as text; {@code label} is a message key.
 */
record EventDifference(String label, String saved, String typed, boolean changed) {

	static List<EventDifference> between(EventForm saved, EventForm typed, EventChoices choices,
			BiFunction<Long, Locale, String> placeNames, Function<String, String> messages, Locale locale) {
		Map<String, String> types = names(choices.eventTypes(), locale);
		Map<String, String> subTypes = names(choices.subEventTypes(), locale);
		Map<Long, String> actors = choices.actors()
			.stream()
			.collect(Collectors.toMap(ActorOption::id, ActorOption::label));
		List<EventDifference> rows = new ArrayList<>();
		add(rows, "editor.event.eventDate", saved, typed, EventForm::eventDate);
		add(rows, "editor.event.datePrecision", saved, typed, (form) -> (form.datePrecision() != null)
				? messages.apply("editor.precision." + form.datePrecision()) : null);
		add(rows, "editor.event.endDate", saved, typed, EventForm::endDate);
		add(rows, "editor.event.place", saved, typed, (form) -> placeNames.apply(form.placeId(), locale));
		add(rows, "editor.event.type", saved, typed, (form) -> types.get(form.eventTypeCode()));
		add(rows, "editor.event.subtype", saved, typed, (form) -> subTypes.get(form.subEventTypeCode()));
		add(rows, "editor.event.fatalitiesLow", saved, typed, EventForm::fatalitiesLow);
		add(rows, "editor.event.fatalitiesBest", saved, typed, EventForm::fatalitiesBest);
		add(rows, "editor.event.fatalitiesHigh", saved, typed, EventForm::fatalitiesHigh);
		add(rows, "editor.event.civilianTargeting", saved, typed,
				(form) -> messages.apply(form.civilianTargeting() ? "common.yes" : "common.no"));
		add(rows, "editor.event.title", saved, typed, EventForm::title);
		add(rows, "editor.event.summary", saved, typed, EventForm::summary);
		add(rows, "editor.event.notes", saved, typed, EventForm::notes);
		add(rows, "editor.event.participants", saved, typed, (form) -> form.filledParticipants()
			.stream()
			.map((row) -> actors.getOrDefault(row.actorId(), String.valueOf(row.actorId())) + " ("
					+ messages.apply("event.side." + row.side())
					+ ((row.role() == ParticipantRole.ASSOCIATED) ? ", " + messages.apply("event.role.ASSOCIATED") : "")
					+ ")")
			.sorted()
			.collect(Collectors.joining("; ")));
		return rows;
	}

	private static void add(List<EventDifference> rows, String label, EventForm saved, EventForm typed,
			Function<EventForm, Object> field) {
		String before = text(field.apply(saved));
		String after = text(field.apply(typed));
		rows.add(new EventDifference(label, before, after, !Objects.equals(before, after)));
	}

	private static String text(Object value) {
		return (value == null) ? "" : String.valueOf(value).strip();
	}

	private static Map<String, String> names(List<EventTypeOption> options, Locale locale) {
		return options.stream().collect(Collectors.toMap(EventTypeOption::code, (option) -> option.name().in(locale)));
	}

}
