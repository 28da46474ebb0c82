package org.ogirollup.export.workbook;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.util.WorkbookUtil;

/**
 * The names of one workbook's sheets as Excel accepts them: at most 31 characters, none of
 * {@code : \ / ? * [ ]}, no apostrophe at either end, and each name once (Excel compares names
 * without regard to case). A name that would repeat another gets a number: {@code 城区（2）}.
 */
final class SheetNames {

	static final int MAX_LENGTH = 31;

	/** Excel keeps this name for its change history. */
	private static final String RESERVED = "history";

	private final Set<String> taken = new HashSet<>();

	/** A name for a new sheet, as close to the wanted one as Excel allows, and not yet used. */
	String next(String wanted) {
		// POI's rule: forbidden characters and an apostrophe at either end replaced, cut to 31
		// POI names a blank sheet "empty": a clerk reads 表
		String safe = wanted.isBlank() ? "表" : WorkbookUtil.createSafeSheetName(wanted.strip(), '_').strip();
		String name = safe;
		for (int copy = 2; key(name).equals(RESERVED) || this.taken.contains(key(name)); copy++) {
			String suffix = "（" + copy + "）";
			name = cut(safe, MAX_LENGTH - suffix.length()) + suffix;
		}
		this.taken.add(key(name));
		return name;
	}

	/** The first characters of a name, never half of a character outside the Basic Multilingual Plane. */
	static String cut(String text, int length) {
		if (text.length() <= length) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
		return text.substring(0, end);
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
