package io.faultline.map;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The control map's optional basemap ({@code faultline.map.*}). Without a tile URL the
 * map draws only the record's own GeoJSON and works offline.
 *
 * @param tileUrl a Leaflet tile URL template such as
 * {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}, or empty for no basemap
 * @param tileAttribution the credit the tile provider requires, shown on the map and on
 * exports
 */
@ConfigurationProperties("faultline.map")
public record MapProperties(@DefaultValue("") String tileUrl, @DefaultValue("") String tileAttribution) {

	public boolean hasTiles() {
		return this.tileUrl != null && !this.tileUrl.isBlank();
	}

	/**
	 * The origin the browser loads tiles from, for the Content-Security-Policy; a
	 * {@code {s}} subdomain becomes a wildcard. {@code null} without a basemap.
	 */
	public String tileOrigin() {
		if (!hasTiles()) {
			return null;
		}
		URI uri = URI.create(this.tileUrl.strip().replace("{s}", "x-subdomain-x").replaceAll("\\{[^}]*}", "0"));
		if (uri.getScheme() == null || uri.getHost() == null) {
			throw new IllegalStateException("faultline.map.tile-url must be an absolute http(s) URL: " + this.tileUrl);
		}
		String host = uri.getHost().replace("x-subdomain-x", "*");
		return uri.getScheme() + "://" + host + ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
	}

}
