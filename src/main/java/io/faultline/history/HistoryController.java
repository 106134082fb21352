package io.faultline.history;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.faultline.event.EventService;

/** Who changed a record, when, why and what: for editors and above. */
@Controller
class HistoryController {

	private final HistoryService history;

	private final EventService events;

	HistoryController(HistoryService history, EventService events) {
		this.history = history;
		this.events = events;
	}

	@GetMapping("/events/{id}/history")
	String event(@PathVariable long id, Model model) {
		model.addAttribute("event", this.events.show(id, true));
		model.addAttribute("revisions", this.history.ofEvent(id));
		return "history/event";
	}

}
