package io.faultline.system;

import java.util.Map;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page of the layout needs: links to the same page in each language. */
@ControllerAdvice
class LayoutAdvice {

	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks() {
		return Map.of("en", sameRequestIn("en"), "fr", sameRequestIn("fr"));
	}

	private static String sameRequestIn(String language) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

}
