package org.ogirollup.rollup;

import java.util.Locale;

/** Why a member is listed as explaining a region's reconciliation gap. */
public enum GapReason {

	/** A unit of the region that sent no own submission. */
	MISSING,

	/** A unit of the region whose own submission was rejected, so it is not in the computed total. */
	REJECTED,

	/** One of the members adding most to an item that disagrees. */
	LARGEST_CONTRIBUTOR;

	/** The word written in {@code reconciliation-members.csv}. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

}
