package org.ogirollup.rollup;

import java.util.List;

import org.ogirollup.registry.Unit;

/**
 * A government's region-wide report against its computed total: one row per item of the computed
 * catalog, and the members that may explain the items that disagree.
 *
 * @param node the government whose region-wide report this is
 * @param rows one row per item, in catalog order
 * @param members missing and rejected units, then the largest contributors per disagreeing item;
 * empty when every item agrees
 */
public record NodeReconciliation(Unit node, List<ReconciliationRow> rows, List<GapMember> members) {

	public NodeReconciliation {
		rows = List.copyOf(rows);
		members = List.copyOf(members);
	}

	/** Whether any item disagrees. */
	public boolean hasGap() {
		return this.rows.stream().anyMatch(ReconciliationRow::isGap);
	}

}
