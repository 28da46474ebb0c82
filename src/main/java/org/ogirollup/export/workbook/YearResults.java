package org.ogirollup.export.workbook;

import java.util.Map;

import org.ogirollup.rollup.NodeTotal;
import org.ogirollup.rollup.UnitOutcome;

/**
 * What one year's run left: the total of every government node and what became of every unit's
 * own submission.
 *
 * @param totals the totals by node code; empty for a year not in the database
 * @param outcomes the outcome by unit code; a unit of the registry without one sent nothing
 */
public record YearResults(Map<String, NodeTotal> totals, Map<String, UnitOutcome> outcomes) {

	/** A year with nothing stored: the year before the first. */
	public static final YearResults NONE = new YearResults(Map.of(), Map.of());

	public YearResults {
		totals = Map.copyOf(totals);
		outcomes = Map.copyOf(outcomes);
	}

	public boolean isEmpty() {
		return this.totals.isEmpty();
	}

}
