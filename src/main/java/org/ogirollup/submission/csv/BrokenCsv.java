package org.ogirollup.submission.csv;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A plain look at the lines of a CSV file that its parser gave up on, to find every unit it names:
 * a quote left open swallows the rest of the file into one field, and the units after it would
 * otherwise get no word at all. Fields are cut at every comma, quotes or not: good enough to see
 * the codes, never used for values.
 */
final class BrokenCsv {

	/** More units than any real file holds; beyond it the rest are not named one by one. */
	static final int MOST_UNITS = 10_000;

	private BrokenCsv() {
	}

	/** The unit codes of the {@code unit_code} column, in the order they first appear. */
	static Set<String> unitsNamed(String text) {
		String[] lines = text.split("\r\n|\r|\n");
		Set<String> units = new LinkedHashSet<>();
		if (lines.length == 0) {
			return units;
		}
		int column = fields(lines[0]).indexOf("unit_code");
		if (column < 0) {
			return units;
		}
		for (int i = 1; i < lines.length && units.size() < MOST_UNITS; i++) {
			List<String> fields = fields(lines[i]);
			if (column < fields.size() && !fields.get(column).isEmpty()) {
				units.add(SubmissionBuilder.boundedUnitCode(fields.get(column)));
			}
		}
		return units;
	}

	private static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		for (String field : line.split(",", -1)) {
			fields.add(field.strip().replace("\"", "").strip());
		}
		return fields;
	}

}
