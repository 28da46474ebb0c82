package org.ogirollup.store;

import java.math.BigDecimal;

import org.ogirollup.submission.Value;

/**
 * Packs a submission's values into one text column and back: numbers in catalog order separated
 * by commas, an empty field for a cell that is absent or not applicable (it adds nothing).
 */
final class CellValues {

	private CellValues() {
	}

	static String encode(Value[] values) {
		StringBuilder text = new StringBuilder(values.length * 3);
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				text.append(',');
			}
			if (values[i] != null && values[i].number() != null) {
				append(text, values[i].number());
			}
		}
		return text.toString();
	}

	static String encode(Iterable<BigDecimal> numbers) {
		StringBuilder text = new StringBuilder();
		for (BigDecimal number : numbers) {
			if (!text.isEmpty()) {
				text.append(',');
			}
			append(text, number);
		}
		return text.toString();
	}

	/** Whole numbers, nearly all of them, are written as a long without making a String first. */
	private static void append(StringBuilder text, BigDecimal number) {
		if (number.scale() == 0 && number.precision() <= 18) {
			text.append(number.longValue());
		}
		else {
			text.append(number.toPlainString());
		}
	}

	static BigDecimal[] decode(String text, int size) {
		BigDecimal[] numbers = new BigDecimal[size];
		int start = 0;
		for (int i = 0; i < size; i++) {
			int end = text.indexOf(',', start);
			if (end < 0) {
				end = text.length();
			}
			if (end > start) {
				numbers[i] = parse(text, start, end);
			}
			start = end + 1;
		}
		return numbers;
	}

	/** Whole numbers, nearly all of them, skip BigDecimal's general parser. */
	private static BigDecimal parse(String text, int start, int end) {
		boolean whole = end - start < 18;
		for (int i = start; whole && i < end; i++) {
			whole = text.charAt(i) != '.';
		}
		return whole ? BigDecimal.valueOf(Long.parseLong(text, start, end, 10))
				: new BigDecimal(text.substring(start, end));
	}

}
