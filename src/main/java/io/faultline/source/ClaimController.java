package io.faultline.source;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.faultline.actor.ActorLookup;
import io.faultline.actor.ActorOption;
import io.faultline.event.EventDetails;
import io.faultline.event.EventService;
import io.faultline.event.ReviewStatus;
import io.faultline.system.ChangeReason;
import io.faultline.system.FormBinding;

/** Claims added to an event by editors, several at a time. */
@Controller
class ClaimController {

	private final ClaimEditService editing;

	private final EventService events;

	private final ActorLookup actors;

	ClaimController(ClaimEditService editing, EventService events, ActorLookup actors) {
		this.editing = editing;
		this.events = events;
		this.actors = actors;
	}

	@GetMapping("/events/{id}/claims/new")
	String form(@PathVariable long id, Model model) {
		return showForm(this.events.show(id, true), ClaimsForm.empty(), this.editing.sources(), this.actors.options(),
				model);
	}

	@PostMapping("/events/{id}/claims/new")
	String add(@PathVariable long id, @ModelAttribute("form") ClaimsForm form, BindingResult bound,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect,
			HttpServletRequest request) {
		EventDetails event = this.events.show(id, true);
		List<SourceOption> sources = this.editing.sources();
		List<ActorOption> actors = this.actors.options();
		BindingResult binding = FormBinding.usable(form, bound, model, request);
		ClaimsFormValidator.validate(form, ids(sources.stream().map(SourceOption::id)),
				ids(actors.stream().map(ActorOption::id)), binding);
		// Claims added to a published event change what readers see: they need a reason.
		boolean published = event.reviewStatus() == ReviewStatus.PUBLISHED;
		if (!FormBinding.reasonGiven(reason, published, model) || binding.hasErrors()) {
			return showForm(event, form, sources, actors, model);
		}
		int added = (published ? ChangeReason.during(reason.strip(), () -> this.editing.add(id, form))
				: this.editing.add(id, form))
			.size();
		redirect.addFlashAttribute("notice", "editor.claims.added");
		redirect.addFlashAttribute("noticeArgument", added);
		return "redirect:/events/" + id;
	}

	private String showForm(EventDetails event, ClaimsForm form, List<SourceOption> sources, List<ActorOption> actors,
			Model model) {
		model.addAttribute("event", event);
		model.addAttribute("form", form);
		model.addAttribute("sources", sources);
		model.addAttribute("actors", actors);
		model.addAttribute("stances", List.of(Stance.values()));
		model.addAttribute("sourceKinds", SourceKind.values());
		return "claim/form";
	}

	private static Set<Long> ids(Stream<Long> ids) {
		return ids.collect(Collectors.toSet());
	}

}
