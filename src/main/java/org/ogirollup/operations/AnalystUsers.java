package org.ogirollup.operations;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The analysts who may sign in to the service, from configuration ({@code ogi.users[0].name},
 * {@code ogi.users[0].password}); passwords are stored hashed, as {@code {bcrypt}...}.
 */
@ConfigurationProperties("ogi")
public record AnalystUsers(List<User> users) {

	public AnalystUsers {
		users = (users != null) ? List.copyOf(users) : List.of();
	}

	public record User(String name, String password) {
	}

}
