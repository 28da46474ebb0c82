package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A table printed without ruling lines, read into rows: each row's labels, then one value a
 * column, blank where the row has no number under it.
 *
 * @param page the page, 1 for the first
 * @param top where the table begins
 * @param rows its rows, top to bottom
 */
record LooseTable(int page, double top, List<LooseRow> rows) {

	LooseTable {
		rows = List.copyOf(rows);
	}

	static LooseTable of(int page, List<LooseLine> lines) {
		List<LooseLine> dataLines = lines.stream().filter(LooseLine::isRow).toList();
		List<Box> columns = LooseColumns.of(dataLines);
		List<LooseRow> rows = new ArrayList<>();
		for (LooseLabels.LabelledRow row : LooseLabels.of(lines)) {
			String[] values = new String[columns.size()];
			java.util.Arrays.fill(values, "");
			if (row.values() != null) {
				for (TextLine number : row.values().numbers()) {
					int column = LooseColumns.columnOf(columns, number.box());
					if (column >= 0) {
						values[column] = values[column].isEmpty() ? number.text() : values[column] + " " + number.text();
					}
				}
			}
			rows.add(new LooseRow(row.labels(), List.of(values)));
		}
		return new LooseTable(page, lines.get(0).box().top(), rows);
	}

	/** One row: its labels outermost first, and its values, an empty one a blank cell. */
	record LooseRow(List<String> labels, List<String> values) {

		LooseRow {
			labels = List.copyOf(labels);
			values = List.copyOf(values);
		}

	}

}
