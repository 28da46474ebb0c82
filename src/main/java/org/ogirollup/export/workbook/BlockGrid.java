package org.ogirollup.export.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

import org.ogirollup.export.OfficialLayout;
import org.ogirollup.export.OfficialLayout.Field;
import org.ogirollup.export.OfficialLayout.Part;
import org.ogirollup.export.OfficialLayout.Span;

/**
 * One official table of one block placed on a sheet's grid: its heading, then each part's lines,
 * with the layout's merged cells and the few more a sheet needs so that the tables line up.
 * Every table of a block gets the same number of label columns (the deepest, three in table 三),
 * so that row labels stand left and numbers right; a part with fewer label columns, or fewer value
 * columns than the widest part of its table (table 二's articles), stretches its last one.
 * A merged region shows the label that the CSV writes somewhere inside it, moved to its first
 * cell, where Excel shows it.
 */
final class BlockGrid {

	/**
	 * What goes into one cell: a label with its role, or the position of a value in the block's
	 * cells, or nothing but the borders of its role.
	 */
	record Slot(Styles.Role role, String text, int position) {

		static Slot label(Styles.Role role, String text) {
			return new Slot(role, text, -1);
		}

		static Slot blank(Styles.Role role) {
			return new Slot(role, "", -1);
		}

		static Slot value(int position) {
			return new Slot(Styles.Role.COUNT, "", position);
		}

		boolean isValue() {
			return this.position >= 0;
		}

		boolean isBlank() {
			return !isValue() && this.text.isEmpty();
		}

	}

	private final int width;

	private final List<Slot[]> lines = new ArrayList<>();

	private final List<CellRangeAddress> spans = new ArrayList<>();

	private BlockGrid(int width) {
		this.width = width;
	}

	/**
	 * @param table the table of the block's layout
	 * @param labelColumns the label columns of every table of the sheet
	 */
	static BlockGrid of(OfficialLayout.Table table, int labelColumns) {
		int valueColumns = table.parts().stream().mapToInt(Part::valueColumns).max().orElse(0);
		BlockGrid grid = new BlockGrid(Math.max(1, labelColumns + valueColumns));
		grid.heading(table.section().heading());
		for (Part part : table.parts()) {
			if (!part.title().isEmpty()) {
				grid.heading(part.title());
			}
			grid.part(part, labelColumns, valueColumns);
		}
		return grid;
	}

	/** The columns the table takes. */
	int width() {
		return this.width;
	}

	/** The lines, each {@link #width()} slots. */
	List<Slot[]> lines() {
		return this.lines;
	}

	/** The merged regions, in lines and columns of this grid. */
	List<CellRangeAddress> spans() {
		return this.spans;
	}

	/** The merged region whose first cell this is, or {@code null}. */
	CellRangeAddress spanFrom(int line, int column) {
		for (CellRangeAddress span : this.spans) {
			if (span.getFirstRow() == line && span.getFirstColumn() == column) {
				return span;
			}
		}
		return null;
	}

	private void heading(String text) {
		Slot[] line = new Slot[this.width];
		Arrays.fill(line, Slot.blank(Styles.Role.HEADING));
		line[0] = Slot.label(Styles.Role.HEADING, text);
		span(this.lines.size(), this.lines.size(), 0, this.width - 1);
		this.lines.add(line);
	}

	private void part(Part part, int labelColumns, int valueColumns) {
		Columns columns = new Columns(part.labelColumns(), part.valueColumns(), labelColumns, valueColumns);
		int base = this.lines.size();
		for (OfficialLayout.Line line : part.lines()) {
			Styles.Role labelRole = line.header() ? Styles.Role.HEADER : Styles.Role.LABEL;
			Styles.Role valueRole = line.header() ? Styles.Role.HEADER : Styles.Role.COUNT;
			Slot[] slots = new Slot[this.width];
			Arrays.fill(slots, 0, labelColumns, Slot.blank(labelRole));
			Arrays.fill(slots, labelColumns, this.width, Slot.blank(valueRole));
			List<Field> fields = line.fields();
			for (int c = 0; c < fields.size(); c++) {
				Field field = fields.get(c);
				Slot slot = field.isValue() ? Slot.value(field.position())
						: field.text().isEmpty() ? null : Slot.label((c < part.labelColumns()) ? labelRole : valueRole, field.text());
				if (slot != null) {
					slots[columns.start(c)] = slot;
				}
			}
			this.lines.add(slots);
		}
		for (Span span : part.spans()) {
			span(base + span.firstLine(), base + span.lastLine(), columns.start(span.firstColumn()),
					columns.end(span.lastColumn()));
		}
		stretch(part, columns, base);
	}

	/** The regions that make a narrower part as wide as the sheet's tables. */
	private void stretch(Part part, Columns columns, int base) {
		int lines = part.lines().size();
		if (part.labelColumns() == 0 && columns.sheetLabels() > 0) {
			span(base, base + lines - 1, 0, columns.sheetLabels() - 1);
		}
		for (int line = 0; line < lines; line++) {
			if (part.labelColumns() > 0 && !covered(part, line, part.labelColumns() - 1)) {
				span(base + line, base + line, part.labelColumns() - 1, columns.end(part.labelColumns() - 1));
			}
			int lastValue = part.labelColumns() + part.valueColumns() - 1;
			if (part.valueColumns() > 0 && !covered(part, line, lastValue)) {
				span(base + line, base + line, columns.start(lastValue), columns.end(lastValue));
			}
		}
	}

	private static boolean covered(Part part, int line, int column) {
		return part.spans()
			.stream()
			.anyMatch((span) -> span.firstLine() <= line && line <= span.lastLine() && span.firstColumn() <= column
					&& column <= span.lastColumn());
	}

	/** Merges cells, and moves the label inside them to the first, where a spreadsheet shows it. */
	private void span(int firstLine, int lastLine, int firstColumn, int lastColumn) {
		if (firstLine == lastLine && firstColumn == lastColumn) {
			return;
		}
		this.spans.add(new CellRangeAddress(firstLine, lastLine, firstColumn, lastColumn));
		if (firstLine >= this.lines.size()) {
			return; // a heading, whose label is already first
		}
		Slot label = null;
		for (int line = firstLine; line <= lastLine && label == null; line++) {
			for (int column = firstColumn; column <= lastColumn && label == null; column++) {
				Slot slot = this.lines.get(line)[column];
				label = slot.isBlank() ? null : slot;
			}
		}
		Slot first = this.lines.get(firstLine)[firstColumn];
		Slot filler = Slot.blank((label != null) ? label.role() : first.role());
		for (int line = firstLine; line <= lastLine; line++) {
			Arrays.fill(this.lines.get(line), firstColumn, lastColumn + 1, filler);
		}
		this.lines.get(firstLine)[firstColumn] = (label != null) ? label : first;
	}

	/**
	 * Where a part's columns go on the sheet: its label columns from the left, its value columns
	 * after the sheet's label columns; its last label column and last value column reach as far as
	 * the sheet's and the table's.
	 */
	private record Columns(int labels, int values, int sheetLabels, int tableValues) {

		int start(int column) {
			return (column < this.labels) ? column : this.sheetLabels + (column - this.labels);
		}

		int end(int column) {
			if (column < this.labels) {
				return (column == this.labels - 1) ? this.sheetLabels - 1 : column;
			}
			return (column - this.labels == this.values - 1) ? this.sheetLabels + this.tableValues - 1
					: this.sheetLabels + (column - this.labels);
		}

	}

}
