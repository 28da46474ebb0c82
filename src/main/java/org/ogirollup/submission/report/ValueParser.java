package org.ogirollup.submission.report;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ItemKind;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.finding.Severity;
import org.ogirollup.submission.FieldLimits;
import org.ogirollup.submission.Value;
import org.ogirollup.text.Excerpt;

/**
 * Reads one cell as written in a report (already folded) into the number the catalog item
 * holds: signs written as 增/减, money units converted to the catalog's unit.
 */
final class ValueParser {


	private static final Pattern NUMBER = Pattern.compile("(增|减|\\+|-)?(\\d+(?:\\.\\d+)?)(万元|元)?");

	private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(\\D|$))");

	private static final Pattern NOT_APPLICABLE = Pattern.compile("[-/—–\\\\]+");

	static final String YUAN = "元";

	static final String WAN_YUAN = "万元";

	private ValueParser() {
	}

	/**
	 * A cell read: its state and number, and a note when the reading deserves a finding.
	 * @param state given, blank or not applicable; {@code null} when the cell is not a number
	 * @param number the number in the catalog unit, {@code null} unless given or blank
	 * @param ruleId the rule of the note, {@code null} when there is none
	 * @param severity the severity of the note
	 * @param note what the note says
	 */
	record Parsed(Value.State state, BigDecimal number, String ruleId, Severity severity, String note) {

		static Parsed of(BigDecimal number) {
			return new Parsed(Value.State.GIVEN, number, null, null, null);
		}

		Parsed withNote(String rule, Severity weight, String text) {
			return new Parsed(this.state, this.number, rule, weight, text);
		}

		boolean isNumber() {
			return this.state != null;
		}

	}

	/** Reads a cell; {@code null} or an empty text is a blank cell. */
	static Parsed parse(String written, Item item) {
		return parse(written, item, null);
	}

	/**
	 * Reads a cell whose column header may name a money unit, such as 采购总金额（万元）.
	 * @param headerUnit 元 or 万元 as the report's header says, {@code null} when it says none
	 */
	static Parsed parse(String written, Item item, String headerUnit) {
		String text = (written != null) ? Folding.compact(written) : "";
		if (text.isEmpty()) {
			return new Parsed(Value.State.BLANK, BigDecimal.ZERO, RuleIds.BLANK_VALUE, Severity.WARNING, "空白，按 0 计");
		}
		if (text.length() > FieldLimits.VALUE_TEXT) {
			return new Parsed(null, null, RuleIds.FIELD_TOO_LONG, Severity.ERROR, "值过长（" + text.length()
					+ " 个字符），不是可读的数值：'" + Excerpt.of(text) + "'");
		}
		if (NOT_APPLICABLE.matcher(text).matches()) {
			return new Parsed(Value.State.NOT_APPLICABLE, null, RuleIds.NOT_APPLICABLE, Severity.WARNING,
					"“" + text + "”，按“不适用”处理，不计入合计");
		}
		Matcher number = NUMBER.matcher(THOUSANDS.matcher(text).replaceAll(""));
		if (!number.matches()) {
			return new Parsed(null, null, RuleIds.NOT_A_NUMBER, Severity.ERROR, "“" + Excerpt.of(text) + "”不是数值");
		}
		BigDecimal amount = new BigDecimal(number.group(2));
		String sign = number.group(1);
		if ("减".equals(sign) || "-".equals(sign)) {
			amount = amount.negate();
		}
		Parsed parsed = (item.kind() != ItemKind.MONEY) ? Parsed.of(amount)
				: money(amount, (number.group(3) != null) ? number.group(3) : headerUnit, item, text);
		String implausible = FieldLimits.implausible(parsed.number(), item);
		return (implausible == null) ? parsed
				: new Parsed(null, null, RuleIds.IMPLAUSIBLE_VALUE, Severity.ERROR, implausible);
	}

	private static Parsed money(BigDecimal amount, String writtenUnit, Item item, String text) {
		if (YUAN.equals(item.unit())) {
			if (WAN_YUAN.equals(writtenUnit)) {
				return Parsed.of(plain(amount.movePointRight(4)));
			}
			if (writtenUnit == null && amount.signum() != 0) {
				return Parsed.of(amount)
					.withNote(RuleIds.MONEY_UNIT_UNKNOWN, Severity.WARNING,
							"“" + text + "”在单元格和表头中都没有写单位（元或万元），按元计");
			}
			return Parsed.of(amount);
		}
		if (WAN_YUAN.equals(item.unit()) && YUAN.equals(writtenUnit)) {
			BigDecimal converted = plain(amount.movePointLeft(4));
			return Parsed.of(converted)
				.withNote(RuleIds.MONEY_UNIT_CONVERTED, Severity.WARNING, "“" + text + "”以元为单位，而表格要求万元：按 "
						+ converted.toPlainString() + " 万元计");
		}
		return Parsed.of(amount);
	}

	/** Keeps numbers such as 5万元 from turning into 5E+4. */
	private static BigDecimal plain(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
