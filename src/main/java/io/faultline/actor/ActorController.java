package io.faultline.actor;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.faultline.account.Role;
import io.faultline.account.RoleChecks;

@Controller
class ActorController {

	static final int PAGE_SIZE = 50;

	static final int SHOWN = 50;

	private final ActorService actors;

	private final RoleChecks roles;

	ActorController(ActorService actors, RoleChecks roles) {
		this.roles = roles;
		this.actors = actors;
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
		ActorView view = this.actors.view(id, SHOWN);
		model.addAttribute("actor", view.actor());
		model.addAttribute("lineage", view.lineage());
		model.addAttribute("chart", view.chart());
		model.addAttribute("events", view.events());
		model.addAttribute("eventCount", view.eventCount());
		model.addAttribute("control", view.control());
		return "actor/show";
	}

}
