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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors record places, picking the point on a small map or typing it. */
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
			Model model, RedirectAttributes redirect) {
		checkGeonames(form, id, binding);
		if (!binding.hasErrors()) {
			try {
				this.places.update(id, form);
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
