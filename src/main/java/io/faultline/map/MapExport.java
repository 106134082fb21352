package io.faultline.map;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import io.faultline.system.DisplayFormats;

/** Lays out the control map of a date for the SVG and PNG exports. */
@Component
class MapExport {

	static final int MAP_WIDTH = 900;

	static final int MARGIN = 24;

	static final double MARK_RADIUS = 7;

	/** Kilometres around an imprecise location, as the page draws it. */
	static final Map<String, Double> UNCERTAINTY_KM = Map.of("NEAR", 25.0, "REGION", 100.0);

	private static final double LINE = 22;

	private final MapService map;

	private final MessageSource messages;

	private final DisplayFormats formats;

	MapExport(MapService map, MessageSource messages, DisplayFormats formats) {
		this.map = map;
		this.messages = messages;
		this.formats = formats;
	}

	MapDrawing draw(LocalDate date, Locale locale) {
		double[] extent = this.map.extent();
		MapProjection projection = (extent != null)
				? MapProjection.fit(extent[0], extent[1], extent[2], extent[3], MAP_WIDTH, MARGIN)
				: MapProjection.fit(-180, -85, 180, 85, MAP_WIDTH, MARGIN);
		List<String> regions = this.map.regionPaths(projection);
		List<HeldPlace> held = this.map.placesOn(date);
		List<MapDrawing.Mark> marks = held.stream().map((place) -> mark(place, projection, locale)).toList();
		List<MapDrawing.LegendEntry> legend = legend(held, locale);
		double legendBottom = legend.isEmpty() ? 0 : legend.get(legend.size() - 1).y() + LINE;
		int height = (int) Math.ceil(Math.max(projection.height(), legendBottom)) + MapDrawing.FOOTER;
		List<String> attribution = new ArrayList<>();
		attribution.add(message("map.attribution", locale));
		if (!regions.isEmpty()) {
			attribution.add(message("map.attribution.boundaries", locale));
		}
		return new MapDrawing(projection.width() + MapDrawing.LEGEND_WIDTH, height, projection,
				message("map.title", locale), this.formats.date(date), regions, marks, legend, attribution);
	}

	private static MapDrawing.Mark mark(HeldPlace place, MapProjection projection, Locale locale) {
		Double km = UNCERTAINTY_KM.get(place.precision());
		double radius = (km != null) ? Math.max(projection.pixels(km), MARK_RADIUS) : MARK_RADIUS;
		return new MapDrawing.Mark(place.id(), place.nameIn(locale), round(projection.x(place.longitude())),
				round(projection.y(place.latitude())), round(radius), MarkStyle.of(place));
	}

	/**
	 * The actors holding places on the date, most places first, then what the marks mean.
	 */
	private List<MapDrawing.LegendEntry> legend(List<HeldPlace> held, Locale locale) {
		Map<Long, HeldPlace> actors = new LinkedHashMap<>();
		Map<Long, Integer> counts = new LinkedHashMap<>();
		for (HeldPlace place : held) {
			if (place.isHeld()) {
				actors.putIfAbsent(place.actorId(), place);
				counts.merge(place.actorId(), 1, Integer::sum);
			}
		}
		List<MapDrawing.LegendEntry> legend = new ArrayList<>();
		double y = MARGIN + 70;
		legend.add(new MapDrawing.LegendEntry(y, message("map.legend.actors", locale), null, null, true));
		List<Long> order = actors.keySet()
			.stream()
			.sorted((a, b) -> (counts.get(a).equals(counts.get(b)))
					? actors.get(a).actorLabel().compareToIgnoreCase(actors.get(b).actorLabel())
					: counts.get(b) - counts.get(a))
			.toList();
		for (Long actor : order) {
			y += LINE;
			HeldPlace sample = actors.get(actor);
			legend.add(new MapDrawing.LegendEntry(y, sample.actorLabel() + " (" + counts.get(actor) + ")",
					sample.colour(), null, false));
		}
		if (order.isEmpty()) {
			y += LINE;
			legend.add(new MapDrawing.LegendEntry(y, message("map.legend.actors.none", locale), null, null, false));
		}
		y += LINE * 1.5;
		legend.add(new MapDrawing.LegendEntry(y, message("map.legend", locale), null, null, true));
		String grey = "#52606d";
		y = symbol(legend, y, message("map.legend.controlled", locale),
				MarkStyle.of(grey, "CONTROLLED", "ASSESSED", false));
		y = symbol(legend, y, message("map.legend.claimed", locale),
				MarkStyle.of(grey, "CONTROLLED", "CLAIMED", false));
		y = symbol(legend, y, message("map.legend.contested", locale),
				MarkStyle.of(grey, "CONTESTED", "ASSESSED", false));
		y = symbol(legend, y, message("map.legend.besieged", locale),
				MarkStyle.of(grey, "BESIEGED", "ASSESSED", false));
		y = symbol(legend, y, message("map.legend.nobody", locale), MarkStyle.of(null, null, null, false));
		symbol(legend, y, message("map.legend.near", locale), MarkStyle.of(grey, "CONTROLLED", "ASSESSED", true));
		return legend;
	}

	private static double symbol(List<MapDrawing.LegendEntry> legend, double y, String text, MarkStyle style) {
		double next = y + LINE;
		legend.add(new MapDrawing.LegendEntry(next, text, null, style, false));
		return next;
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static double round(double pixels) {
		return Math.round(pixels * 10) / 10.0;
	}

}
