package io.faultline.history;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.faultline.event.EventService;

/** Who changed a record, when, why and what: for editors and above. */
@Controller
class HistoryController {

	static final int ACTIVITY_SHOWN = 100;

	private final HistoryService history;

	private final EventService events;

	private final Clock clock;

	HistoryController(HistoryService history, EventService events, Clock clock) {
		this.history = history;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What the published record said about an event on a date (drafts never show here).
	 */
	@GetMapping("/events/{id}/as-known-on")
	String asKnownOn(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date, Model model) {
		LocalDate day = (date != null) ? date : LocalDate.now(this.clock);
		model.addAttribute("event", this.events.show(id));
		model.addAttribute("date", day);
		model.addAttribute("known", this.history.eventAsOf(id, day).filter(KnownVersion::published).orElse(null));
		return "history/as-known-on";
	}

	@GetMapping("/review/activity")
	String activity(Model model) {
		model.addAttribute("activity", this.history.recent(ACTIVITY_SHOWN));
		return "history/activity";
	}

	/**
	 * A place's, an actor's or a source's history: {@code places}, {@code actors},
	 * {@code sources}.
	 */
	@GetMapping("/{records:places|actors|sources}/{id}/history")
	String record(@PathVariable String records, @PathVariable long id, @RequestParam(required = false) Long from,
			@RequestParam(required = false) Long to, Model model) {
		String table = records.substring(0, records.length() - 1);
		model.addAttribute("records", records);
		model.addAttribute("table", table);
		model.addAttribute("recordId", id);
		model.addAttribute("revisions", this.history.ofRecord(table, id));
		compare(table, id, from, to, model);
		return "history/record";
	}

	@GetMapping("/events/{id}/history")
	String event(@PathVariable long id, @RequestParam(required = false) Long from,
			@RequestParam(required = false) Long to, Model model) {
		model.addAttribute("event", this.events.show(id, true));
		model.addAttribute("table", "event");
		model.addAttribute("revisions", this.history.ofEvent(id));
		compare("event", id, from, to, model);
		return "history/event";
	}

	/** Any two revisions of the record side by side, field by field, when asked for. */
	private void compare(String table, long id, Long from, Long to, Model model) {
		if (from == null || to == null) {
			return;
		}
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("older", String.valueOf(Math.min(from, to)));
		model.addAttribute("newer", String.valueOf(Math.max(from, to)));
		this.history.compare(table, id, Math.min(from, to), Math.max(from, to))
			.ifPresentOrElse((changes) -> model.addAttribute("comparison", changes),
					() -> model.addAttribute("comparisonMissing", true));
	}

}
