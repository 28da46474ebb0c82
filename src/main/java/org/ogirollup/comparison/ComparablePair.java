package org.ogirollup.comparison;

import java.util.List;
import java.util.Objects;

/**
 * What one output row of a year-over-year comparison sets against what: the sum of some previous
 * items against the sum of some current items. A single code on each side for exact and approximate
 * pairs, several current codes for a group, no previous code when nothing compares.
 *
 * @param item the code the row is named by
 * @param previousCodes codes of the previous year's catalog, summed; empty when not comparable
 * @param currentCodes codes of the current year's catalog, summed
 * @param comparability the kind of pair
 */
public record ComparablePair(String item, List<String> previousCodes, List<String> currentCodes,
		Comparability comparability) {

	public ComparablePair {
		Objects.requireNonNull(item, "item");
		previousCodes = List.copyOf(previousCodes);
		currentCodes = List.copyOf(currentCodes);
		Objects.requireNonNull(comparability, "comparability");
	}

	static ComparablePair exact(String code) {
		return new ComparablePair(code, List.of(code), List.of(code), Comparability.EXACT);
	}

	static ComparablePair notComparable(String code) {
		return new ComparablePair(code, List.of(), List.of(code), Comparability.NOT_COMPARABLE);
	}

}
