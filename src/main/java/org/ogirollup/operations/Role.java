package org.ogirollup.operations;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user of the service may do, each role including the ones before it: a viewer reads
 * everything, an analyst also takes in corrections and starts runs, an admin also sees the job
 * definitions and the users' roles of the configuration.
 */
public enum Role {

	VIEWER("查看员"), ANALYST("分析员"), ADMIN("管理员");

	private final String words;

	Role(String words) {
		this.words = words;
	}

	/** The role in a clerk's words: 查看员, 分析员, 管理员. */
	public String words() {
		return this.words;
	}

	/** The role as configured: {@code viewer}, {@code analyst}, {@code admin}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The role as Spring Security's authorities name it, without the {@code ROLE_} prefix. */
	public String authority() {
		return name();
	}

	/** Whether this role has every right of another. */
	public boolean includes(Role other) {
		return compareTo(other) >= 0;
	}

	/** The role of a configuration word, if it is one. */
	public static Optional<Role> fromLabel(String label) {
		for (Role role : values()) {
			if (role.label().equals(label.strip().toLowerCase(Locale.ROOT))) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

}
