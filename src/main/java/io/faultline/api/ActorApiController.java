package io.faultline.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.faultline.actor.ActorDetails;
import io.faultline.actor.ActorRow;
import io.faultline.actor.ActorService;

/** Actors: by name, a page at a time, and one with its aliases and dated relations. */
@RestController
@Tag(name = "actors")
class ActorApiController {

	static final int DEFAULT_SIZE = 50;

	static final int MAX_SIZE = 500;

	private final ActorService actors;

	private final ApiChecks checks;

	ActorApiController(ActorService actors, ApiChecks checks) {
		this.actors = actors;
		this.checks = checks;
	}

	@GetMapping("/api/v1/actors")
	@Operation(operationId = "listActors", summary = "Actors by name")
	ApiPage<ActorRow> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + DEFAULT_SIZE) int size, HttpServletRequest request) {
		ApiPaging.check(page, size, MAX_SIZE, this.checks);
		return ApiPaging.page(this.actors.list(page, size), request);
	}

	/**
	 * The actor with its aliases and relations (member of, renamed to, merged into…),
	 * each {@code OUTGOING} when this actor is the subject, {@code INCOMING} otherwise.
	 */
	@GetMapping("/api/v1/actors/{id}")
	@Operation(operationId = "getActor", summary = "One actor with its aliases and dated relations")
	ActorDetails show(@PathVariable long id) {
		return this.actors.show(id);
	}

}
