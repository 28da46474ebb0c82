package org.ogirollup.rollup;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One item of a region-wide (consolidated) report set against the computed total of its region.
 *
 * @param item the code of the computed catalog
 * @param reported the value the region-wide report gives, {@code null} when it has none for the item
 * @param computed the computed total, {@code null} when absent
 * @param difference {@code reported − computed}, exact; {@code null} when either is absent
 */
public record ReconciliationRow(String item, BigDecimal reported, BigDecimal computed, BigDecimal difference) {

	public ReconciliationRow {
		Objects.requireNonNull(item, "item");
	}

	/** Whether the report and the computed total disagree on this item. */
	public boolean isGap() {
		return this.difference != null && this.difference.signum() != 0;
	}

}
