package org.ogirollup.submission.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.finding.Severity;
import org.ogirollup.registry.Unit;
import org.ogirollup.submission.BlankTotals;
import org.ogirollup.submission.FieldLimits;
import org.ogirollup.submission.Scope;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.SubmissionRead;
import org.ogirollup.submission.Value;
import org.ogirollup.text.Excerpt;

/** Collects the rows of one CSV submission and what is wrong with them. */
final class SubmissionBuilder {

	/** Beyond this many missing items one summary finding says the rest. */
	private static final int MISSING_ITEMS_LISTED = 20;

	private final String source;

	private final String unitCode;

	private final int year;

	/** The year as the report_year column should spell it. */
	private final String yearText;

	private final Catalog catalog;

	private final int firstLine;

	private final Value[] values;

	/** The line each item was first given on, 0 until then, whether or not its value could be read. */
	private final int[] firstLines;

	private final List<Finding> findings = new ArrayList<>();

	private final Scope scope;

	/** Said once per submission, not once per row. */
	private YearMismatch yearMismatch;

	/** Rows read, of every year. */
	private int rows;

	private record YearMismatch(int firstLine, String reportYear, String firstItem, int rows, boolean oneYear) {

		YearMismatch andOneMore(String year) {
			return new YearMismatch(this.firstLine, this.reportYear, this.firstItem, this.rows + 1,
					this.oneYear && this.reportYear.equals(year));
		}

		/** The year every row names when all name the same one, as a number, else 0. */
		int otherYear() {
			return (this.oneYear && this.reportYear.matches("(19|20)\\d{2}")) ? Integer.parseInt(this.reportYear) : 0;
		}

		/** The item is named when only one row is wrong. */
		List<String> items() {
			return (this.rows == 1) ? List.of(this.firstItem) : List.of();
		}

	}

	/** Set when the file broke part-way: what was read stays out of every total, and nothing is missing. */
	private boolean broken;

	SubmissionBuilder(String source, String unitCode, int year, String scopeLabel, Catalog catalog, int firstLine) {
		this.source = source;
		this.unitCode = unitCode;
		this.year = year;
		this.yearText = String.valueOf(year);
		this.catalog = catalog;
		this.firstLine = firstLine;
		this.values = new Value[catalog.size()];
		this.firstLines = new int[catalog.size()];
		Optional<Scope> scope = Scope.fromLabel(scopeLabel);
		this.scope = scope.orElse(Scope.OWN);
		if (scope.isEmpty()) {
			error(firstLine, RuleIds.UNKNOWN_SCOPE, List.of(),
					"报送范围 scope 应为 own 或 consolidated，实为 '" + Excerpt.of(scopeLabel) + "'");
		}
	}

	/**
	 * A unit code as it can be kept: codes longer than any real one are cut, and the cut code
	 * ({@code ...…}) can never be taken for a unit of the registry.
	 */
	static String boundedUnitCode(String written) {
		return Excerpt.cut(written, Unit.MAX_CODE_LENGTH);
	}

	/** Says so when the unit code as written was too long to keep whole. */
	SubmissionBuilder checkedCode(String written, int line) {
		if (written.length() > Unit.MAX_CODE_LENGTH) {
			error(line, RuleIds.FIELD_TOO_LONG, List.of(), "单位代码过长（" + written.length() + " 个字符，最多 "
					+ Unit.MAX_CODE_LENGTH + " 个）：'" + Excerpt.of(written) + "'");
		}
		return this;
	}

	/** The file broke part-way: the submission is rejected for that reason, not for what it lacks. */
	void broken(int line, String message) {
		this.broken = true;
		error((line > 0) ? line : this.firstLine, RuleIds.UNREADABLE_FILE, List.of(), message);
	}

