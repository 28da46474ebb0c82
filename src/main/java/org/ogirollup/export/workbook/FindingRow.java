package org.ogirollup.export.workbook;

import java.math.BigDecimal;

import org.ogirollup.finding.Finding;
import org.ogirollup.finding.RuleIds;

/**
 * A finding as the workbooks list it: the row of {@code validation.csv} with the names a person
 * reads beside the codes, the cells in the report's words, the two sides of a broken equation as
 * numbers, and the suggested fix of the submission it is on.
 *
 * @param finding the finding as {@code validation.csv} has it
 * @param unitName the unit's name, empty when the registry does not know it
 * @param province the province the unit belongs to (itself included), empty where there is none
 * @param city the city, likewise
 * @param county the county, likewise
 * @param tables the tables of its cells, such as 表三
 * @param rows the rows of its cells, such as 三、（一）予以公开
 * @param columns the columns of its cells, such as 自然人、总计
 * @param left the left side of a broken equation, {@code null} for any other finding
 * @param right its right side, likewise
 * @param suggestion the suggested fix (the message of the submission's {@code suggested-fix} or
 * {@code no-small-fix} finding) for a finding of a rule that the fix keeps, else empty
 */
public record FindingRow(Finding finding, String unitName, String province, String city, String county,
		String tables, String rows, String columns, BigDecimal left, BigDecimal right, String suggestion) {

	/** Left minus right, {@code null} without sides. */
	public BigDecimal difference() {
		return (this.left != null && this.right != null) ? this.left.subtract(this.right) : null;
	}

	/** Whether the finding is a submission's suggested fix (or says that no small fix exists). */
	public boolean isSuggestion() {
		return isSuggestion(this.finding);
	}

	static boolean isSuggestion(Finding finding) {
		return finding.ruleId().equals(RuleIds.SUGGESTED_FIX) || finding.ruleId().equals(RuleIds.NO_SMALL_FIX);
	}

	/** The file of the finding's source, without its line. */
	public String sourceFile() {
		return sourceFile(this.finding.source());
	}

	static String sourceFile(String source) {
		int colon = source.lastIndexOf(':');
		if (colon > 0 && colon < source.length() - 1 && source.substring(colon + 1).chars().allMatch(Character::isDigit)) {
			return source.substring(0, colon);
		}
		return source;
	}

}
