package io.faultline.map;

/**
 * How a place is drawn on the exports; map.js draws the same on the page. Contested is a
 * dashed red ring, besieged a dotted brown one, claimed-only control a hollow mark, and a
 * place nobody holds on the date is grey.
 */
record MarkStyle(String fill, double fillOpacity, String stroke, double strokeWidth, String dash) {

	static final String NOBODY = "#9ca3af";

	static MarkStyle of(HeldPlace place) {
		return of(place.isHeld() ? place.colour() : null, place.status(), place.basis(),
				!"EXACT".equals(place.precision()));
	}

	static MarkStyle of(String colour, String status, String basis, boolean imprecise) {
		double opacity = imprecise ? 0.3 : 0.9;
		if (colour == null) {
			return new MarkStyle(NOBODY, opacity, "#616e7c", 1, null);
		}
		boolean claimed = "CLAIMED".equals(basis);
		double fillOpacity = claimed ? 0 : opacity;
		return switch (status) {
			case "CONTESTED" -> new MarkStyle(colour, fillOpacity, "#c53030", 3, "4 3");
			case "BESIEGED" -> new MarkStyle(colour, fillOpacity, "#7b341e", 4, "1 3");
			default -> claimed ? new MarkStyle(colour, 0, colour, 3, null)
					: new MarkStyle(colour, fillOpacity, "#1f2933", 1.5, null);
		};
	}

}
