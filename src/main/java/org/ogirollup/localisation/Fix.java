package org.ogirollup.localisation;

import java.util.Comparator;
import java.util.List;

/**
 * One way to make a submission keep every rule of its format: the cells to change and their new
 * values, with how unlikely the change is.
 *
 * @param changes the cells to change, in catalog order
 * @param restores the ids of the broken rules the change makes hold, such as R1, R2 (all of them)
 * @param cost the sum of the cells' weights ({@link CellWeights}): the lower, the likelier
 */
public record Fix(List<CellChange> changes, List<String> restores, double cost) {

	/** Likeliest first: a typing slip before no slip, then the lower cost, then catalog order. */
	static final Comparator<Fix> LIKELIEST_FIRST = Comparator.comparing(Fix::slip)
		.thenComparingDouble(Fix::cost)
		.thenComparing(Fix::order);

	public Fix {
		changes = List.copyOf(changes);
		restores = List.copyOf(restores);
	}

	/** The codes of the changed cells. */
	public List<String> items() {
		return this.changes.stream().map(CellChange::code).toList();
	}

	/** The fix's slip: a transposition or one-digit slip only when every changed cell is one. */
	public DigitSlip slip() {
		return DigitSlip.weakest(this.changes.stream().map(CellChange::slip).toList());
	}

	/** The catalog positions of the cells, for a stable order among equals. */
	private String order() {
		StringBuilder order = new StringBuilder();
		for (CellChange change : this.changes) {
			order.append(String.format("%05d", change.item().index()));
		}
		return order.toString();
	}

}
