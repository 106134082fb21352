package io.faultline.map;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The control map of a date drawn on the server, for print and for readers without
 * JavaScript: SVG from a Thymeleaf template, PNG painted with Java2D.
 */
@Controller
class MapExportController {

	static final String SVG_TEMPLATE = "map/export";

	static final MediaType SVG = MediaType.parseMediaType("image/svg+xml;charset=UTF-8");

	private final MapExport export;

	private final ITemplateEngine templates;

	MapExportController(MapExport export, ITemplateEngine templates) {
		this.export = export;
		this.templates = templates;
	}

	@GetMapping("/map/export.svg")
	ResponseEntity<String> svg(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate date, Locale locale) {
		MapDrawing drawing = this.export.draw(date, locale);
		String svg = this.templates.process(SVG_TEMPLATE, new Context(locale, Map.of("d", drawing)));
		return ResponseEntity.ok().contentType(SVG).cacheControl(CacheControl.noCache()).body(svg);
	}

	@GetMapping("/map/export.png")
	ResponseEntity<byte[]> png(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate date, Locale locale) {
		byte[] png = MapPainter.png(this.export.draw(date, locale));
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache()).body(png);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> malformedDate(MethodArgumentTypeMismatchException ex) {
		return MapProblems.badParameter(ex.getName(), String.valueOf(ex.getValue()));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> missingDate(MissingServletRequestParameterException ex) {
		return MapProblems.badParameter(ex.getParameterName(), null);
	}

}
