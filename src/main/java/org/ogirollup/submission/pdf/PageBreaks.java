package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the parts of a table a page break divides. A label cell that spans rows on both sides
 * of the break (三、本年度办理结果, （四）无法提供) is printed on one side only; the cell on the other
 * side is blank, and takes the printed text, so that every row it spans carries it.
 */
final class PageBreaks {

	private PageBreaks() {
	}

	/**
	 * Whether the second part continues the first: it stands first on the next page, the first
	 * last on its page (nothing but page numbers and running heads between), as wide as it.
	 */
	static boolean continues(TablePart first, TablePart second) {
		return second.page() == first.page() + 1
				&& Math.abs(first.box().left() - second.box().left()) <= ValueColumns.SAME_EDGE
				&& Math.abs(first.box().right() - second.box().right()) <= ValueColumns.SAME_EDGE;
	}

	/**
	 * The parts of one table with the labels that span a break carried to its other side.
	 * @param topBands for each part, the first band of its grid that continues the part before
	 * (below the header rows repeated at the top of its page)
	 */
	static List<TablePart> carryLabels(List<TablePart> parts, double valueStart, int[] topBands) {
		List<TablePart> carried = new ArrayList<>(parts);
		for (int i = 0; i + 1 < carried.size(); i++) {
			carryAcross(carried, i, valueStart, topBands[i + 1]);
		}
		// a label printed on the last of three pages reaches the first only on the way back
		for (int i = carried.size() - 2; i >= 0; i--) {
			carryAcross(carried, i, valueStart, topBands[i + 1]);
		}
		return carried;
	}

	private static void carryAcross(List<TablePart> parts, int index, double valueStart, int topBand) {
		TablePart above = parts.get(index);
		TablePart below = parts.get(index + 1);
		List<GridCell> aboveCells = above.grid().cells();
		List<GridCell> belowCells = below.grid().cells();
		for (int a = 0; a < aboveCells.size(); a++) {
			GridCell upper = aboveCells.get(a);
			if (upper.rowEnd() != above.grid().rows() - 1 || ValueColumns.isValue(above, upper, valueStart)) {
				continue;
			}
			for (int b = 0; b < belowCells.size(); b++) {
				GridCell lower = belowCells.get(b);
				if (!lower.spansRow(topBand) || !sameColumns(above.grid().boxOf(upper), below.grid().boxOf(lower))) {
					continue;
				}
				boolean upperBlank = ValueText.isBlank(above.text(a));
				boolean lowerBlank = ValueText.isBlank(below.text(b));
				if (upperBlank && !lowerBlank) {
					above = above.withText(a, below.text(b));
				}
				else if (lowerBlank && !upperBlank) {
					below = below.withText(b, above.text(a));
				}
			}
		}
		parts.set(index, above);
		parts.set(index + 1, below);
	}

	private static boolean sameColumns(Box upper, Box lower) {
		return Math.abs(upper.left() - lower.left()) <= ValueColumns.SAME_EDGE
				&& Math.abs(upper.right() - lower.right()) <= ValueColumns.SAME_EDGE;
	}

}
