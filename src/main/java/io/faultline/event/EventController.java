package io.faultline.event;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.faultline.control.ControlService;
import io.faultline.source.ClaimService;

@Controller
class EventController {

	static final int RELATED_DAYS = 7;

	static final int RELATED_SHOWN = 10;

	private final EventService events;

	private final ClaimService claims;

	private final ControlService control;

	EventController(EventService events, ClaimService claims, ControlService control) {
		this.events = events;
		this.claims = claims;
		this.control = control;
	}

	@GetMapping("/events/{id}")
	String show(@PathVariable long id, Model model) {
		EventDetails event = this.events.show(id);
		model.addAttribute("event", event);
		model.addAttribute("claims", this.claims.forEvent(id, event.participantIds()));
		model.addAttribute("controlChanges", this.control.evidencedBy(id));
		model.addAttribute("related", this.events.related(id, RELATED_DAYS, RELATED_SHOWN));
		return "event/show";
	}

}
