package org.ogirollup.rules;

import java.math.BigDecimal;
import java.util.List;

import org.ogirollup.catalog.Item;
import org.ogirollup.submission.Submission;

/**
 * One term of a linear rule instance: a coefficient times the sum of one or more cells, or a
 * constant (the coefficient alone) when it has no cells, as in {@code prev_items + delta >= 0}.
 *
 * @param coefficient the signed integer factor, usually 1 or -1
 * @param items the cells summed: one, the members of a {@code {x in SET}} expansion, or none for a
 * constant
 * @param groupLabel the label of the expanded set, shown as one subtotal in messages; empty to
 * show every cell
 */
public record Term(int coefficient, List<Item> items, String groupLabel) {

	public Term {
		items = List.copyOf(items);
		groupLabel = (groupLabel != null) ? groupLabel : "";
	}

	/** Whether the term is a constant rather than cells. */
	boolean isConstant() {
		return this.items.isEmpty();
	}

	/** The sum of the cells, without the coefficient; 1 for a constant. */
	BigDecimal sum(Submission submission) {
		if (isConstant()) {
			return BigDecimal.ONE;
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (Item item : this.items) {
			sum = sum.add(submission.amount(item));
		}
		return sum;
	}

	/** The term's contribution to its side. */
	BigDecimal value(Submission submission) {
		BigDecimal sum = sum(submission);
		return switch (this.coefficient) {
			case 1 -> sum;
			case -1 -> sum.negate();
			default -> sum.multiply(BigDecimal.valueOf(this.coefficient));
		};
	}

}
