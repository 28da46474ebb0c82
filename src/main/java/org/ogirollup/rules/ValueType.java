package org.ogirollup.rules;

import java.math.BigDecimal;
import java.util.Locale;

/** The kinds of number a value-type rule demands of its cells. */
public enum ValueType {

	/** Counts: whole and not below zero. "3.0" is whole. */
	NON_NEGATIVE_INTEGER("非负整数"),

	/** Signed changes such as 本年增/减: whole, may be negative. */
	INTEGER("整数"),

	/** Money: any number not below zero. */
	NON_NEGATIVE_DECIMAL("非负数");

	private final String words;

	ValueType(String words) {
		this.words = words;
	}

	/** What the value should be, as a clerk reads it. */
	public String words() {
		return this.words;
	}

	/** Whether a number is of this type. */
	public boolean accepts(BigDecimal number) {
		boolean nonNegative = number.signum() >= 0;
		boolean whole = number.stripTrailingZeros().scale() <= 0;
		return switch (this) {
			case NON_NEGATIVE_INTEGER -> nonNegative && whole;
			case INTEGER -> whole;
			case NON_NEGATIVE_DECIMAL -> nonNegative;
		};
	}

	/** The type named in a rules file, such as {@code non_negative_integer}. */
	public static ValueType fromFile(String name) {
		return valueOf(name.trim().toUpperCase(Locale.ROOT));
	}

}
