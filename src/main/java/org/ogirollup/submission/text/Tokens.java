package org.ogirollup.submission.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ogirollup.submission.document.Place;
import org.ogirollup.submission.document.TableRows;

/**
 * Cuts a piece of report text into labels and values. Blanks, no-break and ideographic spaces
 * and the {@code ?} web pages leave for a no-break space separate tokens; inside a token, digits
 * glued to words are a value of their own ({@code 申请数量640020470}), except where the words
 * need them: the ordinal of the next row ({@code …00000002.其他法律…}: the 2 opens 2.其他法律),
 * a number in brackets ({@code （1）}), a date or count in a sentence ({@code 2021年}, {@code 70件}).
 */
final class Tokens {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u3000?]+");

	/** Digits with a sign before them and decimals and a money unit after them. */
	private static final Pattern DIGITS = Pattern.compile("([增减+\\-]?)(\\d+(?:[.．]\\d+)?)(万元|元)?");

	/** What may follow a number that is part of a sentence or a title rather than a cell. */
	private static final String WORD_AFTER = "年月日号时分秒届次个件条项人期位家名所万亿倍%‰";

	/** What an ordinal of a row is followed by: 1. 1、 1． */
	private static final String ORDINAL_MARKS = ".、．";

	private Tokens() {
	}

	/**
	 * A label or a value as written.
	 * @param text the token
	 * @param value whether it is a value
	 * @param runTogether whether it is digits glued to a label, possibly of several cells
	 * @param place where it starts
	 */
	record Token(String text, boolean value, boolean runTogether, int line, Place place) {
	}

	/** 增 or 减 written apart from its number: 增 501. */
	private static final Pattern DETACHED_SIGN = Pattern.compile("(增|减)[\\s\\u00A0\\u3000]+(?=[\\d０-９])");

	/** The tokens of one piece of a line, which starts at {@code offset} of line {@code line}. */
	static List<Token> of(String text, int line, int offset) {
		// one blank fewer keeps offsets within a character or two of the text's, enough for a place
		String piece = DETACHED_SIGN.matcher(text).replaceAll("$1");
		List<Token> tokens = new ArrayList<>();
		Matcher separators = SEPARATORS.matcher(piece);
		int start = 0;
		while (start < piece.length()) {
			int end = separators.find(start) ? separators.start() : piece.length();
			if (end > start) {
				split(piece.substring(start, end), line, offset + start, tokens);
			}
			start = (end < piece.length()) ? separators.end() : piece.length();
		}
		return tokens;
	}

	private static void split(String word, int line, int offset, List<Token> tokens) {
		if (TableRows.looksLikeValue(word)) {
			tokens.add(new Token(word, true, false, line, place(line, offset)));
			return;
		}
		int labelFrom = 0;
		Matcher digits = DIGITS.matcher(word);
		int position = 0;
		while (position < word.length() && digits.find(position)) {
			int runStart = digits.start();
			int runEnd = digits.end();
			position = runEnd;
			if (isPartOfWords(word, runStart, runEnd)) {
				continue;
			}
			boolean whole = digits.group(3) == null && digits.group(2).chars().allMatch(Character::isDigit);
			if (whole && runEnd < word.length() && ORDINAL_MARKS.indexOf(word.charAt(runEnd)) >= 0) {
				if (runEnd - runStart == 1 + digits.group(1).length()) {
					// the ordinal of the label that starts here: 1.属于国家秘密
					continue;
				}
				// the last digit opens the next row's label: 00000002.其他 is 0000000 and 2.其他
				runEnd--;
				position = runEnd;
			}
			if (runStart > labelFrom) {
				tokens.add(new Token(word.substring(labelFrom, runStart), false, false, line, place(line, offset + labelFrom)));
			}
			tokens.add(new Token(word.substring(runStart, runEnd), true, true, line, place(line, offset + runStart)));
			labelFrom = runEnd;
		}
		if (labelFrom < word.length()) {
			tokens.add(new Token(word.substring(labelFrom), false, false, line, place(line, offset + labelFrom)));
		}
	}

	/**
	 * Digits a sentence or a label needs: in brackets ({@code （1）}, {@code （减用负值表示，如-8）}),
	 * before a unit word, after a Latin letter.
	 */
	private static boolean isPartOfWords(String word, int start, int end) {
		if (insideBrackets(word, start)) {
			return true;
		}
		char before = (start > 0) ? word.charAt(start - 1) : ' ';
		char after = (end < word.length()) ? word.charAt(end) : ' ';
		if ((before == '（' || before == '(') && (after == '）' || after == ')')) {
			return true;
		}
		if (WORD_AFTER.indexOf(after) >= 0 || Character.isLetter(before) && before < 0x80) {
			return true;
		}
		return before == '第';
	}

	/** Whether a position lies inside a bracket opened before it and closed after it in the word. */
	private static boolean insideBrackets(String word, int position) {
		int depth = 0;
		for (int i = 0; i < position; i++) {
			char c = word.charAt(i);
			depth += (c == '（' || c == '(') ? 1 : (c == '）' || c == ')') ? -1 : 0;
		}
		return depth > 0 && (word.indexOf('）', position) >= 0 || word.indexOf(')', position) >= 0);
	}

	private static Place place(int line, int offset) {
		return Place.of(line, "第 " + line + " 行第 " + (offset + 1) + " 字");
	}

}
