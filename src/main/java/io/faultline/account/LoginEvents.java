package io.faultline.account;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.log.LogMessage;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds sign-in outcomes to the throttle, and logs failures (the name tried and the
 * address, never the password) for whoever watches the logs.
 */
@Component
class LoginEvents {

	private static final Log logger = LogFactory.getLog(LoginEvents.class);

	private final LoginThrottle throttle;

	LoginEvents(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String address = (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : "unknown";
		String username = event.getAuthentication().getName();
		logger.warn(
				LogMessage.format("Sign-in failed for '%s' from %s", username.replaceAll("\\p{Cntrl}", "?"), address));
		this.throttle.recordFailure(username, address);
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.throttle.recordSuccess(event.getAuthentication().getName());
	}

}
