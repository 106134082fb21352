package io.faultline.map;

import java.util.List;

/**
 * The control map of one date laid out for print: the SVG template and {@link MapPainter}
 * draw exactly this. Coordinates are pixels; the map takes the left part, the legend the
 * right.
 */
record MapDrawing(int width, int height, MapProjection projection, String title, String dateText, List<String> regions,
		List<Mark> places, List<LegendEntry> legend, List<String> attribution) {

	static final int LEGEND_WIDTH = 380;

	static final int FOOTER = 56;

	public int legendX() {
		return this.projection.width() + 16;
	}

	/** The first line of the attribution, under the map. */
	public int attributionY() {
		return this.height - FOOTER + 20;
	}

	/** A place as drawn. */
	record Mark(long id, String name, double x, double y, double radius, MarkStyle style) {

		public double labelX() {
			return this.x + Math.min(this.radius, 9) + 3;
		}

		public double labelY() {
			return this.y + 4;
		}

	}

	/**
	 * A line of the legend at {@code y}: a colour swatch for an actor, a symbol, or only
	 * a heading.
	 */
	record LegendEntry(double y, String text, String swatch, MarkStyle symbol, boolean heading) {

	}

}
