package io.faultline.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Faultline's own settings ({@code faultline.*}).
 *
 * @param demo whether the demo record (Mali 2012–2024) is loaded into an empty database
 * @param security who may read without signing in
 */
@ConfigurationProperties("faultline")
public record FaultlineProperties(@DefaultValue Demo demo, @DefaultValue Security security) {

	/**
	 * @param enabled load the demo record on first start; turn off for production
	 */
	public record Demo(@DefaultValue("true") boolean enabled) {
	}

	/**
	 * @param anonymousRead whether published records may be read without signing in
	 */
	public record Security(@DefaultValue("true") boolean anonymousRead) {
	}

}
