package org.ogirollup.export.workbook;

import java.util.Locale;
import java.util.Set;

/**
 * File names that Windows, macOS and Linux all accept, for workbooks named after units: none of
 * {@code \ / : * ? " < > |} or control characters, no trailing dot or space, no device name such
 * as {@code CON}, and short enough (80 characters, 240 bytes of UTF-8 for Chinese) that the folder
 * and the temporary suffix still fit the limits of a path.
 */
final class FileNames {

	static final int MAX_LENGTH = 80;

	private static final String FORBIDDEN = "\\/:*?\"<>|";

	private static final Set<String> DEVICES = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
			"com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
			"lpt9");

	private FileNames() {
	}

	/** A safe file name for a name without its extension, with the extension added. */
	static String safe(String name, String extension) {
		StringBuilder safe = new StringBuilder(name.length());
		name.codePoints().forEach((c) -> {
			if (c < 0x20 || c == 0x7F || FORBIDDEN.indexOf(c) >= 0) {
				safe.append('_');
			}
			else {
				// a full-width or no-break space becomes a plain one, which strip() can trim
				safe.appendCodePoint(Character.isSpaceChar(c) ? ' ' : c);
			}
		});
		String stem = SheetNames.cut(safe.toString().strip(), MAX_LENGTH).strip();
		while (stem.endsWith(".")) {
			stem = stem.substring(0, stem.length() - 1).strip();
		}
		if (stem.isEmpty()) {
			stem = "_";
		}
		int dot = stem.indexOf('.');
		if (DEVICES.contains(((dot < 0) ? stem : stem.substring(0, dot)).toLowerCase(Locale.ROOT))) {
			stem = "_" + stem;
		}
		return stem + extension;
	}

}
