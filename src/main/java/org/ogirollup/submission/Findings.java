package org.ogirollup.submission;

/**
 * The ids of the findings that readers raise, as written in the {@code rule_id} column. The
 * arithmetic rules keep the ids of {@code spec/rules.md}; these are the project's own.
 */
public final class Findings {

	/** The file is not a CSV with the canonical header. */
	public static final String CSV_HEADER = "csv-header";

	/** A CSV row cannot be read (wrong number of columns, no unit code). */
	public static final String CSV_ROW = "csv-row";

	/** The file could not be read at all. */
	public static final String UNREADABLE_FILE = "unreadable-file";

	/** The file is of a kind the pipeline does not read. */
	public static final String UNKNOWN_FILE = "unknown-file";

	/** A text file that holds no report tables. */
	public static final String NOT_A_REPORT = "not-a-report";

	/** The unit is not in the registry. */
	public static final String UNKNOWN_UNIT = "unknown-unit";

	/** An item code that the format's catalog does not have. */
	public static final String UNKNOWN_ITEM = "unknown-item";

	/** A catalog item the submission does not give. */
	public static final String MISSING_ITEM = "missing-item";

	/** The same item given twice in one submission. */
	public static final String DUPLICATE_ITEM = "duplicate-item";

	/** A value that is not a number. */
	public static final String NOT_A_NUMBER = "not-a-number";

	/** A blank value, read as zero. */
	public static final String BLANK_VALUE = "blank-value";

	/** A value marked not applicable ({@code -}), left out of sums. */
	public static final String NOT_APPLICABLE = "not-applicable";

	/** A row whose report year is not the year of its folder. */
	public static final String YEAR_MISMATCH = "year-mismatch";

	/** A scope other than {@code own} or {@code consolidated}. */
	public static final String UNKNOWN_SCOPE = "unknown-scope";

	/** A report year that no official format covers. */
	public static final String NO_FORMAT = "no-format";

	/** Two submissions for the same unit, year and scope. */
	public static final String DUPLICATE_SUBMISSION = "duplicate-submission";

	private Findings() {
	}

}
