package org.ogirollup.localisation;

import java.math.BigDecimal;

/**
 * How a reported number differs from the one a fix suggests, when it looks like a typing slip:
 * two neighbouring digits swapped (152 typed as 125) or one digit wrong (69 typed as 59, 1 as 7).
 * Such a fix is likelier than one that needs an arbitrary new number, so it is preferred.
 */
public enum DigitSlip {

	/** Two neighbouring digits swapped. */
	TRANSPOSITION("数字颠倒"),

	/** One digit wrong, the others as reported. */
	ONE_DIGIT("错写一位数字"),

	/** Neither: the number differs otherwise. */
	NONE("");

	private final String words;

	DigitSlip(String words) {
		this.words = words;
	}

	/** The slip as a clerk reads it, empty for none. */
	public String words() {
		return this.words;
	}

	/** The slip that turns one whole non-negative number into the other, if any. */
	public static DigitSlip between(BigDecimal reported, BigDecimal suggested) {
		String from = digits(reported);
		String to = digits(suggested);
		if (from == null || to == null || from.length() != to.length() || from.equals(to)) {
			return NONE;
		}
		int first = -1;
		int differing = 0;
		for (int i = 0; i < from.length(); i++) {
			if (from.charAt(i) != to.charAt(i)) {
				differing++;
				first = (first < 0) ? i : first;
			}
		}
		if (differing == 1) {
			return ONE_DIGIT;
		}
		boolean swapped = differing == 2 && first + 1 < from.length() && from.charAt(first) == to.charAt(first + 1)
				&& from.charAt(first + 1) == to.charAt(first);
		return swapped ? TRANSPOSITION : NONE;
	}

	/** The slip of a fix as a whole: the weakest of its cells' slips. */
	static DigitSlip weakest(Iterable<DigitSlip> slips) {
		DigitSlip weakest = TRANSPOSITION;
		for (DigitSlip slip : slips) {
			weakest = (slip.ordinal() > weakest.ordinal()) ? slip : weakest;
		}
		return weakest;
	}

	private static String digits(BigDecimal number) {
		if (number == null || number.signum() < 0) {
			return null;
		}
		BigDecimal whole = number.stripTrailingZeros();
		return (whole.scale() <= 0) ? whole.toBigIntegerExact().toString() : null;
	}

}
