package io.faultline.account;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Whether the signed-in user holds a role, counting the roles above it (an admin is also
 * an editor).
 */
@Component
public class RoleChecks {

	private final RoleHierarchy hierarchy;

	RoleChecks(RoleHierarchy hierarchy) {
		this.hierarchy = hierarchy;
	}

	public boolean has(Authentication authentication, Role role) {
		return authentication != null && authentication.isAuthenticated()
				&& this.hierarchy.getReachableGrantedAuthorities(authentication.getAuthorities())
					.stream()
					.anyMatch((authority) -> role.authority().equals(authority.getAuthority()));
	}

}
