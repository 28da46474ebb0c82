package org.ogirollup.registry;

import java.util.Locale;
import java.util.Optional;

/** The level of a reporting unit in the registry. */
public enum Level {

	NATION, PROVINCE, CITY, COUNTY, DEPARTMENT;

	/** Governments are the nodes that get totals; departments only report. */
	public boolean isGovernment() {
		return this != DEPARTMENT;
	}

	/** The word used in {@code units.csv} and the outputs. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The level for a registry word, if it is one. */
	public static Optional<Level> fromLabel(String label) {
		for (Level level : values()) {
			if (level.label().equals(label.trim())) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}

}
