package org.ogirollup.rules;

import java.math.BigDecimal;
import java.util.List;

import org.ogirollup.catalog.Item;
import org.ogirollup.submission.Submission;

/**
 * One term of a linear rule instance: a coefficient times the sum of one or more cells.
 *
 * @param coefficient the signed integer factor, usually 1 or -1
 * @param items the cells summed: one, or the members of a {@code {x in SET}} expansion
 * @param groupLabel the label of the expanded set, shown as one subtotal in messages; empty to
 * show every cell
 */
public record Term(int coefficient, List<Item> items, String groupLabel) {

	public Term {
		items = List.copyOf(items);
		groupLabel = (groupLabel != null) ? groupLabel : "";
	}

	/** The sum of the cells, without the coefficient. */
	BigDecimal sum(Submission submission) {
		BigDecimal sum = BigDecimal.ZERO;
		for (Item item : this.items) {
			sum = sum.add(submission.amount(item));
		}
		return sum;
	}

	/** The term's contribution to its side. */
	BigDecimal value(Submission submission) {
		return sum(submission).multiply(BigDecimal.valueOf(this.coefficient));
	}

}
