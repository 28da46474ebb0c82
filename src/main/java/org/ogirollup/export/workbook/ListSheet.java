package org.ogirollup.export.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A sheet that is one list: a header row of column names, frozen so that it stays in view, and a
 * filter on every column, so that an analyst can pick a city, a rule or a severity.
 */
final class ListSheet {

	/** A column of a list: its name in the header and its width in characters. */
	record Column(String name, int width, String meaning) {
	}

	private final Cells cells;

	private final List<Column> columns;

	private int next = 1;

	ListSheet(Cells cells, List<Column> columns) {
		this.cells = cells;
		this.columns = List.copyOf(columns);
		Sheet sheet = cells.sheet();
		Row header = sheet.createRow(0);
		for (int c = 0; c < columns.size(); c++) {
			cells.text(header, c, columns.get(c).name(), Styles.Role.LIST_HEADER);
			sheet.setColumnWidth(c, columns.get(c).width() * 256);
		}
		sheet.createFreezePane(0, 1);
		cells.printAcross(false);
	}

	Cells cells() {
		return this.cells;
	}

	/** The next row of the list. */
	Row row() {
		return this.cells.sheet().createRow(this.next++);
	}

	/** A text cell of the list, its row made tall enough for it. */
	Cell text(Row row, int column, String text) {
		return text(row, column, text, Styles.Fill.NONE);
	}

	Cell text(Row row, int column, String text, Styles.Fill fill) {
		Cell cell = this.cells.text(row, column, text, Styles.Role.LIST_TEXT, fill);
		if (text != null && !text.isEmpty()) {
			Cells.fit(row, text, this.columns.get(column).width(), 1);
		}
		return cell;
	}

	/** Puts the filter on the header and every row written. */
	void finish() {
		this.cells.sheet()
			.setAutoFilter(new CellRangeAddress(0, Math.max(0, this.next - 1), 0, this.columns.size() - 1));
	}

}
