package org.ogirollup.localisation;

import java.util.Arrays;

import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ItemKind;

/**
 * The weight of changing a cell: how much a fix that changes it is to be doubted. It comes from
 * two facts in the data, no list of cells:
 * <ul>
 * <li><b>what the catalog says the cell is</b>: a cell of kind {@code count_total} (the 总计
 * column, the row （七）总计, the 总计 of 行政复议 and 行政诉讼) is defined by the table as the sum
 * of others. A clerk adds it up by hand after typing the parts, so it is the likelier of the two
 * to be wrong: it weighs {@value #TOTAL_TRUST}, a part {@value #PART_TRUST};</li>
 * <li><b>how many broken rule instances contain it</b>: each one is evidence against the cell,
 * so the weight is divided by one plus that number.</li>
 * </ul>
 * Thus {@code weight = trust / (1 + broken)}: a part in no broken instance weighs 2, a part in
 * one weighs 1, a total in one weighs ½, a total in two weighs ⅓. A fix costs the sum of its
 * cells' weights. The cost orders fixes of the same size; it never makes a larger fix win over a
 * smaller one, and never hides an equally small alternative (see {@link Suggestion}).
 */
final class CellWeights {

	static final double PART_TRUST = 2;

	static final double TOTAL_TRUST = 1;

	private CellWeights() {
	}

	static double weight(Item item, int brokenInstances) {
		double trust = (item.kind() == ItemKind.COUNT_TOTAL) ? TOTAL_TRUST : PART_TRUST;
		return trust / (1 + brokenInstances);
	}

	/** The sum of weights, added smallest first so that equal sets of weights give equal costs. */
	static double cost(double[] weights) {
		double[] sorted = weights.clone();
		Arrays.sort(sorted);
		double cost = 0;
		for (double weight : sorted) {
			cost += weight;
		}
		return cost;
	}

}
