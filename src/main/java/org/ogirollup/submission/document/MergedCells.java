package org.ogirollup.submission.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes a table row of a document whose merged cells leave a trace on every row they cover
 * (Word's {@code vMerge} continuation cells, the covered cells of an Excel merged region), as
 * {@link TableRows} wants it: a merged label that covers the row from above, in front of the
 * row's own cells, is a spanning label, repeated on each row it spans; a merged number is
 * written once, on its first row, and is a blank cell on the rows below, so that no value is
 * counted twice and the cells after it keep their column; a merged label further right (the
 * 总计 of a two-row header) is left out, as a web page's {@code rowspan} leaves it out. One
 * builder a row, used once.
 */
public final class MergedCells {

	private final List<String> spanning = new ArrayList<>();

	private final List<Cell> cells = new ArrayList<>();

	private boolean ownTextSeen;

	/** The row's own cell, where it starts. */
	public MergedCells own(Cell cell) {
		if (!cell.isBlank()) {
			this.ownTextSeen = true;
		}
		this.cells.add(cell);
		return this;
	}

	/**
	 * A cell covered by a merged cell that starts on a row above.
	 * @param text the merged cell's text, as its first row has it
	 * @param place where the covered cell stands on this row
	 */
	public MergedCells continued(String text, Place place) {
		if (TableRows.looksLikeValue(text)) {
			this.cells.add(Cell.blank(place));
		}
		else if (!this.ownTextSeen) {
			this.spanning.add(text.strip());
		}
		return this;
	}

	/** Whether the row has anything: a cell of its own or a label from above. */
	public boolean isEmpty() {
		return this.spanning.isEmpty() && this.cells.stream().allMatch(Cell::isBlank);
	}

	/** The row, per the contract of {@link TableRows#of}. */
	public Row row(Place place) {
		return TableRows.of(this.spanning, this.cells, place);
	}

}
