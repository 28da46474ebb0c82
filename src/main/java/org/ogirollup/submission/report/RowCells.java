package org.ogirollup.submission.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Collects the cells of a table row from a report's text, whichever of the layouts reports use:
 * values after the label on its line, {@code |}-separated cells with blanks, or one value a line.
 */
final class RowCells {

	private final ReportText text;

	RowCells(ReportText text) {
		this.text = text;
	}

	/**
	 * A cell as written, before parsing.
	 * @param text the value, {@code null} for a blank cell
	 * @param line its 1-based line
	 */
	record RawCell(String text, int line) {
	}

	/**
	 * The cells of a row after its label: on the label's own line when it has numbers there (blank
	 * cells between bars count), otherwise on the following lines up to the next label, as the
	 * flattened one-value-a-line layout has them.
	 */
	List<RawCell> cellsAfter(ReportText.Token label, int expected) {
		ReportText.Line line = this.text.line(label.line());
		List<RawCell> cells = new ArrayList<>();
		boolean stopped = addCells(line, label.cell(), cells);
		if (hasNumber(cells)) {
			trimTrailingBlanks(cells, expected);
			return cells;
		}
		cells.clear();
		for (int l = label.line() + 1; !stopped && l < this.text.lines().size() && cells.size() < expected; l++) {
			List<RawCell> lineCells = new ArrayList<>();
			ReportText.Line next = this.text.line(l);
			stopped = !next.cells().get(0).label().isEmpty() || addCells(next, 0, lineCells);
			if (hasNumber(lineCells)) {
				cells.addAll(lineCells);
			}
		}
		trimTrailingBlanks(cells, expected);
		return cells;
	}

	/**
	 * Adds the values of a line from one cell on: that cell's values, then each later cell's values
	 * or a blank for an empty cell, up to a cell with a label.
	 * @return whether a label stopped it
	 */
	private static boolean addCells(ReportText.Line line, int first, List<RawCell> into) {
		List<ReportText.Cell> cells = line.cells();
		cells.get(first).values().forEach((value) -> into.add(new RawCell(value, line.number())));
		for (int c = first + 1; c < cells.size(); c++) {
			ReportText.Cell cell = cells.get(c);
			if (!cell.label().isEmpty()) {
				return true;
			}
			if (cell.isEmpty()) {
				into.add(new RawCell(null, line.number()));
			}
			else {
				cell.values().forEach((value) -> into.add(new RawCell(value, line.number())));
			}
		}
		return false;
	}

	/** Empty cells at the end beyond the row's width are layout (a closing bar), not blanks. */
	static void trimTrailingBlanks(List<RawCell> cells, int expected) {
		while (cells.size() > expected && cells.get(cells.size() - 1).text() == null) {
			cells.remove(cells.size() - 1);
		}
	}

	static boolean hasNumber(List<RawCell> cells) {
		return cells.stream().anyMatch((cell) -> cell.text() != null);
	}

	static String written(List<RawCell> cells) {
		return cells.stream().map((cell) -> (cell.text() != null) ? cell.text() : "(blank)")
			.collect(Collectors.joining(" "));
	}

	/**
	 * The cells of a row without a label of its own (section 四): the first numbers from a line
	 * on, over as many lines as they take, skipping any group labels written in front of them.
	 * @return the cells, empty when no numbers follow
	 */
	List<RawCell> unlabelledRow(int firstLine, int expected) {
		List<RawCell> cells = new ArrayList<>();
		for (int l = firstLine; l < this.text.lines().size() && cells.size() < expected; l++) {
			ReportText.Line line = this.text.line(l);
			List<RawCell> lineCells = new ArrayList<>();
			boolean started = false;
			for (ReportText.Cell cell : line.cells()) {
				if (!cell.values().isEmpty()) {
					started = true;
					cell.values().forEach((value) -> lineCells.add(new RawCell(value, line.number())));
				}
				else if (started && cell.isEmpty()) {
					lineCells.add(new RawCell(null, line.number()));
				}
			}
			if (hasNumber(lineCells)) {
				cells.addAll(lineCells);
			}
			else if (!cells.isEmpty() && line.hasLabel()) {
				break;
			}
		}
		trimTrailingBlanks(cells, expected);
		return cells;
	}

}
