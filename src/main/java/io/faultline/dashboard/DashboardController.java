package io.faultline.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.faultline.control.ControlService;
import io.faultline.event.EventService;

@Controller
class DashboardController {

	static final int LATEST_EVENTS = 20;

	static final int LATEST_CHANGES = 10;

	private final EventService events;

	private final ControlService control;

	DashboardController(EventService events, ControlService control) {
		this.events = events;
		this.control = control;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("span", this.events.span());
		model.addAttribute("events", this.events.latest(LATEST_EVENTS));
		model.addAttribute("changes", this.control.latestChanges(LATEST_CHANGES));
		return "dashboard/home";
	}

}
