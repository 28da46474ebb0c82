package org.ogirollup.comparison;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One item compared with the previous year.
 *
 * @param item the current year's code, or the derived code of a group ({@code apply.result.other.total})
 * @param previous last year's value, {@code null} when absent or not comparable
 * @param current this year's value, {@code null} when absent
 * @param delta {@code current − previous}, {@code null} when either is
 * @param deltaPct {@code delta / previous × 100} to one decimal (HALF_UP), {@code null} when previous
 * is 0 or absent
 * @param comparability how far the two values measure the same thing
 */
public record Delta(String item, BigDecimal previous, BigDecimal current, BigDecimal delta, BigDecimal deltaPct,
		Comparability comparability) {

	public Delta {
		Objects.requireNonNull(item, "item");
		Objects.requireNonNull(comparability, "comparability");
	}

}
