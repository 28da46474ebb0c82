package org.ogirollup.submission.pdf;

/**
 * One cell of a ruled grid: the atomic rows and columns it spans, ends included (a merged cell
 * spans several).
 */
record GridCell(int rowStart, int rowEnd, int colStart, int colEnd) {

	boolean spansRow(int row) {
		return row >= this.rowStart && row <= this.rowEnd;
	}

}
