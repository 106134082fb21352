package io.faultline.map;

/**
 * The part of the map in view, in degrees of WGS 84, as Leaflet's {@code toBBoxString()}
 * writes it: {@code west,south,east,north}. Bounds past the world's edges (a map zoomed
 * far out) are brought back to them.
 */
record BoundingBox(double west, double south, double east, double north) {

	static final BoundingBox WORLD = new BoundingBox(-180, -90, 180, 90);

	BoundingBox {
		west = Math.clamp(west, -180, 180);
		east = Math.clamp(east, -180, 180);
		south = Math.clamp(south, -90, 90);
		north = Math.clamp(north, -90, 90);
	}

	/**
	 * Reads {@code west,south,east,north}; the message of the exception says what is
	 * wrong with it.
	 */
	static BoundingBox parse(String text) {
		String[] parts = text.split(",", -1);
		if (parts.length != 4) {
			throw new IllegalArgumentException(
					"must be four numbers west,south,east,north, not %d values".formatted(parts.length));
		}
		double[] values = new double[4];
		for (int i = 0; i < 4; i++) {
			try {
				values[i] = Double.parseDouble(parts[i].strip());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException(
						"must be four numbers west,south,east,north; value %d is '%s'".formatted(i + 1, parts[i]));
			}
			if (!Double.isFinite(values[i])) {
				throw new IllegalArgumentException("value %d is not a finite number".formatted(i + 1));
			}
		}
		if (values[0] > values[2] || values[1] > values[3]) {
			throw new IllegalArgumentException(
					"west must not be east of east, nor south north of north: '%s'".formatted(text));
		}
		return new BoundingBox(values[0], values[1], values[2], values[3]);
	}

}
