package io.faultline.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * Paints a {@link MapDrawing} as a PNG with Java2D: the same drawing as the SVG export,
 * for readers and documents that need a bitmap.
 */
final class MapPainter {

	private static final Color INK = Color.decode("#1f2933");

	private static final Color MUTED = Color.decode("#616e7c");

	private MapPainter() {
	}

	static byte[] png(MapDrawing drawing) {
		BufferedImage image = new BufferedImage(drawing.width(), drawing.height(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			paint(drawing, g);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void paint(MapDrawing drawing, Graphics2D g) {
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, drawing.width(), drawing.height());
		g.setColor(Color.decode("#eef2f5"));
		g.fillRect(0, 0, drawing.projection().width(), drawing.projection().height());

		g.setColor(Color.decode("#52606d"));
		g.setStroke(new BasicStroke(0.8f));
		for (String region : drawing.regions()) {
			g.draw(path(region));
		}

		for (MapDrawing.Mark mark : drawing.places()) {
			mark(g, mark.x(), mark.y(), mark.radius(), mark.style());
		}
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		for (MapDrawing.Mark mark : drawing.places()) {
			label(g, mark.name(), mark.labelX(), mark.labelY());
		}

		int left = drawing.legendX();
		g.setColor(INK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
		g.drawString(drawing.title(), left, 40);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
		g.drawString(drawing.dateText(), left, 64);
		for (MapDrawing.LegendEntry entry : drawing.legend()) {
			float y = (float) entry.y();
			if (entry.heading()) {
				g.setColor(INK);
				g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
				g.drawString(entry.text(), left, y);
				continue;
			}
			if (entry.swatch() != null) {
				Rectangle2D swatch = new Rectangle2D.Double(left + 2, y - 11, 14, 14);
				g.setColor(Color.decode(entry.swatch()));
				g.fill(swatch);
				g.setColor(INK);
				g.setStroke(new BasicStroke(0.5f));
				g.draw(swatch);
			}
			if (entry.symbol() != null) {
				mark(g, left + 9, y - 4, 6, entry.symbol());
			}
			g.setColor(INK);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
			g.drawString(entry.text(), left + 24, y);
		}

		g.setColor(MUTED);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		for (int i = 0; i < drawing.attribution().size(); i++) {
			g.drawString(drawing.attribution().get(i), 8, drawing.attributionY() + 16 * i);
		}
	}

	private static void mark(Graphics2D g, double x, double y, double radius, MarkStyle style) {
		Shape circle = new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
		if (style.fillOpacity() > 0) {
			g.setColor(withOpacity(Color.decode(style.fill()), style.fillOpacity()));
			g.fill(circle);
		}
		g.setColor(Color.decode(style.stroke()));
		g.setStroke(stroke(style));
		g.draw(circle);
	}

	private static BasicStroke stroke(MarkStyle style) {
		float width = (float) style.strokeWidth();
		if (style.dash() == null) {
			return new BasicStroke(width);
		}
		String[] parts = style.dash().split(" ");
		float[] dash = new float[parts.length];
		for (int i = 0; i < parts.length; i++) {
			dash[i] = Float.parseFloat(parts[i]);
		}
		return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dash, 0);
	}

	private static void label(Graphics2D g, String text, double x, double y) {
		g.setColor(new Color(255, 255, 255, 220));
		Rectangle2D bounds = g.getFontMetrics().getStringBounds(text, g);
		g.fill(new Rectangle2D.Double(x - 1, y + bounds.getY() - 1, bounds.getWidth() + 2, bounds.getHeight() + 2));
		g.setColor(INK);
		g.drawString(text, (float) x, (float) y);
	}

	private static Color withOpacity(Color colour, double opacity) {
		return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), (int) Math.round(255 * opacity));
	}

	/** The absolute path data {@code ST_AsSVG} writes: {@code M x y L x y x y ... Z}. */
	static Path2D path(String data) {
		Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
		String[] tokens = data.trim().split("[\\s,]+");
		char command = 'M';
		for (int i = 0; i < tokens.length; i++) {
			String token = tokens[i];
			if (token.length() == 1 && Character.isLetter(token.charAt(0))) {
				command = Character.toUpperCase(token.charAt(0));
				if (command == 'Z') {
					path.closePath();
				}
				continue;
			}
			double x = Double.parseDouble(token);
			double y = Double.parseDouble(tokens[++i]);
			if (command == 'M') {
				path.moveTo(x, y);
				command = 'L';
			}
			else {
				path.lineTo(x, y);
			}
		}
		return path;
	}

}
