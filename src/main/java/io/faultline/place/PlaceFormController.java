package io.faultline.place;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors record places, picking the point on a small map or typing it. */
import io.faultline.system.ChangeReason;
import io.faultline.system.FormBinding;

@Controller
class PlaceFormController {

	private final PlaceFormService places;

	PlaceFormController(PlaceFormService places) {
		this.places = places;
	}

	@GetMapping("/places/new")
	String createForm(Model model) {
		model.addAttribute("form", PlaceForm.empty());
		return form(null, model);
	}

	@PostMapping("/places/new")
	String create(@Valid @ModelAttribute("form") PlaceForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		checkGeonames(form, null, binding);
		if (binding.hasErrors()) {
			return form(null, model);
		}
		long id = this.places.create(form);
		redirect.addFlashAttribute("notice", "place.form.saved");
		return "redirect:/places/" + id;
	}

	@GetMapping("/places/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("form", this.places.form(id));
		return form(id, model);
	}

	@PostMapping("/places/{id}/edit")
	String edit(@PathVariable long id, @Valid @ModelAttribute("form") PlaceForm form, BindingResult binding,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		checkGeonames(form, id, binding);
		if (FormBinding.reasonGiven(reason, true, model) && !binding.hasErrors()) {
			try {
				ChangeReason.during(reason.strip(), () -> this.places.update(id, form));
				redirect.addFlashAttribute("notice", "place.form.saved");
				return "redirect:/places/" + id;
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				model.addAttribute("current", this.places.form(id));
				binding.reject("place.form.conflict");
			}
		}
		return form(id, model);
	}

	/**
	 * A place created from the event form (htmx): answers the same fields again, with
	 * messages next to them, or the new place marked for the event form to choose.
	 */
	@PostMapping("/places/inline")
	String createInline(@Valid @ModelAttribute("inlinePlace") InlinePlace inline, BindingResult binding, Model model) {
		model.addAttribute("placeKinds", PlaceKind.values());
		model.addAttribute("placePrecisions", LocationPrecision.values());
		this.places.geonamesTakenBy(inline.newPlace().geonamesId(), null)
			.ifPresent((other) -> binding.rejectValue("newPlace.geonamesId", "place.form.geonamesTaken",
					new Object[] { other }, null));
		if (binding.hasErrors()) {
			return "place/inline :: fields";
		}
		long id = this.places.create(inline.newPlace());
		model.addAttribute("createdPlaceId", id);
		model.addAttribute("createdPlaceName", inline.newPlace().name().strip());
		model.addAttribute("inlinePlace", InlinePlace.empty());
		return "place/inline :: fields";
	}

	private void checkGeonames(PlaceForm form, Long id, BindingResult binding) {
		this.places.geonamesTakenBy(form.geonamesId(), id)
			.ifPresent((other) -> binding.rejectValue("geonamesId", "place.form.geonamesTaken", new Object[] { other },
					null));
	}

	private String form(Long id, Model model) {
		model.addAttribute("placeId", id);
		model.addAttribute("kinds", PlaceKind.values());
		model.addAttribute("precisions", LocationPrecision.values());
		return "place/form";
	}

}
