package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a table's value columns begin: left of it stand the labels (a group label, the row's
 * own), from it on the values. A table tells by its numbers: the leftmost cell that holds one
 * starts the values. So a blank cell right of that edge is a blank value, never a label, and a
 * blank in a label column is no value; the parts of a table over several pages share the edge.
 */
final class ValueColumns {

	/** Cell edges within this of one another are the same column edge. */
	static final double SAME_EDGE = 3;

	private ValueColumns() {
	}

	/**
	 * The x at which the values begin, for all parts of one table. A table with no number at all
	 * (every value left blank) begins them at its first blank cell right of a label; one without
	 * labels either (table 四 left blank) at its left edge.
	 */
	static double start(List<TablePart> parts) {
		double start = Double.POSITIVE_INFINITY;
		for (TablePart part : parts) {
			List<GridCell> cells = part.grid().cells();
			for (int i = 0; i < cells.size(); i++) {
				if (ValueText.isNumber(part.text(i))) {
					start = Math.min(start, part.grid().boxOf(cells.get(i)).left());
				}
			}
		}
		if (start != Double.POSITIVE_INFINITY) {
			return start;
		}
		for (TablePart part : parts) {
			start = Math.min(start, firstBlankAfterLabel(part));
		}
		return (start != Double.POSITIVE_INFINITY) ? start : Double.NEGATIVE_INFINITY;
	}

	/** Whether a cell of the part stands in a value column. */
	static boolean isValue(TablePart part, GridCell cell, double start) {
		return part.grid().boxOf(cell).left() >= start - SAME_EDGE;
	}

	private static double firstBlankAfterLabel(TablePart part) {
		double start = Double.POSITIVE_INFINITY;
		for (int row = 0; row < part.grid().rows(); row++) {
			boolean label = false;
			for (int i : cellsOfRow(part, row)) {
				GridCell cell = part.grid().cells().get(i);
				if (!ValueText.isBlank(part.text(i))) {
					label = true;
				}
				else if (label) {
					start = Math.min(start, part.grid().boxOf(cell).left());
					break;
				}
			}
		}
		return start;
	}

	/** The cells that cover an atomic row, left to right. */
	static List<Integer> cellsOfRow(TablePart part, int row) {
		List<GridCell> cells = part.grid().cells();
		List<Integer> indices = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			if (cells.get(i).spansRow(row)) {
				indices.add(i);
			}
		}
		indices.sort(Comparator.comparingInt((Integer i) -> cells.get(i).colStart()));
		return indices;
	}

}
