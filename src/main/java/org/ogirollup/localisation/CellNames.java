package org.ogirollup.localisation;

import org.ogirollup.catalog.Item;

/**
 * The name of a cell in a suggestion, from the catalog's row and column labels: the row as
 * printed, without the common prefix 三、本年度办理结果 and without the printed note of
 * （二）部分公开, and the column's last part, as in {@code （一）予以公开（总计）} or
 * {@code （三）不予公开 / 1.属于国家秘密（自然人）}. Unlike {@link Item#label()} it keeps the group of
 * a numbered row, which alone (1.属于国家秘密) would not say where the cell is.
 */
final class CellNames {

	private static final String RESULTS = "三、本年度办理结果 / ";

	private CellNames() {
	}

	static String of(Item item) {
		return row(item) + "（" + lastPart(item.columnLabel()) + "）";
	}

	private static String row(Item item) {
		String row = item.rowLabel();
		if (row.startsWith(RESULTS)) {
			row = row.substring(RESULTS.length());
		}
		// （二）部分公开（区分处理的，只计这一情形，不计其他情形）: the clerk knows the row without its note
		int note = row.lastIndexOf('（');
		if (row.endsWith("）") && note > 0 && !row.substring(0, note).endsWith(" / ")) {
			row = row.substring(0, note);
		}
		return row;
	}

	private static String lastPart(String path) {
		int slash = path.lastIndexOf(" / ");
		return (slash < 0) ? path : path.substring(slash + 3);
	}

}
