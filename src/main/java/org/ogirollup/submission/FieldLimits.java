package org.ogirollup.submission;

import java.math.BigDecimal;

import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ItemKind;

/**
 * How long a field of a submission may be and how large a number, checked when the field is
 * read: beyond these a value is a finding on its submission, never a database error, a run that
 * hangs in a number parser or a province total of 10<sup>20</sup>. The bounds are far beyond what
 * any real report holds.
 */
public final class FieldLimits {

	/** The longest item code: the catalog's longest is about 60 characters. */
	public static final int ITEM_CODE = 100;

	/** The longest value as written, signs, units and separators included. */
	public static final int VALUE_TEXT = 40;

	/** The longest label a reader keeps of a row or a cell, for messages. */
	public static final int LABEL = 500;

	/**
	 * The largest count one unit can plausibly report in one cell: the busiest bodies decide some
	 * millions of 行政许可 a year, no unit a billion.
	 */
	public static final BigDecimal LARGEST_COUNT = new BigDecimal("999999999");

	/** The largest amount of money, in the catalog's unit (元 or 万元): ten trillion. */
	public static final BigDecimal LARGEST_MONEY = new BigDecimal("9999999999999");

	/** Decimal places of money: 万元 with six places is what reports print (24252.311082). */
	public static final int MONEY_DECIMALS = 8;

	private FieldLimits() {
	}

	/**
	 * What is implausible about a number read for an item, in Chinese; {@code null} when it is
	 * within bounds.
	 */
	public static String implausible(BigDecimal number, Item item) {
		if (item.kind() == ItemKind.MONEY) {
			if (number.abs().compareTo(LARGEST_MONEY) > 0) {
				return "金额 " + shown(number) + " 超出合理范围（最大 " + LARGEST_MONEY.toPlainString() + " " + item.unit() + "）";
			}
			if (number.stripTrailingZeros().scale() > MONEY_DECIMALS) {
				return "金额 " + shown(number) + " 的小数位超过 " + MONEY_DECIMALS + " 位";
			}
			return null;
		}
		if (number.abs().compareTo(LARGEST_COUNT) > 0) {
			return "数值 " + shown(number) + " 超出一个单位一年可能的数量（最大 " + LARGEST_COUNT.toPlainString() + "）";
		}
		return null;
	}

	private static String shown(BigDecimal number) {
		return org.ogirollup.text.Excerpt.of(number.toPlainString());
	}

}
