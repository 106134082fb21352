package io.faultline.map;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The control map page. The map itself is drawn in the browser from the GeoJSON of
 * {@link MapDataController}; the page carries the date, the span and, with {@code from}
 * and {@code to}, the places that changed hands in between.
 */
@Controller
class MapController {

	private final MapService map;

	private final MapProperties properties;

	private final Clock clock;

	MapController(MapService map, MapProperties properties, Clock clock) {
		this.map = map;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/map")
	String show(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate date,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to, Model model) {
		MapSpan span = this.map.span();
		LocalDate shown = (date != null) ? date : span.clamp(LocalDate.now(this.clock));
		model.addAttribute("date", shown);
		model.addAttribute("span", span);
		model.addAttribute("spanDays", (span.first() != null) ? ChronoUnit.DAYS.between(span.first(), span.last()) : 0);
		model.addAttribute("dayIndex",
				(span.first() != null) ? ChronoUnit.DAYS.between(span.first(), span.clamp(shown)) : 0);
		model.addAttribute("tiles", this.properties);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		if (from != null && to != null) {
			model.addAttribute("changes", this.map.changes(from, to));
		}
		return "map/show";
	}

	/** {@code /map?date=tomorrow}: a page saying the request was not understood. */
	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView malformedDate(MethodArgumentTypeMismatchException ex) {
		ModelAndView view = new ModelAndView("error/4xx");
		view.addObject("status", HttpStatus.BAD_REQUEST.value());
		return view;
	}

}
