package org.ogirollup.finding;

/**
 * Every rule id a finding can carry, as written in the {@code rule_id} column of
 * {@code validation.csv}: the one place they are defined. The within-report arithmetic rules keep
 * the ids of {@code spec/rules.md} and live in the rule files ({@code rules/rules-<format>.yml});
 * the cross-year rules and the project's own checks are here.
 */
public final class RuleIds {

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

	/** A file whose data all belongs to another year than its folder's (error, the file's alone). */
	public static final String OTHER_YEAR = "other-year-file";

	/** A scope other than {@code own} or {@code consolidated}. */
	public static final String UNKNOWN_SCOPE = "unknown-scope";

	/** A report year that no official format covers. */
	public static final String NO_FORMAT = "no-format";

	/** Two submissions for the same unit, year and scope. */
	public static final String DUPLICATE_SUBMISSION = "duplicate-submission";

	/** A field longer than any real one: a unit or item code, a value (error). */
	public static final String FIELD_TOO_LONG = "field-too-long";

	/** A number beyond what one unit can report in a year (error). */
	public static final String IMPLAUSIBLE_VALUE = "implausible-value";

	/** A file that holds no submission at all: empty, or a header only (error). */
	public static final String EMPTY_FILE = "empty-file";

	/** A file too large to be a submission (error). */
	public static final String FILE_TOO_LARGE = "file-too-large";

	/** A link that leads outside the input folder: refused (error). */
	public static final String LINK_OUTSIDE_INPUT = "link-outside-input";

	/** A folder of the input that is not a report year, or a folder inside a year folder (warning). */
	public static final String NOT_A_YEAR_FOLDER = "not-a-year-folder";

	/** A file the run saw but could not store: its submissions are rejected (error). */
	public static final String NOT_STORED = "not-stored";

	/** The tables follow the other format than the one prescribed for the report year (warning). */
	public static final String FORMAT_DIFFERS = "format-differs-from-year";


	/** A row the format does not have, such as 小计: kept out of the values (warning). */
	public static final String EXTRA_ROW = "extra-row";

	/** Digits run together that the table's arithmetic splits in more than one way, or none (error). */
	public static final String AMBIGUOUS_CELLS = "ambiguous-cells";

	/** A row with more cells than the format has (error) or fewer (warning, read as blank). */
	public static final String CELL_COUNT = "cell-count";

	/** A money value written in another unit than the catalog's, converted (rules.md R16). */
	public static final String MONEY_UNIT_CONVERTED = "R16";

	/** F2019 leaves the procurement unit open: a bare amount might be 元 or 万元 (rules.md R13). */
	public static final String MONEY_UNIT_UNKNOWN = "R13";

	/**
	 * A group subtotal given beside its parts (rules.md R4, warning): checked against their sum and
	 * then left out, as the official tables have no such cell.
	 */
	public static final String GROUP_SUBTOTAL = "R4";

	/** Carried in this year is not what was carried out last year (rules.md X1, warning). */
	public static final String CARRY_OVER = "X1";

	/** F2019 items of last year plus their change are not this year's items (rules.md X2, warning). */
	public static final String ITEMS_CARRIED = "X2";

	/** Documents in force last year plus issued less repealed are not in force now (rules.md X3, warning). */
	public static final String IN_FORCE_CARRIED = "X3";

	/** A key count jumped between years beyond the thresholds of {@code JumpThreshold} (warning). */
	public static final String JUMP = "J1";

	/**
	 * The cells that are probably wrong in a submission that breaks linear rules, and the values
	 * that make every rule hold, or the equally small fixes to choose from (warning; issue 16).
	 */
	public static final String SUGGESTED_FIX = "suggested-fix";

	/** A submission that breaks linear rules has no fix of a few cells: the errors are many (warning). */
	public static final String NO_SMALL_FIX = "no-small-fix";

	private RuleIds() {
	}

}
