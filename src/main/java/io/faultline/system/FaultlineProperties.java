package io.faultline.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Faultline's own settings ({@code faultline.*}).
 *
 * @param demo whether the demo record (Mali 2012–2024) is loaded into an empty database
 * @param security who may read without signing in
 * @param admin the first administrator
 * @param review how changes get published
 */
@ConfigurationProperties("faultline")
public record FaultlineProperties(@DefaultValue Demo demo, @DefaultValue Security security, @DefaultValue Admin admin,
		@DefaultValue Review review) {

	/**
	 * @param enabled load the demo record on first start; turn off for production
	 */
	public record Demo(@DefaultValue("true") boolean enabled) {
	}

	/**
	 * @param anonymousRead whether published records may be read without signing in
	 * @param rememberMeKey the secret that signs remember-me cookies; set the same value
	 * on every instance, or a random one per start signs everybody out at each restart
	 */
	public record Security(@DefaultValue("false") boolean anonymousRead, String rememberMeKey) {
	}

	/**
	 * @param twoPersonRule a reviewer may not publish a change they made themselves
	 */
	public record Review(@DefaultValue("true") boolean twoPersonRule) {
	}

	/**
	 * @param password the first administrator's password; when empty, one is generated
	 * and printed once at first start
	 */
	public record Admin(String password) {
	}

}
