package io.faultline.timeline;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.faultline.account.Role;
import io.faultline.account.RoleChecks;
import io.faultline.event.ReviewStatus;
import io.faultline.source.Stance;

@Controller
class TimelineController {

	static final String FILTER = "timelineFilter";

	private final TimelineService timeline;

	private final RoleChecks roles;

	TimelineController(TimelineService timeline, RoleChecks roles) {
		this.timeline = timeline;
		this.roles = roles;
	}

	@ModelAttribute("stances")
	Stance[] stances() {
		return Stance.values();
	}

	/**
	 * Errors resolve to {@code timeline.<code>.<field>} keys
	 * ("timeline.typeMismatch.from"), so that the feature's messages stay in its own
	 * bundle.
	 */
	@InitBinder(FILTER)
	void initBinder(WebDataBinder binder) {
		DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
		codes.setPrefix("timeline.");
		binder.setMessageCodesResolver(codes);
	}

	/**
	 * The filters of this page for the export links: every parameter but the cursor and
	 * the language, as {@code ?...}, or nothing.
	 */
	private static String exportQuery() {
		String query = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("cursorDate")
			.replaceQueryParam("cursorId")
			.replaceQueryParam("lang")
			.build()
			.getQuery();
		return (query != null && !query.isEmpty()) ? "?" + query : "";
	}

	/**
	 * The whole page, or only the next rows when htmx asks for them (the "load more"
	 * button); an invalid filter shows its errors beside the form.
	 */
	@GetMapping("/timeline")
	String list(@ModelAttribute(FILTER) TimelineFilter filter, BindingResult errors,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Authentication authentication,
			Model model) {
		boolean editor = this.roles.has(authentication, Role.EDITOR);
		boolean rowsOnly = htmx != null && filter.hasCursor();
		TimelineView view = this.timeline.view(filter, errors, editor, rowsOnly);
		model.addAttribute("choices", view.choices());
		model.addAttribute("editor", editor);
		model.addAttribute("statuses", ReviewStatus.values());
		TimelinePage page = view.page();
		if (page == null) {
			return "timeline/list";
		}
		model.addAttribute("page", page);
		if (page.hasMore()) {
			// The same query with the cursor moved: every filter, and the language, carry
			// over.
			model.addAttribute("moreQuery",
					ServletUriComponentsBuilder.fromCurrentRequest()
						.replaceQueryParam("cursorDate", page.next().cursorDate())
						.replaceQueryParam("cursorId", page.next().cursorId())
						.build()
						.getQuery());
		}
		if (rowsOnly) {
			return "timeline/list :: rows";
		}
		model.addAttribute("exportQuery", exportQuery());
		model.addAttribute("count", view.count());
		model.addAttribute("countLimit", TimelineService.COUNT_LIMIT);
		model.addAttribute("chart", view.chart());
		return "timeline/list";
	}

}
