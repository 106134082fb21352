package io.faultline.map;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The map page and its server-drawn exports against the demo record. */
@IntegrationTest
class MapPagesIT {

	private static final String SCRIPT_NAME = "<script>alert('x')</script>";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsTheMapWithItsControlsAndLegend() {
		assertThat(this.mvc.get().uri("/map?lang=en")).hasStatusOk()
			.bodyText()
			.contains("<title>Control map</title>", "Previous change", "Next change", "Areas of control", "Legend",
					"Contested", "Control claimed by one side only", "What changed between two dates",
					"/dist/leaflet.js\"", "/dist/leaflet.css\"", "/js/map.js",
					"data-control-url=\"/map/control.geojson\"", "type=\"range\"")
			.doesNotContain("style=");
	}

	@Test
	void speaksFrench() {
		assertThat(this.mvc.get().uri("/map?lang=fr")).hasStatusOk()
			.bodyText()
			.contains("Carte du contrôle", "Changement précédent", "Zones de contrôle", "Légende", "lang=\"fr\"");
	}

	@Test
	void opensAtTheDateOfTheAddress() {
		assertThat(this.mvc.get().uri("/map?date=2023-11-13&lang=en")).hasStatusOk()
			.bodyText()
			.contains("data-date=\"2023-11-13\"", "value=\"2023-11-13\"", "Map of 13 November 2023",
					"data-first=\"2012-01-01\"", "/map/export.svg?date=2023-11-13");
	}

	@Test
	void refusesAMalformedDate() {
		assertThat(this.mvc.get().uri("/map?date=13-11-2023")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/map/export.svg?date=soon")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.parameter")
			.isEqualTo("date");
	}

	@Test
	void listsThePlacesThatChangedHandsBetweenTwoDates() {
		long kidal = kidal();
		assertThat(this.mvc.get().uri("/map?date=2023-11-15&from=2023-11-01&to=2023-11-30&lang=en")).hasStatusOk()
			.bodyText()
			.contains("changed hands between 1 November 2023 and 30 November 2023", "data-place-id=\"" + kidal + "\"",
					">Kidal</a>", "CSP-PSD", "Changed hands between the compared dates");
	}

	@Test
	void exportsTheMapOfADateAsSvg() {
		MvcTestResult svg = this.mvc.get().uri("/map/export.svg?date=2023-11-15&lang=en").exchange();
		assertThat(svg).hasStatusOk().hasContentTypeCompatibleWith("image/svg+xml");
		assertThat(svg).bodyText()
			.startsWith("<?xml")
			.contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", "15 November 2023", "Held by, on this date",
					"FAMa (", "Contested", "Faultline &#x2014; control assessed from the sources cited in the record")
			.doesNotContain("th:", "Boundaries:")
			.containsPattern(
					Pattern.compile("<circle class=\"place\" data-place-id=\"" + kidal() + "\"[^>]*fill=\"#1b5e20\""));
		assertThat(this.mvc.get().uri("/map/export.svg?date=2023-11-13&lang=en")).bodyText()
			.containsPattern(Pattern.compile("<circle class=\"place\" data-place-id=\"" + kidal()
					+ "\"[^>]*fill=\"#fbc02d\"[^>]*stroke-dasharray=\"4 3\""));
	}

	@Test
	void exportsTheSameMapAsPng() throws IOException {
		MvcTestResult png = this.mvc.get().uri("/map/export.png?date=2023-11-15").exchange();
		assertThat(png).hasStatusOk().hasContentType("image/png");
		byte[] bytes = png.getResponse().getContentAsByteArray();
		assertThat(bytes.length).isGreaterThan(10_000);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
		String svg = new String(
				this.mvc.get().uri("/map/export.svg?date=2023-11-15").exchange().getResponse().getContentAsByteArray(),
				StandardCharsets.UTF_8);
		assertThat(svg).contains("width=\"" + image.getWidth() + "\"", "height=\"" + image.getHeight() + "\"");
		assertThat(image.getWidth()).isEqualTo(MapExport.MAP_WIDTH + MapDrawing.LEGEND_WIDTH);
		assertThat(image.getHeight()).isGreaterThan(500);
	}

	@Test
	@Transactional
	void escapesPlaceNamesEverywhere() {
		long kidal = kidal();
		this.jdbc.sql("UPDATE place SET name = :name, name_fr = NULL WHERE id = :id")
			.param("name", SCRIPT_NAME)
			.param("id", kidal)
			.update();

		assertThat(this.mvc.get().uri("/map/export.svg?date=2023-11-15")).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert(")
			.doesNotContain("<script>");

		MvcTestResult json = this.mvc.get().uri("/map/control.geojson?date=2023-11-15").exchange();
		assertThat(json).bodyJson()
			.extractingPath("$.features[?(@.id == " + kidal + ")].properties.name")
			.asArray()
			.containsExactly(SCRIPT_NAME);
		assertThat(this.mvc.get().uri("/map/places/{id}.json", kidal)).bodyJson()
			.extractingPath("$.name")
			.isEqualTo(SCRIPT_NAME);

		assertThat(this.mvc.get().uri("/map?date=2023-11-15&from=2023-11-01&to=2023-11-30")).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert(")
			.doesNotContain("<script>alert");
	}

	private long kidal() {
		return this.jdbc.sql("SELECT id FROM place WHERE name = 'Kidal'").query(Long.class).single();
	}

}
