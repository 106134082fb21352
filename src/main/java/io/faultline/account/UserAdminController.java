package io.faultline.account;

import java.security.Principal;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Users, for administrators: list, create, disable and enable, reset a password. */
@Controller
class UserAdminController {

	private final UserService users;

	UserAdminController(UserService users) {
		this.users = users;
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("users", this.users.list());
		model.addAttribute("passwordForm", new PasswordForm(""));
		return "account/users";
	}

	@GetMapping("/admin/users/new")
	String createForm(Model model) {
		model.addAttribute("form", UserForm.empty());
		model.addAttribute("roles", Role.values());
		return "account/form";
	}

	@PostMapping("/admin/users/new")
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				this.users.create(form);
				redirect.addFlashAttribute("notice", "account.created");
				redirect.addFlashAttribute("noticeArgument", form.username());
				return "redirect:/admin/users";
			}
			catch (UsernameTakenException ex) {
				binding.rejectValue("username", "account.username.taken");
			}
		}
		model.addAttribute("roles", Role.values());
		return "account/form";
	}

	@PostMapping("/admin/users/{id}/disable")
	String disable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		String username = this.users.usernameOf(id);
		if (username.equalsIgnoreCase(principal.getName())) {
			redirect.addFlashAttribute("alert", "account.disable.self");
			return "redirect:/admin/users";
		}
		this.users.setEnabled(id, false);
		redirect.addFlashAttribute("notice", "account.disabled");
		redirect.addFlashAttribute("noticeArgument", username);
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		this.users.setEnabled(id, true);
		redirect.addFlashAttribute("notice", "account.enabled");
		redirect.addFlashAttribute("noticeArgument", this.users.usernameOf(id));
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			model.addAttribute("users", this.users.list());
			model.addAttribute("passwordFor", id);
			return "account/users";
		}
		this.users.resetPassword(id, form.password());
		redirect.addFlashAttribute("notice", "account.password.reset");
		redirect.addFlashAttribute("noticeArgument", this.users.usernameOf(id));
		return "redirect:/admin/users";
	}

}
