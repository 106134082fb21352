package io.faultline.event;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.faultline.account.Role;
import io.faultline.account.RoleChecks;
import io.faultline.control.ControlService;
import io.faultline.source.ClaimService;

@Controller
class EventController {

	static final int RELATED_DAYS = 7;

	static final int RELATED_SHOWN = 10;

	private final EventService events;

	private final ClaimService claims;

	private final ControlService control;

	private final RoleChecks roles;

	EventController(EventService events, ClaimService claims, ControlService control, RoleChecks roles) {
		this.roles = roles;
		this.events = events;
		this.claims = claims;
		this.control = control;
	}

	@GetMapping("/events/{id}")
	String show(@PathVariable long id, Authentication authentication, Model model) {
		boolean editor = this.roles.has(authentication, Role.EDITOR);
		EventDetails event = this.events.show(id, editor);
		model.addAttribute("editor", editor);
		model.addAttribute("event", event);
		model.addAttribute("claims", this.claims.forEvent(id, event.participantIds()));
		model.addAttribute("controlChanges", this.control.evidencedBy(id));
		model.addAttribute("related", this.events.related(id, RELATED_DAYS, RELATED_SHOWN));
		return "event/show";
	}

}
