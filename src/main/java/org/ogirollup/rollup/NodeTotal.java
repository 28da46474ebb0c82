package org.ogirollup.rollup;

import java.math.BigDecimal;
import java.util.List;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.registry.Unit;

/**
 * The totals of one government node: every item of the year's catalog summed over the accepted
 * own submissions of its whole subtree, the node itself included.
 *
 * @param node the government
 * @param catalog the catalog the values follow
 * @param values one total per catalog item, in catalog order
 */
public record NodeTotal(Unit node, Catalog catalog, List<BigDecimal> values) {

	public NodeTotal {
		values = List.copyOf(values);
	}

	/** The values as an array in catalog order, as the comparison functions take them. */
	public BigDecimal[] valueArray() {
		return this.values.toArray(BigDecimal[]::new);
	}

}
