package io.faultline.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.faultline.account.Role;
import io.faultline.account.RoleChecks;
import io.faultline.event.EventDetails;
import io.faultline.event.EventService;
import io.faultline.event.ReviewStatus;
import io.faultline.ingest.AcledTerms;
import io.faultline.source.ClaimService;
import io.faultline.source.ClaimView;
import io.faultline.source.ClaimsForm.ClaimRow;
import io.faultline.system.ChangeReason;
import io.faultline.timeline.TimelineEntry;
import io.faultline.timeline.TimelineFilter;
import io.faultline.timeline.TimelineService;

/**
 * Events: the timeline's filters with keyset pagination, one event with its claims, and
 * drafts and claims written by editors.
 */
@RestController
@Tag(name = "events")
class EventApiController {

	static final String FILTER = "filter";

	static final int DEFAULT_LIMIT = 50;

	static final int MAX_LIMIT = 500;

	private final TimelineService timeline;

	private final EventService events;

	private final ClaimService claims;

	private final EventCreationService creation;

	private final RoleChecks roles;

	private final AcledTerms acled;

	private final ApiChecks checks;

	EventApiController(TimelineService timeline, EventService events, ClaimService claims,
			EventCreationService creation, RoleChecks roles, AcledTerms acled, ApiChecks checks) {
		this.timeline = timeline;
		this.events = events;
		this.claims = claims;
		this.creation = creation;
		this.roles = roles;
		this.acled = acled;
		this.checks = checks;
	}

	/** Filter errors read as on the timeline page ({@code timeline.<code>.<field>}). */
	@InitBinder(FILTER)
	void initBinder(WebDataBinder binder) {
		DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
		codes.setPrefix("timeline.");
		binder.setMessageCodesResolver(codes);
	}

	/**
	 * Events the filter selects, {@code limit} at a time; follow {@code next} for the
	 * following page. Published events only, unless an editor asks for a {@code status}.
	 */
	@GetMapping("/api/v1/events")
	@Operation(operationId = "listEvents",
			summary = "Events the timeline's filters select, newest first, a page at a time",
			description = "Follow `next` for the following page (keyset pagination on date and id). "
					+ "Published events only; editors may ask for another `status`. Dates are ISO (`2024-02-01`), "
					+ "`minFatalities` is 0 or more, `order` is `newest` (the default) or `oldest`.")
	EventPage list(@ParameterObject @ModelAttribute(FILTER) TimelineFilter filter, BindingResult errors,
			@RequestParam(required = false) Integer limit, Authentication authentication, HttpServletRequest request) {
		int size = (limit != null) ? limit : DEFAULT_LIMIT;
		this.timeline.check(filter, errors, this.roles.has(authentication, Role.EDITOR));
		List<FieldProblem> problems = new ArrayList<>(this.checks.problems(errors));
		if (size < 1 || size > MAX_LIMIT) {
			problems.add(new FieldProblem("limit", this.checks.message("api.problem.limit", MAX_LIMIT)));
		}
		if (!problems.isEmpty()) {
			throw new ApiValidationException(HttpStatus.BAD_REQUEST, "api.problem.filter", problems);
		}
		List<TimelineEntry> rows = this.timeline.rows(filter, size + 1, this.acled.shownTo(authentication));
		if (rows.size() <= size) {
			return new EventPage(rows, size, null);
		}
		List<TimelineEntry> shown = rows.subList(0, size);
		TimelineEntry last = shown.get(size - 1);
		String next = ApiLinks.current(request)
			.replaceQueryParam("cursorDate", last.eventDate())
			.replaceQueryParam("cursorId", last.id())
			.build()
			.toUriString();
		return new EventPage(List.copyOf(shown), size, next);
	}

	/** One event with its participants and claims. */
	@GetMapping("/api/v1/events/{id}")
	@Operation(operationId = "getEvent", summary = "One event with its participants and claims")
	EventResource show(@PathVariable long id, Authentication authentication) {
		EventDetails event = visible(id, authentication);
		return new EventResource(event, this.claims.forEvent(id, event.participantIds()));
	}

	/** What each source said about the event, oldest first. */
	@GetMapping("/api/v1/events/{id}/claims")
	@Operation(operationId = "listEventClaims", summary = "What each source said about an event")
	List<ClaimView> claims(@PathVariable long id, Authentication authentication) {
		EventDetails event = visible(id, authentication);
		return this.claims.forEvent(id, event.participantIds());
	}

	/**
	 * A new draft event with its claims, checked as the event and claims forms check
	 * them: 201 and its URL, 422 listing every wrong field, or 409 listing possible
	 * duplicates.
	 */
	@PostMapping("/api/v1/events")
	@Operation(operationId = "createEvent", summary = "A new draft event with its claims (editors)",
			description = "Checked as the event and claims forms check them: 422 lists every wrong field, "
					+ "409 lists possible duplicates unless `confirmDuplicate` is true.")
	ResponseEntity<EventResource> create(@RequestBody EventCreation event, Authentication authentication) {
		long id = this.creation.create(event, authentication.getName());
		EventDetails created = this.events.show(id, true);
		return ResponseEntity.created(URI.create("/api/v1/events/" + id))
			.body(new EventResource(created, this.claims.forEvent(id, created.participantIds())));
	}

	/**
	 * A claim on an event (drafts included, as on the claims form): 201 with the claim,
	 * and the event's claims as Location. A claim on a published event changes what
	 * readers see: it needs a {@code reason}, kept in the history.
	 */
	@PostMapping("/api/v1/events/{id}/claims")
	@Operation(operationId = "addClaim", summary = "A claim on an event (editors)",
			description = "On a published event, the query parameter reason (why) is required.")
	ResponseEntity<ClaimView> addClaim(@PathVariable long id, @RequestBody ClaimRow claim,
			@RequestParam(required = false) String reason) {
		EventDetails event = this.events.show(id, true);
		boolean published = event.reviewStatus() == ReviewStatus.PUBLISHED;
		if (published && !ChangeReason.given(reason)) {
			throw new ApiValidationException(HttpStatus.UNPROCESSABLE_CONTENT, "api.problem.invalid",
					List.of(new FieldProblem("reason", this.checks.message("editor.reason.missing"))));
		}
		long claimId = published ? ChangeReason.during(reason.strip(), () -> this.creation.addClaim(id, claim))
				: this.creation.addClaim(id, claim);
		ClaimView added = this.claims.forEvent(id, event.participantIds())
			.stream()
			.filter((view) -> view.id() == claimId)
			.findFirst()
			.orElseThrow();
		return ResponseEntity.created(URI.create("/api/v1/events/" + id + "/claims")).body(added);
	}

	/**
	 * The event as this caller may see it: drafts only for editors, ACLED's only under
	 * its terms.
	 */
	private EventDetails visible(long id, Authentication authentication) {
		EventDetails event = this.events.show(id, this.roles.has(authentication, Role.EDITOR));
		if (event.acledEventId() != null && !this.acled.shownTo(authentication)) {
			throw new ApiRecordNotFoundException("event.kind", id);
		}
		return event;
	}

}
