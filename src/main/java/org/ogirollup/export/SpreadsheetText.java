package org.ogirollup.export;

import java.util.regex.Pattern;

/**
 * Text as a spreadsheet must show it: Excel and WPS run a cell that starts with {@code =},
 * {@code +}, {@code -} or {@code @} (or a tab or carriage return before one) as a formula, so a
 * unit named {@code =HYPERLINK(...)} in a registry would run on an analyst's machine. Such text
 * gets a leading apostrophe, as OWASP recommends for CSV; a number stays a number ({@code -5} is
 * a decrease, not a formula).
 */
public final class SpreadsheetText {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	/** A plain number as the tables write them: a sign, digits, decimals, maybe a per cent. */
	private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?%?");

	private SpreadsheetText() {
	}

	/** The text to write into a cell so that it is shown, never run. */
	public static String safe(String text) {
		if (text == null || text.isEmpty() || FORMULA_STARTS.indexOf(text.charAt(0)) < 0
				|| PLAIN_NUMBER.matcher(text).matches()) {
			return text;
		}
		return "'" + text;
	}

}
