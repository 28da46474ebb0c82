package org.ogirollup.submission.pdf;

import java.util.regex.Pattern;

/**
 * Whether a cell's text is a value, as a reader of the table would tell: a number as the
 * reports print them (signed, 增/减, decimals, a unit after it), a placeholder for "none", or
 * nothing. Only to tell value cells from labels and header rows; the text itself stays as
 * printed for the shared step to read.
 */
final class ValueText {

	private static final Pattern NUMBER = Pattern
		.compile("[+\\-−－]?[增减]?[+\\-−－]?[0-9０-９][0-9０-９,，]*([.．][0-9０-９]+)?(万元|元|件|项|个|%|％)?");

	private static final Pattern PLACEHOLDER = Pattern.compile("[-—–－/／\\\\×*]{1,3}|无");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000\\u200B]+");

	private ValueText() {
	}

	static boolean isBlank(String text) {
		return SPACES.matcher(text).replaceAll("").isEmpty();
	}

	/** A number, written with digits, as a value cell holds it. */
	static boolean isNumber(String text) {
		return NUMBER.matcher(SPACES.matcher(text).replaceAll("")).matches();
	}

	/** What a value cell may hold: a number, a placeholder for none, or nothing. */
	static boolean isValueLike(String text) {
		String bare = SPACES.matcher(text).replaceAll("");
		return bare.isEmpty() || NUMBER.matcher(bare).matches() || PLACEHOLDER.matcher(bare).matches();
	}

}