	void accept(int line, String reportYear, String code, String text) {
		this.rows++;
		if (!this.yearText.equals(reportYear)) {
			this.yearMismatch = (this.yearMismatch == null)
					? new YearMismatch(line, Excerpt.of(reportYear), Excerpt.cut(code, FieldLimits.ITEM_CODE), 1, true)
					: this.yearMismatch.andOneMore(reportYear);
		}
		Optional<Item> known = this.catalog.item(code);
		if (known.isEmpty()) {
			error(line, RuleIds.UNKNOWN_ITEM, List.of(Excerpt.cut(code, FieldLimits.ITEM_CODE)),
					"统计项代码 '" + Excerpt.of(code) + "' 不在 " + this.catalog.format() + " 格式的目录中");
			return;
		}
		Item item = known.get();
		if (this.firstLines[item.index()] != 0) {
			error(line, RuleIds.DUPLICATE_ITEM, List.of(code), item.label() + " 重复填报（首次在第 "
					+ this.firstLines[item.index()] + " 行）");
			return;
		}
		this.firstLines[item.index()] = line;
		String value = text.strip();
		if (value.isEmpty()) {
			this.values[item.index()] = Value.blank(line, code);
			warning(line, RuleIds.BLANK_VALUE, List.of(code), item.label() + " 未填写，按 0 计");
		}
		else if (value.equals("-")) {
			this.values[item.index()] = Value.notApplicable(line, code);
			warning(line, RuleIds.NOT_APPLICABLE, List.of(code), item.label() + " 填写为“不适用”（-），不计入合计");
		}
		else if (value.length() > FieldLimits.VALUE_TEXT) {
			error(line, RuleIds.FIELD_TOO_LONG, List.of(code), item.label() + " 的值过长（" + value.length()
					+ " 个字符），不是可读的数值：'" + Excerpt.of(value) + "'");
		}
		else if (isPlainDecimal(value)) {
			BigDecimal number = number(value);
			String implausible = FieldLimits.implausible(number, item);
			if (implausible != null) {
				error(line, RuleIds.IMPLAUSIBLE_VALUE, List.of(code), item.label() + " 的" + implausible);
			}
			else {
				this.values[item.index()] = Value.given(number, line, code);
			}
		}
		else {
			error(line, RuleIds.NOT_A_NUMBER, List.of(code), item.label() + " 的值 '" + value + "' 不是数字");
		}
	}

