package org.ogirollup.submission.document;

import java.util.List;
import java.util.Objects;

/**
 * One row of a report in reading order: a table row with its labels and value cells, or a line
 * of text outside the tables (labels only).
 *
 * @param labels the row's label texts as printed, outermost first (a group label that spans the
 * row, then the row's own), each with its words joined; empty for a row without a label
 * @param cells the value cells in column order, blanks included
 * @param place where the row starts
 */
public record Row(List<String> labels, List<Cell> cells, Place place) {

	public Row {
		labels = List.copyOf(labels);
		cells = List.copyOf(cells);
		Objects.requireNonNull(place, "place");
	}

	/** A line of text or a header row: labels only. */
	public static Row text(String label, Place place) {
		return new Row(List.of(label), List.of(), place);
	}

	/** The labels as one text, separated by a space. */
	public String label() {
		return String.join(" ", this.labels);
	}

	/** Whether the row has value cells, blank or not. */
	public boolean hasCells() {
		return !this.cells.isEmpty();
	}

}
