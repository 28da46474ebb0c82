package org.ogirollup.submission;

import java.util.Optional;

/** Whether a submission reports the unit itself or its whole region. */
public enum Scope {

	/** The unit's own figures: the only kind added into totals. */
	OWN("own"),

	/** A government's region-wide summary; compared with the computed totals, never added in. */
	CONSOLIDATED("consolidated");

	private final String label;

	Scope(String label) {
		this.label = label;
	}

	/** The word for the scope in files and tables. */
	public String label() {
		return this.label;
	}

	public static Optional<Scope> fromLabel(String label) {
		String word = label.trim();
		if (word.isEmpty()) {
			return Optional.of(OWN);
		}
		for (Scope scope : values()) {
			if (scope.label().equals(word)) {
				return Optional.of(scope);
			}
		}
		return Optional.empty();
	}

}
