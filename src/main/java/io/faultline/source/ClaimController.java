package io.faultline.source;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.faultline.actor.ActorLookup;
import io.faultline.actor.ActorOption;
import io.faultline.event.EventDetails;
import io.faultline.event.EventService;

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
	String add(@PathVariable long id, @ModelAttribute("form") ClaimsForm form, BindingResult bound, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		EventDetails event = this.events.show(id, true);
		List<SourceOption> sources = this.editing.sources();
		List<ActorOption> actors = this.actors.options();
		BindingResult binding = usable(form, bound, model, request);
		ClaimsFormValidator.validate(form, ids(sources.stream().map(SourceOption::id)),
				ids(actors.stream().map(ActorOption::id)), binding);
		if (binding.hasErrors()) {
			return showForm(event, form, sources, actors, model);
		}
		int added = this.editing.add(id, form);
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
		return "claim/form";
	}

	private static Set<Long> ids(java.util.stream.Stream<Long> ids) {
		return ids.collect(Collectors.toSet());
	}

	/**
	 * A value that cannot be converted leaves the constructor binder without a target:
	 * the errors move onto the form built from the rest, so the page shows them instead
	 * of failing.
	 */
	private static BindingResult usable(ClaimsForm form, BindingResult binding, Model model,
			HttpServletRequest request) {
		if (binding.getTarget() != null) {
			return binding;
		}
		BeanPropertyBindingResult usable = new BeanPropertyBindingResult(form, binding.getObjectName());
		for (ObjectError error : binding.getAllErrors()) {
			if (error instanceof FieldError field && field.isBindingFailure()) {
				usable.addError(
						new FieldError(field.getObjectName(), field.getField(), request.getParameter(field.getField()),
								true, field.getCodes(), field.getArguments(), field.getDefaultMessage()));
			}
			else {
				usable.addError(error);
			}
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + binding.getObjectName(), usable);
		return usable;
	}

}
