package org.ogirollup.localisation;

import java.math.BigDecimal;
import java.util.Objects;

import org.ogirollup.catalog.Item;

/**
 * One cell a fix changes: what the submission says and what would make the rules hold.
 *
 * @param item the cell
 * @param reported the number the rules used: the value given, 0 for a blank or absent cell
 * @param given whether a number was written (false for a blank or absent cell)
 * @param suggested the number that, with the fix's other changes, makes every rule hold
 * @param slip whether the reported number looks like a slip of the suggested one
 */
public record CellChange(Item item, BigDecimal reported, boolean given, BigDecimal suggested, DigitSlip slip) {

	public CellChange {
		Objects.requireNonNull(item, "item");
		Objects.requireNonNull(reported, "reported");
		Objects.requireNonNull(suggested, "suggested");
		Objects.requireNonNull(slip, "slip");
	}

	/** Suggested minus reported. */
	public BigDecimal difference() {
		return this.suggested.subtract(this.reported);
	}

	/** The catalog code of the cell, as findings list it. */
	public String code() {
		return this.item.code().value();
	}

}
