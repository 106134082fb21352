package io.faultline.map;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import io.faultline.timeline.TimelineFilter;

/**
 * The map's data as JSON and GeoJSON, for the map page and for anyone who wants it. Dates
 * are ISO ({@code 2023-11-14}); a control period's {@code validTo} is exclusive.
 */
@RestController
class MapDataController {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final MapService map;

	MapDataController(MapService map) {
		this.map = map;
	}

	@GetMapping("/map/control.geojson")
	ResponseEntity<byte[]> control(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
		return ResponseEntity.ok().contentType(GEO_JSON).body(this.map.control(date));
	}

	/**
	 * Published events between two dates, counted by grid cells for the map's zoom inside
	 * {@code bbox} ({@code west,south,east,north}; the whole world when absent).
	 */
	@GetMapping("/map/events.geojson")
	ResponseEntity<?> events(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to, @RequestParam(required = false) String bbox,
			@RequestParam(defaultValue = "5") int zoom) {
		if (to.isBefore(from)) {
			return MapProblems.invalid("to", "must not be before 'from' (%s), not '%s'".formatted(from, to));
		}
		if (zoom < 0 || zoom > MapService.MAX_ZOOM) {
			return MapProblems.invalid("zoom",
					"must be a whole number from 0 to %d, not '%d'".formatted(MapService.MAX_ZOOM, zoom));
		}
		BoundingBox box;
		try {
			box = (bbox != null) ? BoundingBox.parse(bbox) : BoundingBox.WORLD;
		}
		catch (IllegalArgumentException ex) {
			return MapProblems.invalid("bbox", ex.getMessage());
		}
		return ResponseEntity.ok()
			.contentType(GEO_JSON)
			.body(this.map.events(TimelineFilter.between(from, to), box, zoom));
	}

	@GetMapping("/map/regions.geojson")
	ResponseEntity<String> regions() {
		return ResponseEntity.ok().contentType(GEO_JSON).body(this.map.regions());
	}

	@GetMapping("/map/areas.geojson")
	ResponseEntity<String> areas(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
		return ResponseEntity.ok().contentType(GEO_JSON).body(this.map.areas(date));
	}

	/**
	 * The places whose controller changed between two dates, a list of
	 * {@link ControlChange}, written as they are found (up to 5,000 places, 1.6 MB).
	 */
	@GetMapping("/map/changes")
	void changes(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to, HttpServletResponse response)
			throws IOException {
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		MapService.writeChanges(this.map.compare(from, to), response.getOutputStream());
	}

	@GetMapping("/map/change-dates")
	ChangeDates changeDates(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate date) {
		return this.map.changeDates(date);
	}

	@GetMapping("/map/places/{id}.json")
	ResponseEntity<?> place(@PathVariable long id) {
		return this.map.card(id)
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no place with id " + id + ".")));
	}

	/**
	 * {@code ?date=14/11/2023}: say which parameter is wrong and what it should look
	 * like.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> malformedParameter(MethodArgumentTypeMismatchException ex) {
		if (ex.getRequiredType() == int.class) {
			return MapProblems.invalid(ex.getName(), "must be a whole number, not '%s'".formatted(ex.getValue()));
		}
		if (ex.getRequiredType() != LocalDate.class) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such place."));
		}
		return MapProblems.badParameter(ex.getName(), String.valueOf(ex.getValue()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex) {
		return MapProblems.badParameter(ex.getParameterName(), null);
	}

}
