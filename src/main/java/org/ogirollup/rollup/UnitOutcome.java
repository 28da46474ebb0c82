package org.ogirollup.rollup;

/** What became of a unit's own submission for a year. */
public enum UnitOutcome {

	/** Its own submission is in the totals. */
	ACCEPTED,

	/** It submitted, but nothing it submitted could be accepted (duplicates included). */
	REJECTED

}
