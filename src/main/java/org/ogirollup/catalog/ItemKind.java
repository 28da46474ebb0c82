package org.ogirollup.catalog;

/** What kind of number a catalog cell holds, as the catalog's {@code kind} column says. */
public enum ItemKind {

	/** A non-negative whole number of applications, documents or items. */
	COUNT,

	/** A non-negative whole number that the table defines as the sum of other cells. */
	COUNT_TOTAL,

	/** A signed whole number: the change of a count over the year (本年增/减). */
	SIGNED_DELTA,

	/** A non-negative amount of money in the catalog's unit, with decimals. */
	MONEY,

	/**
	 * Not a cell of the official table but a sum the rules define over cells (rules.md D4: the
	 * group （六）其他处理 of the 2021 format): never expected in a submission, given only by a
	 * report whose table 三 prints the group as one row, as the 2019 format does.
	 */
	DERIVED;

	/** Whether values of this kind must be whole numbers. */
	public boolean isWhole() {
		return this != MONEY;
	}

	/** Whether values of this kind may be negative. */
	public boolean isSigned() {
		return this == SIGNED_DELTA;
	}

	static ItemKind fromCatalog(String kind) {
		return valueOf(kind.trim().toUpperCase(java.util.Locale.ROOT));
	}

}
