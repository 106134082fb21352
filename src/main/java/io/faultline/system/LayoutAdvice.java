package io.faultline.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import io.faultline.account.Role;
import io.faultline.account.RoleChecks;

/**
 * What every page of the layout needs: who is signed in, what they may do, links to the
 * same page in each language. Handlers that write a body of their own (the JSON API, map
 * data, exports) render no layout and get none of it.
 */
@ControllerAdvice
class LayoutAdvice {

	private final RoleChecks roles;

	LayoutAdvice(RoleChecks roles) {
		this.roles = roles;
	}

	/**
	 * {@code currentUser} (the signed-in user's name, or null for an anonymous reader),
	 * {@code reviewer} (the review queue in the navigation), {@code administrator} (users
	 * and reference data), {@code mayImport} (ACLED and UCDP imports) and
	 * {@code languageLinks}.
	 */
	@ModelAttribute
	void layout(Model model, HttpServletRequest request) {
		if (writesItsOwnBody(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE))) {
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		model.addAttribute("currentUser", signedIn(authentication) ? authentication.getName() : null);
		model.addAttribute("reviewer", this.roles.has(authentication, Role.REVIEWER));
		model.addAttribute("administrator", this.roles.has(authentication, Role.ADMIN));
		model.addAttribute("mayImport", this.roles.has(authentication, Role.EDITOR));
		model.addAttribute("languageLinks", Map.of("en", sameRequestIn("en"), "fr", sameRequestIn("fr")));
	}

	private static boolean writesItsOwnBody(Object handler) {
		return handler instanceof HandlerMethod method && (method.hasMethodAnnotation(ResponseBody.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
				|| HttpEntity.class.isAssignableFrom(method.getReturnType().getParameterType()));
	}

	private static boolean signedIn(Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
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
