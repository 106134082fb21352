package io.faultline.map;

/**
 * An equirectangular projection of a longitude/latitude box onto a drawing {@code width}
 * by {@code height} pixels with a {@code margin} all round. Longitudes are shrunk by the
 * cosine of the middle latitude so that shapes near that latitude keep their proportions;
 * good enough for one country.
 */
record MapProjection(double west, double south, double east, double north, int width, int height, int margin) {

	/** Kilometres in a degree of latitude. */
	static final double KM_PER_DEGREE = 111.32;

	MapProjection {
		if (!(west < east) || !(south < north)) {
			throw new IllegalArgumentException(
					"An empty extent cannot be projected: " + west + ", " + south + ", " + east + ", " + north);
		}
	}

	/**
	 * The projection of the box onto {@code width} pixels, as tall as its shape needs.
	 */
	static MapProjection fit(double west, double south, double east, double north, int width, int margin) {
		double inner = width - 2.0 * margin;
		double scale = inner / ((east - west) * shrink(south, north));
		int height = (int) Math.ceil((north - south) * scale) + 2 * margin;
		return new MapProjection(west, south, east, north, width, height, margin);
	}

	/** Pixels per degree of latitude. */
	double scale() {
		return (this.width - 2.0 * this.margin) / ((this.east - this.west) * shrink(this.south, this.north));
	}

	double x(double longitude) {
		return this.margin + (longitude - this.west) * xFactor();
	}

	double y(double latitude) {
		return this.margin + (this.north - latitude) * scale();
	}

	/** A distance on the ground as pixels on the drawing. */
	double pixels(double kilometres) {
		return kilometres / KM_PER_DEGREE * scale();
	}

	/** Pixels per degree of longitude: {@code x = xFactor * longitude + xOffset}. */
	double xFactor() {
		return scale() * shrink(this.south, this.north);
	}

	double xOffset() {
		return this.margin - this.west * xFactor();
	}

	/**
	 * The PostGIS {@code ST_Affine} coefficients that take a longitude/latitude geometry
	 * to {@code (x, -y)}: {@code ST_AsSVG} negates y, so its output is in drawing
	 * coordinates.
	 */
	double[] affineForSvg() {
		return new double[] { xFactor(), scale(), xOffset(), -(this.margin + this.north * scale()) };
	}

	private static double shrink(double south, double north) {
		return Math.cos(Math.toRadians((south + north) / 2));
	}

}
