package org.ogirollup.text;

/**
 * The beginning of a value for a message: a clerk needs to recognise an oversized or garbled
 * field, not to read ten megabytes of it back, and a message must stay short enough to store.
 */
public final class Excerpt {

	/** Characters of a value a message quotes; enough to recognise any real code or number. */
	public static final int LENGTH = 30;

	private Excerpt() {
	}

	/** The value itself when short, else its first {@value #LENGTH} characters and its length. */
	public static String of(String value) {
		if (value == null) {
			return "";
		}
		if (value.length() <= LENGTH) {
			return value;
		}
		int end = LENGTH;
		if (Character.isHighSurrogate(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(0, end) + "…（共 " + value.length() + " 个字符）";
	}

	/** At most {@code length} characters, for a field that must fit a column: {@code abc…}. */
	public static String cut(String value, int length) {
		if (value == null || value.length() <= length) {
			return value;
		}
		int end = length - 1;
		if (Character.isHighSurrogate(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(0, end) + "…";
	}

}
