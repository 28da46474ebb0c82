package org.ogirollup.localisation;

import java.math.BigDecimal;
import java.util.Optional;

import org.ogirollup.catalog.Item;
import org.ogirollup.submission.BlankTotals;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.Value;

/**
 * A submission's values as whole numbers for exact arithmetic: every value times {@code 10^scale},
 * where the scale is the most decimals any cell of the rules carries (0 for ordinary counts), so
 * that sums and eliminations never round.
 */
final class ExactValues {

	/** More decimals than this in a count is no typing slip the search could explain. */
	private static final int MAX_SCALE = 6;

	/** Far beyond any count of applications, and far enough below {@code Long.MAX_VALUE} to add up. */
	private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

	private final long[] scaled;

	private final boolean[] frozen;

	private final int scale;

	private ExactValues(long[] scaled, boolean[] frozen, int scale) {
		this.scaled = scaled;
		this.frozen = frozen;
		this.scale = scale;
	}

	/** The values of the cells the rules use; empty when one is too large or too finely divided. */
	static Optional<ExactValues> of(Submission submission, RuleSystem system) {
		int size = system.catalog().size();
		int scale = 0;
		for (int cell = 0; cell < size; cell++) {
			BigDecimal amount = system.uses(cell) ? submission.amount(system.catalog().item(cell)) : BigDecimal.ZERO;
			if (amount.abs().compareTo(LIMIT) >= 0) {
				return Optional.empty();
			}
			scale = Math.max(scale, Math.max(0, amount.stripTrailingZeros().scale()));
		}
		if (scale > MAX_SCALE) {
			return Optional.empty();
		}
		long[] scaled = new long[size];
		boolean[] frozen = new boolean[size];
		Value[] values = submission.values();
		for (int cell = 0; cell < size; cell++) {
			if (system.uses(cell)) {
				Item item = system.catalog().item(cell);
				Optional<Value> value = submission.value(item);
				// a cell marked not applicable (-) was left out on purpose, and a derived group the report
				// did not print (or the sub-rows of one it printed as one row) is absent as it should be:
				// a fix never fills them in
				frozen[cell] = value.isPresent() ? value.get().state() == Value.State.NOT_APPLICABLE
						: BlankTotals.mayBeAbsent(item, values);
				scaled[cell] = submission.amount(system.catalog().item(cell)).movePointRight(scale).longValueExact();
			}
		}
		return Optional.of(new ExactValues(scaled, frozen, scale));
	}

	/** A cell's value times {@code 10^scale}. */
	long scaled(int cell) {
		return this.scaled[cell];
	}

	/** Whether a fix may change the cell. */
	boolean changeable(int cell) {
		return !this.frozen[cell];
	}

	int scale() {
		return this.scale;
	}

	/** A scaled number as the decimal it stands for, without trailing zeros. */
	BigDecimal decimal(long scaledValue) {
		BigDecimal number = BigDecimal.valueOf(scaledValue, this.scale).stripTrailingZeros();
		return (number.scale() < 0) ? number.setScale(0) : number;
	}

	/** Left side minus right side of a constraint at the submission's values, scaled. */
	long difference(Constraint constraint) {
		long sum = Math.multiplyExact(constraint.constant(), pow10(this.scale));
		int[] cells = constraint.cells();
		long[] coefficients = constraint.coefficients();
		for (int i = 0; i < cells.length; i++) {
			sum = Math.addExact(sum, Math.multiplyExact(coefficients[i], this.scaled[cells[i]]));
		}
		return sum;
	}

	static long pow10(int exponent) {
		long power = 1;
		for (int i = 0; i < exponent; i++) {
			power *= 10;
		}
		return power;
	}

}
