package org.ogirollup.generator.report;

/**
 * One cell of a printed table: its text and the rectangle of the table's grid it covers, as a
 * word processor merges cells.
 *
 * @param text what the cell prints; empty for none
 * @param row the grid row it starts on, from 0
 * @param column the grid column it starts on, from 0
 * @param rowSpan how many grid rows it covers, at least 1
 * @param columnSpan how many grid columns it covers, at least 1
 * @param isHeader whether it is a header or label cell rather than a value
 */
public record GridCell(String text, int row, int column, int rowSpan, int columnSpan, boolean isHeader) {

	public GridCell {
		if (rowSpan < 1 || columnSpan < 1) {
			throw new IllegalArgumentException("a cell covers at least one row and one column: " + text);
		}
	}

	public int lastRow() {
		return this.row + this.rowSpan - 1;
	}

	public int lastColumn() {
		return this.column + this.columnSpan - 1;
	}

	/** Whether the cell is merged over several grid cells. */
	public boolean isMerged() {
		return this.rowSpan > 1 || this.columnSpan > 1;
	}

}
