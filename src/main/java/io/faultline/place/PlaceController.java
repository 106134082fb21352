package io.faultline.place;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.faultline.control.ControlService;
import io.faultline.event.EventService;

@Controller
class PlaceController {

	static final int PAGE_SIZE = 50;

	static final int EVENTS_SHOWN = 50;

	private final PlaceService places;

	private final EventService events;

	private final ControlService control;

	private final Clock clock;

	PlaceController(PlaceService places, EventService events, ControlService control, Clock clock) {
		this.places = places;
		this.events = events;
		this.control = control;
		this.clock = clock;
	}

	@GetMapping("/places")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("places", this.places.list(Math.max(0, page), PAGE_SIZE, today));
		model.addAttribute("date", today);
		return "place/list";
	}

	@GetMapping("/places/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("place", this.places.show(id));
		model.addAttribute("control", this.control.historyOf(id));
		model.addAttribute("events", this.events.atPlace(id, EVENTS_SHOWN));
		model.addAttribute("eventCount", this.events.countAtPlace(id));
		return "place/show";
	}

}
