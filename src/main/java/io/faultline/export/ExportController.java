package io.faultline.export;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import io.faultline.account.Role;
import io.faultline.account.RoleChecks;
import io.faultline.ingest.AcledTerms;
import io.faultline.timeline.TimelineFilter;
import io.faultline.timeline.TimelineService;

/**
 * Downloads: events (ACLED's columns), claims and control periods as CSV; events and the
 * places held on a date as GeoJSON. Rows are written to the response as PostgreSQL
 * produces them, on the request's own thread: no asynchronous timeout can cut a long
 * export short, and the reader's security context and the read transaction stay with it.
 */
@Controller
class ExportController {

	static final String FILTER = "timelineFilter";

	static final String CSV = "text/csv;charset=UTF-8";

	static final String GEOJSON = "application/geo+json";

	/** Large enough that a row is never split across tiny network writes. */
	private static final int BUFFER_SIZE = 64 * 1024;

	private final ExportService export;

	private final TimelineService timeline;

	private final AcledTerms acledTerms;

	private final RoleChecks roles;

	private final MessageSource messages;

	private final Clock clock;

	ExportController(ExportService export, TimelineService timeline, AcledTerms acledTerms, RoleChecks roles,
			MessageSource messages, Clock clock) {
		this.export = export;
		this.timeline = timeline;
		this.acledTerms = acledTerms;
		this.roles = roles;
		this.messages = messages;
		this.clock = clock;
	}

	/** The timeline's error codes ({@code timeline.typeMismatch.from}) and messages. */
	@InitBinder(FILTER)
	void initBinder(WebDataBinder binder) {
		DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
		codes.setPrefix("timeline.");
		binder.setMessageCodesResolver(codes);
	}

	@GetMapping("/export/events.csv")
	void eventsCsv(@ModelAttribute(FILTER) TimelineFilter filter, BindingResult errors, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		check(filter, errors, authentication);
		start(request, response, CSV, fileName("events", filter, "csv"));
		this.export.eventsCsv(filter, this.acledTerms.shownTo(authentication), response.getOutputStream());
	}

	@GetMapping("/export/claims.csv")
	void claimsCsv(@ModelAttribute(FILTER) TimelineFilter filter, BindingResult errors, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		check(filter, errors, authentication);
		start(request, response, CSV, fileName("claims", filter, "csv"));
		this.export.claimsCsv(filter, this.acledTerms.shownTo(authentication), response.getOutputStream());
	}

	@GetMapping("/export/events.geojson")
	void eventsGeoJson(@ModelAttribute(FILTER) TimelineFilter filter, BindingResult errors,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		check(filter, errors, authentication);
		start(request, response, GEOJSON, fileName("events", filter, "geojson"));
		this.export.eventsGeoJson(filter, this.acledTerms.shownTo(authentication), response.getOutputStream());
	}

	@GetMapping("/export/places.geojson")
	void placesGeoJson(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate date, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		start(request, response, GEOJSON, name(List.of("places", date.toString()), "geojson"));
		this.export.placesGeoJson(date, response.getOutputStream());
	}

	@GetMapping("/export/control-periods.csv")
	void controlPeriodsCsv(@RequestParam(required = false) Long place, @RequestParam(required = false) Long actor,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		List<String> parts = new ArrayList<>(List.of("control-periods"));
		if (place != null) {
			parts.add("place-" + place);
		}
		if (actor != null) {
			parts.add("actor-" + actor);
		}
		start(request, response, CSV, name(parts, "csv"));
		this.export.controlPeriodsCsv(place, actor, this.acledTerms.shownTo(authentication),
				response.getOutputStream());
	}

	/**
	 * The timeline's own checks: a status other than published is for editors only, so
	 * drafts never reach an analyst's export.
	 */
	private void check(TimelineFilter filter, BindingResult errors, Authentication authentication) {
		this.timeline.check(filter, errors, this.roles.has(authentication, Role.EDITOR));
		if (errors.hasErrors()) {
			throw new ExportFilterException(errors);
		}
	}

	private void start(HttpServletRequest request, HttpServletResponse response, String contentType, String fileName) {
		// A filter computing an ETag would hold the whole export in memory.
		ShallowEtagHeaderFilter.disableContentCaching(request);
		response.setBufferSize(BUFFER_SIZE);
		response.setContentType(contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	/**
	 * {@code faultline-events-place-11-from-2023-01-01-2026-11-24.csv}: what was asked
	 * and the day it was exported.
	 */
	private String fileName(String what, TimelineFilter filter, String extension) {
		Map<String, Object> given = new LinkedHashMap<>();
		given.put("from", filter.from());
		given.put("to", filter.to());
		given.put("region", filter.region());
		given.put("place", filter.place());
		given.put("actor", filter.actor());
		given.put("type", filter.type());
		given.put("subtype", filter.subtype());
		given.put("min-fatalities", filter.minFatalities());
		given.put("stance", filter.stance());
		given.put("q", filter.q());
		given.put("status", filter.status());
		List<String> parts = new ArrayList<>(List.of(what));
		given.forEach((key, value) -> {
			if (value != null && !value.toString().isBlank()) {
				parts.add(key + "-" + value);
			}
		});
		return name(parts, extension);
	}

	private String name(List<String> parts, String extension) {
		String described = String.join("-", parts).replaceAll("[^A-Za-z0-9._-]+", "_");
		if (described.length() > 120) {
			described = described.substring(0, 120);
		}
		return "faultline-" + described + "-" + LocalDate.now(this.clock) + "." + extension;
	}

	/** A problem document naming each filter that cannot be used, and why. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidFilter(ExportFilterException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage("export.invalid", null, locale));
		problem.setTitle(this.messages.getMessage("export.invalid.title", null, locale));
		List<Map<String, String>> fields = new ArrayList<>();
		for (FieldError error : ex.errors().getFieldErrors()) {
			fields.add(Map.of("parameter", error.getField(), "value", String.valueOf(error.getRejectedValue()),
					"message", this.messages.getMessage(error, locale)));
		}
		problem.setProperty("errors", fields);
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> malformedParameter(MethodArgumentTypeMismatchException ex, Locale locale) {
		return badParameter(ex.getName(), String.valueOf(ex.getValue()), locale);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex, Locale locale) {
		return badParameter(ex.getParameterName(), null, locale);
	}

	private ResponseEntity<ProblemDetail> badParameter(String name, String value, Locale locale) {
		String key = (value == null) ? "export.parameter.missing"
				: "date".equals(name) ? "export.parameter.date" : "export.parameter.id";
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.getMessage(key, new Object[] { name, value }, locale));
		problem.setTitle(this.messages.getMessage("export.invalid.title", null, locale));
		problem.setProperty("parameter", name);
		return ResponseEntity.badRequest().body(problem);
	}

}
