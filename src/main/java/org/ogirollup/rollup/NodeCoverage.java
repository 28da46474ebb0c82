package org.ogirollup.rollup;

import org.ogirollup.registry.Unit;

/**
 * How completely a government's subtree (itself included) reported in a year, counted in units.
 *
 * @param node the government
 * @param expected units in the registry
 * @param accepted units whose own submission was accepted
 * @param rejected units that submitted but were rejected
 */
public record NodeCoverage(Unit node, int expected, int accepted, int rejected) {

	/** Units that sent no own submission at all. */
	public int missing() {
		return this.expected - this.accepted - this.rejected;
	}

}