	/**
	 * Plain decimal notation only, {@code [+-]?digits(.digits)?}: no exponents, no thousands
	 * separators, which BigDecimal would read or reject differently.
	 */
	static boolean isPlainDecimal(String text) {
		int start = (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
		int point = text.indexOf('.', start);
		int end = (point < 0) ? text.length() : point;
		return digitsOnly(text, start, end) && (point < 0 || digitsOnly(text, point + 1, text.length()));
	}

	/**
	 * The value of plain decimal text; whole numbers, nearly every value of a report, go through a
	 * long, which costs a fraction of BigDecimal's own parsing and reuses its cached small values.
	 */
	private static BigDecimal number(String plainDecimal) {
		if (plainDecimal.length() <= 18 && plainDecimal.indexOf('.') < 0) {
			return BigDecimal.valueOf(Long.parseLong(plainDecimal));
		}
		return new BigDecimal(plainDecimal);
	}

	private static boolean digitsOnly(String text, int start, int end) {
		if (start >= end) {
			return false;
		}
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	void error(int line, String ruleId, List<String> items, String message) {
		this.findings.add(new Finding(at(line), this.unitCode, this.year, ruleId, Severity.ERROR, items, message));
	}

	private void warning(int line, String ruleId, List<String> items, String message) {
		this.findings.add(new Finding(at(line), this.unitCode, this.year, ruleId, Severity.WARNING, items, message));
	}

	private String at(int line) {
		return this.source + ":" + line;
	}

	SubmissionRead build() {
		if (this.yearMismatch != null && this.yearMismatch.rows() == this.rows && this.yearMismatch.otherYear() != 0
				&& !this.broken) {
			return ofAnotherYear(this.yearMismatch.otherYear());
		}
		for (BlankTotals.GroupMismatch mismatch : BlankTotals.settleGroups(this.catalog, this.values)) {
			warning(this.firstLine, RuleIds.GROUP_SUBTOTAL, List.of(mismatch.group().code().value()), mismatch.group().label()
					+ " 填报为 " + mismatch.given().toPlainString() + "，与其三个分项之和 " + mismatch.sum().toPlainString()
					+ " 不符；合计以分项为准");
		}
		this.catalog.derivedSums().keySet().stream().filter((group) -> this.values[group.index()] != null).findFirst()
			.ifPresent((group) -> warning(this.firstLine, RuleIds.FORMAT_DIFFERS, List.of(), "（六）其他处理按 2019 年格式只填了一行，"
					+ "未分为 2021 年格式的三个分项；计入合计时归入“3.其他”"));
		BlankTotals.derive(this.catalog, this.values).forEach(this::sayDerived);
		if (this.yearMismatch != null) {
			error(this.yearMismatch.firstLine(), RuleIds.YEAR_MISMATCH, this.yearMismatch.items(),
					"报告年度为 '" + this.yearMismatch.reportYear() + "'（共 " + this.yearMismatch.rows() + " 行），与所在文件夹的年度 "
							+ this.year + " 不符");
		}
		List<Item> missing = this.broken ? List.of()
				: this.catalog.items()
					.stream()
					.filter((item) -> this.values[item.index()] == null && !BlankTotals.mayBeAbsent(item, this.values))
					.toList();
		for (Item item : missing.subList(0, Math.min(missing.size(), MISSING_ITEMS_LISTED))) {
			if (hasFindingOn(item)) {
				continue;
			}
			error(this.firstLine, RuleIds.MISSING_ITEM, List.of(item.code().value()), "缺少统计项 " + item.label());
		}
		if (missing.size() > MISSING_ITEMS_LISTED) {
			error(this.firstLine, RuleIds.MISSING_ITEM, List.of(), "共缺少 " + missing.size() + " 个统计项（以上列出前 "
					+ MISSING_ITEMS_LISTED + " 个）");
		}
		Submission submission = new Submission(this.unitCode, this.year, this.scope, this.catalog, this.source,
				this.firstLine, this.values);
		return new SubmissionRead(submission, this.findings);
	}

	/**
	 * Every row names one other year: a file of that year put in this year's folder. One finding
	 * says so, instead of the dozens this year's catalog and rules would raise on it.
	 */
	private SubmissionRead ofAnotherYear(int otherYear) {
		Finding finding = new Finding(at(this.firstLine), this.unitCode, this.year, RuleIds.OTHER_YEAR, Severity.ERROR,
				List.of(), "该文件的数据属于 " + otherYear + " 年度（共 " + this.rows + " 行），不应放在 " + this.year
						+ " 目录；请移到 " + otherYear + " 年度的文件夹");
		Submission submission = Submission.unread(this.unitCode, this.year, this.scope, this.source);
		return new SubmissionRead(submission, List.of(finding), otherYear);
	}

	/** A blank total was not read as 0 but derived from its parts: the warning says so. */
	private void sayDerived(Item total, BigDecimal sum) {
		String code = total.code().value();
		this.findings.replaceAll((finding) -> {
			boolean onTotal = finding.ruleId().equals(RuleIds.BLANK_VALUE) && finding.items().equals(List.of(code));
			return onTotal ? new Finding(finding.source(), finding.unitCode(), finding.reportYear(), finding.ruleId(),
					finding.severity(), finding.items(), total.label() + " 未填写，按各分项之和计为 " + sum.toPlainString())
					: finding;
		});
	}

	/** A cell with a value that could not be read is reported as such, not also as missing. */
	private boolean hasFindingOn(Item item) {
		String code = item.code().value();
		return this.findings.stream().anyMatch((finding) -> finding.items().contains(code));
	}

}
