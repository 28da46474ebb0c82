package org.ogirollup.submission.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides which official row a label written in a report stands for, tolerating numbering
 * styles, instructions in parentheses, added words and small typos.
 */
final class LabelMatcher {

	private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");

	/** A parenthesis cut off by a line end or a truncated header: drop from it to the end. */
	private static final Pattern OPEN_PARENTHESIS = Pattern.compile("\\([^)]*$");

	private static final Pattern NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]+|\\d+)[、.,]");

	/** Below this length a row key must match exactly: 其他, 总计 and 规章 are also column headers. */
	private static final int SHORTEST_PREFIX_KEY = 4;

	/** Added words a prefix match accepts; longer labels are narrative sentences. */
	private static final int MOST_ADDED_CHARACTERS = 12;

	/** How many rows ahead of the expected one a label with a typo may name. */
	private static final int NEARBY_ROWS = 2;

	/** The shared beginning that makes a long label a typo'd version of a row. */
	private static final int FUZZY_COMMON_PREFIX = 6;

	private LabelMatcher() {
	}

	/**
	 * A folded label reduced to what identifies a row: without parentheses and what is in them
	 * (numbering such as {@code （一）} and instructions), leading numbering {@code 一、 1. 1、},
	 * punctuation and blanks.
	 */
	static String key(String folded) {
		String text = folded;
		String previous;
		do {
			previous = text;
			text = PARENTHESES.matcher(text).replaceAll("");
		}
		while (!text.equals(previous));
		text = OPEN_PARENTHESIS.matcher(text).replaceAll("");
		text = text.replaceAll("\\s+", "");
		text = NUMBERING.matcher(text).replaceFirst("");
		StringBuilder out = new StringBuilder();
		text.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
		return out.toString();
	}

	/**
	 * The index of the row a label stands for, searching from {@code from} on (rows come in table
	 * order, so labels such as 其他 cannot match a row the table has already passed), or -1.
	 */
	static int match(List<ReportLayout.Row> rows, int from, String label) {
		String key = key(label);
		if (key.isEmpty()) {
			return -1;
		}
		for (int i = from; i < rows.size(); i++) {
			if (rows.get(i).key().equals(key)) {
				return i;
			}
		}
		for (int i = from; i < rows.size(); i++) {
			String row = rows.get(i).key();
			if (row.length() >= SHORTEST_PREFIX_KEY && key.length() <= row.length() + MOST_ADDED_CHARACTERS
					&& (key.startsWith(row) || isShortenedForm(row, key))) {
				return i;
			}
		}
		for (int i = from; i < rows.size(); i++) {
			String row = rows.get(i).key();
			int common = commonPrefix(row, key);
			if (common >= FUZZY_COMMON_PREFIX && common * 10 >= row.length() * 6
					&& key.length() <= row.length() + MOST_ADDED_CHARACTERS) {
				return i;
			}
		}
		// a typo or words left out (2.其他法律行政止公开): only the rows due next, which table order
		// makes the likely ones, and only when most of the label is still there
		for (int i = from; i < Math.min(rows.size(), from + NEARBY_ROWS); i++) {
			String row = rows.get(i).key();
			if (key.length() >= SHORTEST_PREFIX_KEY && row.length() >= SHORTEST_PREFIX_KEY
					&& editDistance(row, key) * 3 <= row.length()) {
				return i;
			}
		}
		return -1;
	}

	/** Levenshtein's distance: the fewest characters to insert, delete or replace. */
	private static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int replace = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/** 规范性文件 for 行政规范性文件: the row's end, most of it, not a fragment such as 获取信息. */
	private static boolean isShortenedForm(String row, String key) {
		return row.endsWith(key) && key.length() >= SHORTEST_PREFIX_KEY && key.length() * 2 >= row.length();
	}

	private static int commonPrefix(String a, String b) {
		int n = Math.min(a.length(), b.length());
		int i = 0;
		while (i < n && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return i;
	}

}
