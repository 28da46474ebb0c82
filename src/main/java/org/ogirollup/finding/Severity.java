package org.ogirollup.finding;

import java.util.Locale;

/** How much a finding weighs: an error rejects the submission, a warning keeps it in the totals. */
public enum Severity {

	ERROR, WARNING;

	/** The word written in {@code validation.csv}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Severity fromLabel(String label) {
		return valueOf(label.trim().toUpperCase(Locale.ROOT));
	}

}
