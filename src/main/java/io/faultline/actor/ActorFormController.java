package io.faultline.actor;

import java.util.List;

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

import io.faultline.system.ChangeReason;
import io.faultline.system.FormBinding;

/** Editors record actors and the names they go by. */
@Controller
class ActorFormController {

	private final ActorFormService actors;

	ActorFormController(ActorFormService actors) {
		this.actors = actors;
	}

	@GetMapping("/actors/new")
	String createForm(Model model) {
		model.addAttribute("form", ActorForm.empty());
		return form(null, model);
	}

	@PostMapping("/actors/new")
	String create(@Valid @ModelAttribute("form") ActorForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		check(form, null, binding);
		if (binding.hasErrors()) {
			return form(null, model);
		}
		long id = this.actors.create(form);
		redirect.addFlashAttribute("notice", "actor.form.saved");
		return "redirect:/actors/" + id;
	}

	@GetMapping("/actors/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("form", this.actors.form(id));
		return form(id, model);
	}

	@PostMapping("/actors/{id}/relations/new")
	String relate(@PathVariable long id, @Valid @ModelAttribute("relation") RelationForm relation,
			BindingResult binding, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		if (!ChangeReason.given(reason)) {
			redirect.addFlashAttribute("alert", "editor.reason.missing");
			return "redirect:/actors/" + id + "/edit";
		}
		if (binding.hasErrors() || id == relation.relatedId() || (relation.validFrom() != null
				&& relation.validTo() != null && relation.validTo().isBefore(relation.validFrom()))) {
			redirect.addFlashAttribute("alert", "actor.relation.invalid");
			return "redirect:/actors/" + id + "/edit";
		}
		ChangeReason.during(reason.strip(), () -> this.actors.relate(id, relation));
		redirect.addFlashAttribute("notice", "actor.relation.added");
		return "redirect:/actors/" + id + "/edit";
	}

	@PostMapping("/actors/{id}/relations/{relationId}/delete")
	String unrelate(@PathVariable long id, @PathVariable long relationId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		if (!ChangeReason.given(reason)) {
			redirect.addFlashAttribute("alert", "editor.reason.missing");
			return "redirect:/actors/" + id + "/edit";
		}
		ChangeReason.during(reason.strip(), () -> this.actors.unrelate(id, relationId));
		redirect.addFlashAttribute("notice", "actor.relation.removed");
		return "redirect:/actors/" + id + "/edit";
	}

	@PostMapping("/actors/{id}/edit")
	String edit(@PathVariable long id, @Valid @ModelAttribute("form") ActorForm form, BindingResult binding,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		check(form, id, binding);
		if (FormBinding.reasonGiven(reason, true, model) && !binding.hasErrors()) {
			try {
				ChangeReason.during(reason.strip(), () -> this.actors.update(id, form));
				redirect.addFlashAttribute("notice", "actor.form.saved");
				return "redirect:/actors/" + id;
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				model.addAttribute("current", this.actors.form(id));
				binding.reject("actor.form.conflict");
			}
		}
		return form(id, model);
	}

	private void check(ActorForm form, Long id, BindingResult binding) {
		if (!binding.hasFieldErrors("name") && this.actors.nameTaken(form.name(), id)) {
			binding.rejectValue("name", "actor.form.nameTaken");
		}
		if (!binding.hasFieldErrors("activeFrom") && !binding.hasFieldErrors("activeTo") && !form.endsAfterItStarts()) {
			binding.rejectValue("activeTo", "actor.form.activeOrder");
		}
		List<String> taken = this.actors.aliasesTaken(form, id);
		if (!taken.isEmpty()) {
			binding.rejectValue("aliases", "actor.form.aliasTaken", new Object[] { String.join(", ", taken) }, null);
		}
	}

	private String form(Long id, Model model) {
		model.addAttribute("actorId", id);
		model.addAttribute("kinds", ActorKind.values());
		if (id != null) {
			model.addAttribute("relations", this.actors.relations(id));
			model.addAttribute("others", this.actors.others(id));
			model.addAttribute("relationKinds", RelationKind.values());
		}
		return "actor/form";
	}

	record Option(long id, String label) {

	}

	record RelationRow(long id, String direction, RelationKind kind, String other, java.time.LocalDate validFrom,
			java.time.LocalDate validTo) {

	}

}
