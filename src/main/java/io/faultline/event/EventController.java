package io.faultline.event;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import io.faultline.account.Role;
import io.faultline.account.RoleChecks;
import io.faultline.review.ReviewService;

@Controller
class EventController {

	static final int RELATED_DAYS = 7;

	static final int RELATED_SHOWN = 10;

	private final EventService events;

	private final RoleChecks roles;

	private final ReviewService review;

	private final EventRevisionService revisions;

	EventController(EventService events, RoleChecks roles, ReviewService review, EventRevisionService revisions) {
		this.revisions = revisions;
		this.roles = roles;
		this.review = review;
		this.events = events;
	}

	@GetMapping("/events/{id}")
	String show(@PathVariable long id, Authentication authentication, Model model) {
		boolean editor = this.roles.has(authentication, Role.EDITOR);
		EventView view = this.events.view(id, editor, RELATED_DAYS, RELATED_SHOWN);
		if (view.mergedInto() != null) {
			return "redirect:/events/" + view.mergedInto();
		}
		EventDetails event = view.event();
		model.addAttribute("editor", editor);
		if (editor) {
			model.addAttribute("reviewActions", this.review.actionsFor(event.reviewStatus(),
					(action) -> this.roles.has(authentication, action.getRole())));
			model.addAttribute("reviewHistory", this.review.historyOf(id));
			model.addAttribute("pendingRevision", this.revisions.pendingFor(id).orElse(null));
		}
		model.addAttribute("event", event);
		model.addAttribute("claims", view.claims());
		model.addAttribute("controlChanges", view.controlChanges());
		model.addAttribute("related", view.related());
		return "event/show";
	}

}
