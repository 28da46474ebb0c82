package org.ogirollup.submission.pdf;

import java.util.Arrays;
import java.util.List;

/**
 * A table's grid as its ruling lines draw it: the edges of its atomic columns and rows, and its
 * cells, each spanning the atomic rows and columns no line divides.
 */
final class RuledGrid {

	private final double[] xs;

	private final double[] ys;

	private final List<GridCell> cells;

	/** For each atomic row and column, the index of the cell that covers it. */
	private final int[][] owner;

	RuledGrid(double[] xs, double[] ys, List<GridCell> cells, int[][] owner) {
		this.xs = xs.clone();
		this.ys = ys.clone();
		this.cells = List.copyOf(cells);
		this.owner = owner;
	}

	int rows() {
		return this.ys.length - 1;
	}

	int columns() {
		return this.xs.length - 1;
	}

	List<GridCell> cells() {
		return this.cells;
	}

	Box box() {
		return new Box(this.xs[0], this.ys[0], this.xs[this.xs.length - 1], this.ys[this.ys.length - 1]);
	}

	Box boxOf(GridCell cell) {
		return new Box(this.xs[cell.colStart()], this.ys[cell.rowStart()], this.xs[cell.colEnd() + 1],
				this.ys[cell.rowEnd() + 1]);
	}

	double rowHeight(int row) {
		return this.ys[row + 1] - this.ys[row];
	}

	/** The index of the cell a point falls in, or -1 outside the grid. */
	int cellAt(double x, double y) {
		int column = slot(this.xs, x);
		int row = slot(this.ys, y);
		return (column < 0 || row < 0) ? -1 : this.owner[row][column];
	}

	private static int slot(double[] edges, double value) {
		if (value < edges[0] || value > edges[edges.length - 1]) {
			return -1;
		}
		int found = Arrays.binarySearch(edges, value);
		int slot = (found >= 0) ? found : -found - 2;
		return Math.min(Math.max(slot, 0), edges.length - 2);
	}

}
