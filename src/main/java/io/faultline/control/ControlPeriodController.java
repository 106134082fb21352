package io.faultline.control;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.faultline.system.ChangeReason;
import io.faultline.system.FormBinding;

/**
 * Editors record who held a place from when; an overlap is explained, naming the period
 * in the way.
 */
@Controller
class ControlPeriodController {

	private final ControlService control;

	private final ControlFormChoices choices;

	ControlPeriodController(ControlService control, ControlFormChoices choices) {
		this.control = control;
		this.choices = choices;
	}

	/**
	 * A new period for a place; from a change-of-control event ({@code event}), prefilled
	 * with its side A, its date and itself as evidence, proposing to close the holder's
	 * period.
	 */
	@GetMapping("/control/new")
	String form(@RequestParam long place, @RequestParam(required = false) Long event, Model model) {
		ControlPeriodForm form = ControlPeriodForm.forPlace(place);
		if (event != null) {
			form = this.choices.proposalFrom(place, event).orElse(form);
		}
		model.addAttribute("form", form);
		if (form.validFrom() != null) {
			this.control.on(place, form.validFrom()).ifPresent((current) -> model.addAttribute("current", current));
		}
		return choices(place, model);
	}

	@PostMapping("/control/new")
	String create(@Valid @ModelAttribute("form") ControlPeriodForm form, BindingResult binding,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		if (!binding.hasFieldErrors("validFrom") && !binding.hasFieldErrors("validTo") && !form.endsAfterItStarts()) {
			binding.rejectValue("validTo", "control.form.validTo.order");
		}
		// Closing the current holder's period changes a record readers see: say why.
		if (FormBinding.reasonGiven(reason, form.closeCurrent(), model) && !binding.hasErrors()) {
			try {
				ChangeReason.during(form.closeCurrent() ? reason.strip() : null,
						() -> this.control.recordFromForm(form));
				redirect.addFlashAttribute("notice", "control.form.saved");
				return "redirect:/places/" + form.placeId();
			}
			catch (ControlPeriodOverlapException ex) {
				ControlPeriodView other = ex.getConflicting();
				if (other != null) {
					binding.rejectValue("validFrom", "control.form.overlap",
							new Object[] { other.actorLabel(), other.validFrom(),
									(other.validTo() != null) ? other.validTo().minusDays(1) : "—", other.id() },
							ex.getMessage());
				}
				else {
					binding.rejectValue("validFrom", "control.form.overlap.unknown", ex.getMessage());
				}
			}
		}
		if (form.validFrom() != null && form.placeId() != null) {
			this.control.on(form.placeId(), form.validFrom())
				.ifPresent((current) -> model.addAttribute("current", current));
		}
		return choices(form.placeId(), model);
	}

	/** The place, the actors, and the events there that can serve as evidence. */
	private String choices(Long placeId, Model model) {
		model.addAttribute("place", this.choices.placeName(placeId));
		model.addAttribute("actors", this.choices.actors());
		model.addAttribute("events", this.choices.eventsAt(placeId));
		model.addAttribute("statuses", ControlStatus.values());
		model.addAttribute("bases", ControlBasis.values());
		return "control/form";
	}

}
