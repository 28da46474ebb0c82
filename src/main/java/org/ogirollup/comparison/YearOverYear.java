package org.ogirollup.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.ogirollup.catalog.Catalog;

/**
 * Compares one body's values (a unit's submission or a node's totals) with the year before,
 * item by item, across the 2020 → 2021 format change through {@link FormatPairs}.
 */
public final class YearOverYear {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private YearOverYear() {
	}

	/**
	 * One delta per row of {@link FormatPairs#pairs(Catalog, Catalog)}, in that order.
	 * @param previousCatalog the catalog last year's values follow
	 * @param previous last year's values in that catalog's order, {@code null} for an absent cell
	 * @param currentCatalog the catalog this year's values follow
	 * @param current this year's values in that catalog's order, {@code null} for an absent cell
	 */
	public static List<Delta> compare(Catalog previousCatalog, BigDecimal[] previous, Catalog currentCatalog,
			BigDecimal[] current) {
		checkSize(previousCatalog, previous);
		checkSize(currentCatalog, current);
		return FormatPairs.pairs(previousCatalog, currentCatalog).stream().map((pair) -> {
			BigDecimal now = sum(currentCatalog, current, pair.currentCodes());
			if (pair.comparability() == Comparability.NOT_COMPARABLE) {
				return new Delta(pair.item(), null, now, null, null, pair.comparability());
			}
			BigDecimal before = sum(previousCatalog, previous, pair.previousCodes());
			BigDecimal delta = (before != null && now != null) ? now.subtract(before) : null;
			return new Delta(pair.item(), before, now, delta, percent(delta, before), pair.comparability());
		}).toList();
	}

	/** {@code delta / previous × 100}, one decimal, HALF_UP; {@code null} when previous is 0 or absent. */
	static BigDecimal percent(BigDecimal delta, BigDecimal previous) {
		if (delta == null || previous == null || previous.signum() == 0) {
			return null;
		}
		return delta.multiply(HUNDRED).divide(previous, 1, RoundingMode.HALF_UP);
	}

	/** The sum of the present cells among some codes; {@code null} when none is present. */
	private static BigDecimal sum(Catalog catalog, BigDecimal[] values, List<String> codes) {
		BigDecimal sum = null;
		for (String code : codes) {
			BigDecimal value = values[catalog.require(code).index()];
			if (value != null) {
				sum = (sum != null) ? sum.add(value) : value;
			}
		}
		return sum;
	}

	private static void checkSize(Catalog catalog, BigDecimal[] values) {
		if (values.length != catalog.size()) {
			throw new IllegalArgumentException(
					values.length + " values for the " + catalog.size() + " items of " + catalog.format());
		}
	}

}
