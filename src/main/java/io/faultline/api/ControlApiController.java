package io.faultline.api;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

	/**
	 * A {@link ControlOnDate}, written from the entries the control layer keeps already
	 * encoded rather than by Jackson on each request (the same bytes: ApiIT compares
	 * them).
	 */
	@GetMapping("/api/v1/control")
	@Operation(operationId = "controlOnDate", summary = "Who held each place on a date (YYYY-MM-DD)")
	@ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
			schema = @Schema(implementation = ControlOnDate.class)))
	ResponseEntity<byte[]> onDate(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(this.map.controlJson(date));
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
