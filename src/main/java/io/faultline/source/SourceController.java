package io.faultline.source;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.faultline.account.Role;
import io.faultline.account.RoleChecks;
import io.faultline.system.ChangeReason;
import io.faultline.system.FormBinding;

/** Sources: read by analysts, recorded and corrected by editors. */
@Controller
class SourceController {

	static final int PAGE_SIZE = 50;

	static final int CLAIMS_SHOWN = 50;

	private final SourceService sources;

	private final RoleChecks roles;

	SourceController(SourceService sources, RoleChecks roles) {
		this.sources = sources;
		this.roles = roles;
	}

	@GetMapping("/sources")
	String list(@RequestParam(defaultValue = "0") int page, Authentication authentication, Model model) {
		model.addAttribute("sources", this.sources.list(Math.max(0, page), PAGE_SIZE));
		model.addAttribute("editor", this.roles.has(authentication, Role.EDITOR));
		return "source/list";
	}

	@GetMapping("/sources/{id}")
	String show(@PathVariable long id, Authentication authentication, Model model) {
		SourceView view = this.sources.view(id, CLAIMS_SHOWN);
		model.addAttribute("source", view.source());
		model.addAttribute("claims", view.claims());
		model.addAttribute("editor", this.roles.has(authentication, Role.EDITOR));
		return "source/show";
	}

	@GetMapping("/sources/new")
	String createForm(Model model) {
		model.addAttribute("form", SourceForm.empty());
		return form(null, model);
	}

	@PostMapping("/sources/new")
	String create(@Valid @ModelAttribute("form") SourceForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasFieldErrors("name") && this.sources.nameTaken(form.name(), null)) {
			binding.rejectValue("name", "source.form.taken");
		}
		if (!binding.hasErrors()) {
			try {
				long id = this.sources.create(form);
				redirect.addFlashAttribute("notice", "source.form.saved");
				return "redirect:/sources/" + id;
			}
			catch (SourceNameTakenException ex) {
				binding.rejectValue("name", "source.form.taken");
			}
		}
		return form(null, model);
	}

	@GetMapping("/sources/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("form", this.sources.form(id));
		return form(id, model);
	}

	/**
	 * A change saved meanwhile by someone else is shown beside what this editor typed,
	 * which is kept.
	 */
	@PostMapping("/sources/{id}/edit")
	String edit(@PathVariable long id, @Valid @ModelAttribute("form") SourceForm form, BindingResult binding,
			@RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
		if (!binding.hasFieldErrors("name") && this.sources.nameTaken(form.name(), id)) {
			binding.rejectValue("name", "source.form.taken");
		}
		if (FormBinding.reasonGiven(reason, true, model) && !binding.hasErrors()) {
			try {
				ChangeReason.during(reason.strip(), () -> this.sources.update(id, form));
				redirect.addFlashAttribute("notice", "source.form.saved");
				return "redirect:/sources/" + id;
			}
			catch (SourceNameTakenException ex) {
				binding.rejectValue("name", "source.form.taken");
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				SourceForm current = this.sources.form(id);
				model.addAttribute("current", current);
				binding.reject("source.form.conflict");
			}
		}
		return form(id, model);
	}

	private String form(Long id, Model model) {
		model.addAttribute("sourceId", id);
		model.addAttribute("kinds", SourceKind.values());
		model.addAttribute("actors", this.sources.actorChoices());
		return "source/form";
	}

}
