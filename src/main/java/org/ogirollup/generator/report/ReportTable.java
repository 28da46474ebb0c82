package org.ogirollup.generator.report;

import java.util.List;

/**
 * One of the three statistical tables of a report, as printed: its heading and its cells on a
 * grid, merged cells covering several grid cells, every grid cell covered by exactly one.
 */
public final class ReportTable {

	private final String heading;

	private final int width;

	private final int height;

	private final List<GridCell> cells;

	private final GridCell[][] grid;

	private final double[] columnWeights;

	ReportTable(String heading, int width, List<GridCell> cells, double[] columnWeights) {
		if (columnWeights.length != width) {
			throw new IllegalArgumentException(heading + ": " + columnWeights.length + " column widths for " + width + " columns");
		}
		this.columnWeights = columnWeights.clone();
		this.heading = heading;
		this.width = width;
		this.cells = List.copyOf(cells);
		this.height = cells.stream().mapToInt(GridCell::lastRow).max().orElse(-1) + 1;
		this.grid = new GridCell[this.height][width];
		for (GridCell cell : this.cells) {
			for (int r = cell.row(); r <= cell.lastRow(); r++) {
				for (int c = cell.column(); c <= cell.lastColumn(); c++) {
					if (this.grid[r][c] != null) {
						throw new IllegalStateException(heading + ": cells overlap at row " + r + ", column " + c);
					}
					this.grid[r][c] = cell;
				}
			}
		}
		for (int r = 0; r < this.height; r++) {
			for (int c = 0; c < width; c++) {
				if (this.grid[r][c] == null) {
					throw new IllegalStateException(heading + ": no cell at row " + r + ", column " + c);
				}
			}
		}
	}

	/** The heading printed above the table, such as 三、收到和处理政府信息公开申请情况. */
	public String heading() {
		return this.heading;
	}

	public int width() {
		return this.width;
	}

	public int height() {
		return this.height;
	}

	/**
	 * How wide each column is against the others, as the template draws it: label columns wide
	 * enough for their words, value columns narrow. The writers scale them to their page.
	 */
	public double[] columnWeights() {
		return this.columnWeights.clone();
	}

	/** Every cell, in the order rows and columns start them. */
	public List<GridCell> cells() {
		return this.cells;
	}

	/** The cell that covers a grid cell. */
	public GridCell at(int row, int column) {
		return this.grid[row][column];
	}

	/** Whether a grid cell is where its cell starts (its text is written there). */
	public boolean startsAt(int row, int column) {
		GridCell cell = this.grid[row][column];
		return cell.row() == row && cell.column() == column;
	}

}
