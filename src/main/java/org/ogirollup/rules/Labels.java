package org.ogirollup.rules;

import org.ogirollup.catalog.Item;

/** Short forms of catalog labels for messages: a clerk needs to find the cell, not the full path. */
public final class Labels {

	private static final String RESULTS = "三、本年度办理结果 / ";

	private Labels() {
	}

	/** The row, such as {@code 三、（七）总计}, without the printed notes in brackets. */
	public static String row(Item item) {
		String row = item.rowLabel();
		if (row.startsWith(RESULTS)) {
			row = "三、" + row.substring(RESULTS.length());
		}
		// （二）部分公开 carries a long instruction in brackets; the clerk knows the row without it
		int note = row.lastIndexOf('（');
		if (row.endsWith("）") && note > 0 && !row.substring(0, note).endsWith("三、")
				&& !row.substring(0, note).endsWith(" / ")) {
			row = row.substring(0, note);
		}
		return row;
	}

	/** The column's last part, such as 自然人, 社会公益组织 or 总计. */
	public static String column(Item item) {
		String column = item.columnLabel();
		int slash = column.lastIndexOf(" / ");
		return (slash < 0) ? column : column.substring(slash + 3);
	}

	/** Row and column together, such as {@code 三、（三）不予公开 / 1.属于国家秘密（自然人）}. */
	public static String cell(Item item) {
		return row(item) + "（" + column(item) + "）";
	}

}
