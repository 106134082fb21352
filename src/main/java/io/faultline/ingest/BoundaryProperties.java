package io.faultline.ingest;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Boundaries to load on first start ({@code faultline.boundaries.*}).
 *
 * @param load a GeoJSON file, or a folder of them, loaded at startup while no region has
 * a boundary yet (env {@code FAULTLINE_BOUNDARIES}); none by default
 */
@ConfigurationProperties("faultline.boundaries")
record BoundaryProperties(Path load) {
}
