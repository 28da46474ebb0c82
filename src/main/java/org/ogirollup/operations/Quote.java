package org.ogirollup.operations;

/**
 * Quotes a value in an answer: whole when short, else its first {@value #PREFIX} characters and
 * its length, so that an answer refusing a value never sends back megabytes of it.
 */
final class Quote {

	/** About what a clerk needs to recognise the value. */
	static final int PREFIX = 30;

	private Quote() {
	}

	static String of(String value) {
		int length = value.codePointCount(0, value.length());
		if (length <= PREFIX) {
			return "「" + value + "」";
		}
		return "「" + value.substring(0, value.offsetByCodePoints(0, PREFIX)) + "…」（共 " + length + " 个字符）";
	}

}
