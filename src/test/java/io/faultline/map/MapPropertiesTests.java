package io.faultline.map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class MapPropertiesTests {

	@Test
	void hasNoBasemapByDefault() {
		MapProperties properties = new MapProperties("", "");
		assertThat(properties.hasTiles()).isFalse();
		assertThat(properties.tileOrigin()).isNull();
	}

	@Test
	void allowsTheTileHostInTheContentSecurityPolicy() {
		assertThat(new MapProperties("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "© OpenStreetMap").tileOrigin())
			.isEqualTo("https://tile.openstreetmap.org");
		assertThat(new MapProperties("https://{s}.tiles.example.org:8443/{z}/{x}/{y}.png", "").tileOrigin())
			.isEqualTo("https://*.tiles.example.org:8443");
	}

	@Test
	void refusesARelativeTileUrl() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new MapProperties("/tiles/{z}/{x}/{y}.png", "").tileOrigin());
	}

}
