package io.faultline.api;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.faultline.map.MapService;

/** Territorial control: who held each place on a date, and what changed between two. */
@RestController
@Tag(name = "control")
class ControlApiController {

	private final MapService map;

	private final ApiChecks checks;

	ControlApiController(MapService map, ApiChecks checks) {
		this.map = map;
		this.checks = checks;
	}

	@GetMapping("/api/v1/control")
	@Operation(operationId = "controlOnDate", summary = "Who held each place on a date (YYYY-MM-DD)")
	ControlOnDate onDate(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
		return new ControlOnDate(date, this.map.placesOn(date));
	}

	@GetMapping("/api/v1/control/changes")
	@Operation(operationId = "controlChanges", summary = "Places whose holder changed between two dates")
	ControlChanges changes(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
		if (to.isBefore(from)) {
			throw new ApiValidationException(HttpStatus.BAD_REQUEST, "api.problem.filter",
					List.of(new FieldProblem("to", this.checks.message("api.problem.range"))));
		}
		return new ControlChanges(from, to, this.map.changes(from, to));
	}

}
