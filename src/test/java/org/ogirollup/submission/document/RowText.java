package org.ogirollup.submission.document;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A row as one line of text for the readers' tests: its labels joined by {@code /}, then
 * {@code =} and its cells' texts joined by {@code ,} (a blank cell empty), so that a test lists
 * the rows it expects as a reader should make them.
 */
public final class RowText {

	private RowText() {
	}

	public static String of(Row row) {
		String labels = String.join("/", row.labels());
		if (!row.hasCells()) {
			return labels;
		}
		return labels + " = " + row.cells().stream().map(Cell::text).collect(Collectors.joining(","));
	}

	public static List<String> of(ReportDocument document) {
		return document.rows().stream().map(RowText::of).toList();
	}

}
