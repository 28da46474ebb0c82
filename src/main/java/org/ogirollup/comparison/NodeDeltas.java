package org.ogirollup.comparison;

import java.util.List;

import org.ogirollup.registry.Unit;

/**
 * The year-over-year comparison of one government node's totals or one unit's submission.
 *
 * @param node the government or unit
 * @param deltas one per comparison row, in the order {@link YearOverYear#compare} gives
 */
public record NodeDeltas(Unit node, List<Delta> deltas) {

	public NodeDeltas {
		deltas = List.copyOf(deltas);
	}

}
