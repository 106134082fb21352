package io.faultline.map;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MapPainterTests {

	@Test
	void readsThePathDataPostgisWrites() {
		Rectangle2D bounds = MapPainter.path("M 50 500 L 50 200 550 200 550 500 Z M 60 480 L 70 480 70 470 Z")
			.getBounds2D();
		assertThat(bounds).isEqualTo(new Rectangle2D.Double(50, 200, 500, 300));
	}

	@Test
	void paintsTheDrawingAtItsSize() throws IOException {
		MapProjection projection = MapProjection.fit(-12, 10, 4, 25, 400, 10);
		MarkStyle green = MarkStyle.of("#1b5e20", "CONTROLLED", "ASSESSED", false);
		MapDrawing drawing = new MapDrawing(projection.width() + MapDrawing.LEGEND_WIDTH, projection.height() + 60,
				projection, "Control map", "15 November 2023", List.of("M 10 10 L 100 10 100 100 Z"),
				List.of(new MapDrawing.Mark(11, "Kidal", projection.x(1.4), projection.y(18.4), 7, green)),
				List.of(new MapDrawing.LegendEntry(90, "FAMa (1)", "#1b5e20", null, false)), List.of("Faultline"));

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(MapPainter.png(drawing)));

		assertThat(image.getWidth()).isEqualTo(drawing.width());
		assertThat(image.getHeight()).isEqualTo(drawing.height());
		int kidal = image.getRGB((int) Math.round(projection.x(1.4)), (int) Math.round(projection.y(18.4)));
		assertThat(Integer.toHexString(kidal & 0xffffff)).isNotEqualTo("eef2f5").isNotEqualTo("ffffff");
	}

}
