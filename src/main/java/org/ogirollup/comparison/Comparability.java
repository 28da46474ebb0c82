package org.ogirollup.comparison;

import java.util.Locale;

/** How far a current-year item can be compared with the previous year's value it is set against. */
public enum Comparability {

	/** The same quantity in both years. */
	EXACT,

	/** The closest equivalent of another format, not quite the same quantity: flag it to the reader. */
	APPROXIMATE,

	/** Comparable only as a sum of rows that one of the two formats splits (（六）其他处理). */
	GROUP,

	/** No previous value measures the same thing; the previous value and the delta are left empty. */
	NOT_COMPARABLE;

	/** The word written in {@code yoy.csv}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
