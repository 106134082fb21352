package io.faultline.actor;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.faultline.account.Role;
import io.faultline.account.RoleChecks;
import io.faultline.control.ControlService;
import io.faultline.event.EventService;
import io.faultline.timeline.TimelineCharts;

@Controller
class ActorController {

	static final int PAGE_SIZE = 50;

	static final int SHOWN = 50;

	private final ActorService actors;

	private final EventService events;

	private final ControlService control;

	private final TimelineCharts charts;

	private final RoleChecks roles;

	ActorController(ActorService actors, EventService events, ControlService control, TimelineCharts charts,
			RoleChecks roles) {
		this.roles = roles;
		this.actors = actors;
		this.events = events;
		this.control = control;
		this.charts = charts;
	}

	@GetMapping("/actors")
	String list(@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
		model.addAttribute("editor", this.roles.has(authentication, Role.EDITOR));
		model.addAttribute("actors", this.actors.list(Math.max(0, page), PAGE_SIZE));
		return "actor/list";
	}

	@GetMapping("/actors/{id}")
	String show(@PathVariable long id, Authentication authentication, Model model) {
		model.addAttribute("editor", this.roles.has(authentication, Role.EDITOR));
		model.addAttribute("actor", this.actors.show(id));
		model.addAttribute("lineage", this.actors.lineage(id));
		model.addAttribute("chart", this.charts.withActor(id));
		model.addAttribute("events", this.events.withActor(id, SHOWN));
		model.addAttribute("eventCount", this.events.countWithActor(id));
		model.addAttribute("control", this.control.heldBy(id, SHOWN));
		return "actor/show";
	}

}
