package org.ogirollup.console;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import org.ogirollup.operations.Role;

/** Who is signed in to the console and what the pages may offer them. */
record ConsoleUser(String name, Role role) {

	static ConsoleUser of(Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated() || authentication.getAuthorities().isEmpty()) {
			return null;
		}
		Role role = Role.VIEWER;
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			for (Role candidate : Role.values()) {
				if (name.equals("ROLE_" + candidate.authority()) && candidate.includes(role)) {
					role = candidate;
				}
			}
		}
		return new ConsoleUser(authentication.getName(), role);
	}

	/** Whether the pages offer uploads and runs. */
	public boolean analyst() {
		return this.role.includes(Role.ANALYST);
	}

	public boolean admin() {
		return this.role.includes(Role.ADMIN);
	}

}
