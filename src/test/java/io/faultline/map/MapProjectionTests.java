package io.faultline.map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class MapProjectionTests {

	/** Mali, roughly: 16.6 degrees wide, 14.9 tall, around 17.5 degrees north. */
	private final MapProjection mali = MapProjection.fit(-12.3, 10.1, 4.3, 25.0, 1000, 20);

	@Test
	void putsTheCornersOfTheExtentOnTheMargins() {
		assertThat(this.mali.x(-12.3)).isCloseTo(20, within(1e-9));
		assertThat(this.mali.x(4.3)).isCloseTo(980, within(1e-9));
		assertThat(this.mali.y(25.0)).isCloseTo(20, within(1e-9));
		assertThat(this.mali.y(10.1)).isCloseTo(this.mali.height() - 20, within(1.0));
	}

	@Test
	void isAsTallAsTheExtentNeedsOnceLongitudesAreShrunk() {
		double shrink = Math.cos(Math.toRadians(17.55));
		double expected = 960 * 14.9 / (16.6 * shrink) + 40;
		assertThat(this.mali.height()).isBetween((int) expected, (int) expected + 1);
		assertThat(this.mali.xFactor() / this.mali.scale()).isCloseTo(shrink, within(1e-9));
	}

	@Test
	void drawsNorthUpAndEastRight() {
		assertThat(this.mali.x(1.4)).isGreaterThan(this.mali.x(-8.0));
		assertThat(this.mali.y(18.4)).isLessThan(this.mali.y(12.6));
	}

	@Test
	void convertsKilometresToPixelsAlongTheMeridian() {
		assertThat(this.mali.pixels(MapProjection.KM_PER_DEGREE)).isCloseTo(this.mali.scale(), within(1e-9));
		assertThat(this.mali.pixels(100)).isCloseTo(this.mali.y(17) - this.mali.y(17 + 100 / 111.32), within(1e-9));
	}

	@Test
	void givesPostgisTheSameTransformForSvgPaths() {
		double[] affine = this.mali.affineForSvg();
		double lon = 1.40778;
		double lat = 18.44111;
		assertThat(affine[0] * lon + affine[2]).isCloseTo(this.mali.x(lon), within(1e-9));
		assertThat(-(affine[1] * lat + affine[3])).isCloseTo(this.mali.y(lat), within(1e-9));
	}

	@Test
	void refusesAnEmptyExtent() {
		assertThatIllegalArgumentException().isThrownBy(() -> MapProjection.fit(1, 1, 1, 2, 100, 0));
	}

}
