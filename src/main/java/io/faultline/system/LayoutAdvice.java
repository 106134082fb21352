package io.faultline.system;

import java.util.Map;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import io.faultline.account.Role;
import io.faultline.account.RoleChecks;

/**
 * What every page of the layout needs: who is signed in, links to the same page in each
 * language.
 */
@ControllerAdvice
class LayoutAdvice {

	private final RoleChecks roles;

	LayoutAdvice(RoleChecks roles) {
		this.roles = roles;
	}

	/** The signed-in user's name, or null for an anonymous reader. */
	@ModelAttribute("currentUser")
	String currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return authentication.getName();
	}

	/**
	 * Whether the signed-in user may review (the review queue appears in the navigation).
	 */
	@ModelAttribute("reviewer")
	boolean reviewer() {
		return this.roles.has(SecurityContextHolder.getContext().getAuthentication(), Role.REVIEWER);
	}

	/**
	 * Whether the signed-in user administers (users and reference data in the
	 * navigation).
	 */
	@ModelAttribute("administrator")
	boolean administrator() {
		return this.roles.has(SecurityContextHolder.getContext().getAuthentication(), Role.ADMIN);
	}

	/** Whether the signed-in user may import ACLED and UCDP files (/imports). */
	@ModelAttribute("mayImport")
	boolean mayImport() {
		return this.roles.has(SecurityContextHolder.getContext().getAuthentication(), Role.EDITOR);
	}

	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks() {
		return Map.of("en", sameRequestIn("en"), "fr", sameRequestIn("fr"));
	}

	/**
	 * Relative to the host, so that a spoofed Host header or a proxy cannot redirect it.
	 */
	private static String sameRequestIn(String language) {
		return UriComponentsBuilder.fromUriString(ServletUriComponentsBuilder.fromCurrentRequestUri().build().getPath())
			.query(ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery())
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

}
