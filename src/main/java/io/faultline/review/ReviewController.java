package io.faultline.review;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.faultline.event.EventRevisionService;
import io.faultline.system.ChangeReason;

/**
 * The review queue, and the moves of an event through review (each back to the event
 * page).
 */
@Controller
class ReviewController {

	private final ReviewService review;

	private final EventRevisionService revisions;

	ReviewController(ReviewService review, EventRevisionService revisions) {
		this.review = review;
		this.revisions = revisions;
	}

	@GetMapping("/review")
	String queue(Model model) {
		model.addAttribute("queue", this.review.queue());
		model.addAttribute("revisions", this.revisions.pending(ReviewService.QUEUE_LIMIT));
		return "review/queue";
	}

	@PostMapping("/events/{id}/submit")
	String submit(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		return decide(id, ReviewAction.SUBMIT, principal, null, redirect);
	}

	@PostMapping("/review/events/{id}/{action:publish|reject|archive}")
	String decide(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String reason,
			Principal principal, RedirectAttributes redirect) {
		return decide(id, ReviewAction.valueOf(action.toUpperCase(java.util.Locale.ROOT)), principal, reason, redirect);
	}

	private String decide(long id, ReviewAction action, Principal principal, String reason,
			RedirectAttributes redirect) {
		try {
			String why = (reason != null && !reason.isBlank()) ? action.name() + ": " + reason.strip() : action.name();
			ChangeReason.during(why, () -> this.review.decide(id, action, principal.getName(), reason));
			redirect.addFlashAttribute("notice", "review.done." + action.name());
		}
		catch (ReviewRefusedException ex) {
			redirect.addFlashAttribute("alert", ex.getMessageKey());
		}
		return "redirect:/events/" + id;
	}

}
