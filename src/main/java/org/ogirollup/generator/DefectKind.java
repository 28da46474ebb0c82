package org.ogirollup.generator;

/**
 * The kinds of error a generator can plant, each one the validation must report; the manifest
 * names them by {@link #label()}: the rule id of {@code spec/rules.md} for the arithmetic rules.
 */
public enum DefectKind {

	/** {@code apply.new} raised in one column and its total: R1 breaks there and in the total column; R2, R3 hold. */
	R1("R1"),

	/** An outcome row's total column raised by one: R2 breaks for that row, R3 in the total column. */
	R2("R2"),

	/** One outcome cell and its row total raised: R3 breaks in that column and the total column; R1, R2 hold. */
	R3("R3"),

	/** {@code review.total} raised by one: R5 breaks for the review group only. */
	R5("R5"),

	/** An outcome cell set to −1, the balance moved to another outcome: only R6 breaks. */
	R6("R6"),

	/** A count written with a decimal ({@code 3.5}) in a {@code *.decisions} cell, outside every equation. */
	DECIMAL_IN_COUNT("decimal_in_count"),

	/** A value that is no number ({@code #REF!}) in a {@code *.decisions} cell. */
	NON_NUMBER("non_number"),

	/** A zero cell of section 三 left empty: a warning, the submission is still accepted. */
	BLANK_VALUE("blank_value"),

	/** The row of a {@code *.decisions} item removed. */
	MISSING_ITEM("missing_item"),

	/** An extra row with a misspelt item code and value 0. */
	UNKNOWN_ITEM("unknown_item"),

	/** A whole submission, in its own file, for a department code the registry does not have. */
	UNKNOWN_UNIT("unknown_unit"),

	/** Every row of the submission says the year after its folder. */
	YEAR_MISMATCH("year_mismatch"),

	/** The same submission again in {@code <unit>-copy.csv}: both copies are in error. */
	DUPLICATE_SUBMISSION("duplicate_submission"),

	/**
	 * One application moved from {@code apply.new} to {@code apply.carried_in} in one column: the
	 * report still balances, but no longer carries in what last year's carried out (X1, a warning).
	 * Planted only where last year's own submission of the unit is clean.
	 */
	X1("X1");

	private final String label;

	DefectKind(String label) {
		this.label = label;
	}

	/** The word in the manifest's {@code kind} column. */
	public String label() {
		return this.label;
	}

	/** Whether the defect is a warning rather than an error. */
	public boolean isWarning() {
		return this == BLANK_VALUE || this == X1;
	}

}
