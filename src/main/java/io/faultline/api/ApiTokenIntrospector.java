package io.faultline.api;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

import io.faultline.account.ApiTokenHolder;
import io.faultline.account.ApiTokenService;

/**
 * Personal API tokens as opaque bearer tokens: looked up by their hash in our own
 * database rather than at an authorization server. The principal is the token's owner,
 * with the owner's current role.
 */
class ApiTokenIntrospector implements OpaqueTokenIntrospector {

	private final ApiTokenService tokens;

	ApiTokenIntrospector(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		ApiTokenHolder holder = this.tokens.authenticate(token)
			.orElseThrow(() -> new BadOpaqueTokenException("Unknown, revoked or expired token, or disabled user"));
		return new DefaultOAuth2AuthenticatedPrincipal(holder.username(),
				Map.of("sub", holder.username(), "token_id", holder.tokenId()),
				List.of(new SimpleGrantedAuthority(holder.role().authority())));
	}

}
