package org.ogirollup.submission.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes a table row from its cells in order, for the readers of documents whose tables have
 * real cells (web pages, Word, Excel, PDF with rulings): the leading cells that hold words are
 * the row's labels, every cell after them is a value cell, blank or not. Blank cells in front of
 * the first label are layout (the empty corner of a header), not values.
 */
public final class TableRows {

	/**
	 * What a value cell holds, as reports print it: a number with its sign (also 增/减), thousands
	 * separators, decimals and a unit, or a mark for not applicable.
	 */
	private static final Pattern VALUE = Pattern
		.compile("[+\\-－+增减]?[\\d０-９][\\d０-９,，.．]*(万元|元|件|个|项|%)?|[-－/／—–\\\\]+|--");

	private static final Pattern BLANKS = Pattern.compile("[\\s\\u00A0\\u3000\\u200B?]+");

	private TableRows() {
	}

	/**
	 * A row of a table.
	 * @param spanningLabels labels of cells above that span into this row (a rowspan, a vertical
	 * label), outermost first
	 * @param cells the row's own cells in order, labels and values alike
	 * @param place where the row starts
	 */
	public static Row of(List<String> spanningLabels, List<Cell> cells, Place place) {
		List<String> labels = new ArrayList<>(spanningLabels);
		int first = 0;
		while (first < cells.size() && cells.get(first).isBlank()) {
			first++;
		}
		int values = first;
		while (values < cells.size() && !looksLikeValue(cells.get(values).text())) {
			labels.add(cells.get(values).text().strip());
			values++;
		}
		return new Row(labels, cells.subList(values, cells.size()), place);
	}

	/** Whether a cell's text reads as a value: blank, a number, or a not-applicable mark. */
	public static boolean looksLikeValue(String text) {
		String compact = BLANKS.matcher(text).replaceAll("");
		return compact.isEmpty() || VALUE.matcher(compact).matches();
	}

}
