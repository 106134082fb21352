package io.faultline.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final UserService users;

	LoginController(UserService users) {
		this.users = users;
	}

	/** The sign-in page; it names the demo accounts when (and only when) they exist. */
	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demoAccounts", this.users.demoAccounts());
		model.addAttribute("demoPassword", AccountBootstrap.DEMO_PASSWORD);
		return "account/login";
	}

}
