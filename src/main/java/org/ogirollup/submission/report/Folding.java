package org.ogirollup.submission.report;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The form labels are compared in: full and half width folded (NFKC), traditional script made
 * simplified, blanks, no-break and ideographic spaces and the {@code ?} of a lost no-break space
 * removed.
 */
final class Folding {

	private static final Pattern BLANKS = Pattern.compile("[\\s\\u00A0\\u3000\\u200B?|]+");

	private Folding() {
	}

	/** NFKC and simplified script, blanks kept. */
	static String fold(String text) {
		return TraditionalChinese.simplify(Normalizer.normalize(text, Normalizer.Form.NFKC));
	}

	/** Folded and without any blank: how labels split over lines or cells are compared. */
	static String compact(String text) {
		return BLANKS.matcher(fold(text)).replaceAll("");
	}

}
