package io.faultline.account;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every signed-in user's own account: who they are, and their personal API tokens
 * (create, shown once; revoke).
 */
@Controller
class AccountController {

	private final AppUserRepository users;

	private final ApiTokenService tokens;

	private final Clock clock;

	AccountController(AppUserRepository users, ApiTokenService tokens, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping("/account")
	String show(Principal principal, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ApiTokenForm.empty());
		}
		return page(principal, model);
	}

	@PostMapping("/account/tokens")
	String create(@Valid @ModelAttribute("form") ApiTokenForm form, BindingResult binding, Principal principal,
			Model model, RedirectAttributes redirect) {
		LocalDate today = LocalDate.now(this.clock);
		if (form.expiresOn() != null && !form.expiresOn().isAfter(today)) {
			binding.rejectValue("expiresOn", "api.token.expiresOn.past");
		}
		if (binding.hasErrors()) {
			return page(principal, model);
		}
		Instant expiresAt = (form.expiresOn() != null)
				? form.expiresOn().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC) : null;
		IssuedApiToken issued = this.tokens.create(principal.getName(), form.name(), expiresAt);
		// Shown on the next page only: the token is not stored and cannot be shown again.
		redirect.addFlashAttribute("issuedToken", issued.token());
		redirect.addFlashAttribute("notice", "api.token.created");
		redirect.addFlashAttribute("noticeArgument", issued.details().name());
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		if (this.tokens.revoke(principal.getName(), id)) {
			redirect.addFlashAttribute("notice", "api.token.revoked");
			redirect.addFlashAttribute("noticeArgument", id);
		}
		else {
			redirect.addFlashAttribute("alert", "api.token.notRevoked");
		}
		return "redirect:/account";
	}

	private String page(Principal principal, Model model) {
		this.users.findByUsername(principal.getName()).ifPresent((user) -> {
			model.addAttribute("displayName", user.getDisplayName());
			model.addAttribute("role", user.getRole());
		});
		model.addAttribute("username", principal.getName());
		model.addAttribute("tokens", this.tokens.list(principal.getName()));
		model.addAttribute("now", Instant.now(this.clock));
		// Times are shown in UTC whatever the server's zone.
		model.addAttribute("utc", ZoneOffset.UTC);
		return "account/show";
	}

}
