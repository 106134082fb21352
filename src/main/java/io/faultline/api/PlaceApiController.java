package io.faultline.api;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.faultline.control.ControlService;
import io.faultline.place.PlaceRow;
import io.faultline.place.PlaceService;
import io.faultline.system.PageView;

/** Places: searched by name, a page at a time, and one with its control history. */
@RestController
@Tag(name = "places")
class PlaceApiController {

	static final int DEFAULT_SIZE = 50;

	static final int MAX_SIZE = 500;

	private final PlaceService places;

	private final ControlService control;

	private final ApiChecks checks;

	private final Clock clock;

	PlaceApiController(PlaceService places, ControlService control, ApiChecks checks, Clock clock) {
		this.places = places;
		this.control = control;
		this.checks = checks;
		this.clock = clock;
	}

	/**
	 * Places by name with who holds them today; {@code q} keeps those whose name, French
	 * name or an alias contains it, regardless of accents and case.
	 */
	@GetMapping("/api/v1/places")
	@Operation(operationId = "listPlaces",
			summary = "Places by name with who holds them today; `q` searches names and aliases")
	ApiPage<PlaceRow> list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + DEFAULT_SIZE) int size, HttpServletRequest request) {
		ApiPaging.check(page, size, MAX_SIZE, this.checks);
		PageView<PlaceRow> found = this.places.list(q, page, size, LocalDate.now(this.clock));
		return ApiPaging.page(found, request);
	}

	@GetMapping("/api/v1/places/{id}")
	@Operation(operationId = "getPlace", summary = "One place with its aliases, region and control history")
	PlaceResource show(@PathVariable long id) {
		return new PlaceResource(this.places.show(id), this.control.historyOf(id));
	}

}
