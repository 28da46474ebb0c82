package org.ogirollup.operations;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The users who may sign in to the service, from configuration ({@code ogi.users[0].name},
 * {@code ogi.users[0].password}, {@code ogi.users[0].role}); passwords are stored hashed, as
 * {@code {bcrypt}...}. A user without a role is an analyst, as every user was before roles.
 */
@ConfigurationProperties("ogi")
public record AnalystUsers(List<User> users) {

	public AnalystUsers {
		users = (users != null) ? List.copyOf(users) : List.of();
	}

	/** One user; {@code role} is {@code viewer}, {@code analyst} (the default) or {@code admin}. */
	public record User(String name, String password, String role) {

		/**
		 * The user's role.
		 * @throws IllegalArgumentException for a word that is no role
		 */
		public Role roleOrDefault() {
			if (this.role == null || this.role.isBlank()) {
				return Role.ANALYST;
			}
			return Role.fromLabel(this.role)
				.orElseThrow(() -> new IllegalArgumentException("'" + this.role + "' is no role: viewer, analyst or admin"));
		}

	}

}
