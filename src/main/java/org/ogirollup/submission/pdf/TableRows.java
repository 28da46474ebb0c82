package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.List;

import org.ogirollup.submission.document.Cell;
import org.ogirollup.submission.document.Place;
import org.ogirollup.submission.document.Row;

/**
 * Turns a ruled table, all its parts, into rows: one for each row of cells as a reader sees it,
 * its label cells first (those left of the value columns, outermost first, a merged one on
 * every row it spans), then its value cells in column order with blanks as blank cells. A row
 * whose value columns hold words and no number (the column headers, a caption such as
 * 第二十条第（一）项 across the table) is a header row of labels only. The parts of a table over
 * several pages are joined: header rows repeated on a page are dropped, labels carried over the
 * break, and a row the break cut in two is one.
 */
final class TableRows {

	/** A band of the grid lower than this and empty is the gap of a double border, no row. */
	private static final double THINNEST_ROW = 4;

	private TableRows() {
	}

	/**
	 * The rows of a table.
	 * @param parts the table's parts, one a page, in order
	 * @param places where each part stands, as a clerk finds it ({@code 第 3 页第 2 个表格})
	 */
	static List<Row> of(List<TablePart> parts, List<String> places) {
		double valueStart = ValueColumns.start(parts);
		List<Row> header = rowsOf(parts.get(0), places.get(0), valueStart).stream()
			.map(BandRow::row)
			.takeWhile((row) -> !row.hasCells())
			.toList();
		int[] repeated = new int[parts.size()];
		int[] topBands = new int[parts.size()];
		for (int p = 1; p < parts.size(); p++) {
			List<BandRow> rows = rowsOf(parts.get(p), places.get(p), valueStart);
			repeated[p] = repeatedHeader(rows, header);
			topBands[p] = (repeated[p] < rows.size()) ? rows.get(repeated[p]).band() : parts.get(p).grid().rows();
		}
		List<TablePart> carried = PageBreaks.carryLabels(parts, valueStart, topBands);
		List<Row> rows = new ArrayList<>();
		for (int p = 0; p < carried.size(); p++) {
			List<BandRow> partRows = rowsOf(carried.get(p), places.get(p), valueStart);
			List<Row> kept = partRows.subList(repeated[p], partRows.size()).stream().map(BandRow::row).toList();
			if (!rows.isEmpty() && !kept.isEmpty()) {
				Row joined = splitRow(rows.get(rows.size() - 1), kept.get(0));
				if (joined != null) {
					rows.set(rows.size() - 1, joined);
					kept = kept.subList(1, kept.size());
				}
			}
			rows.addAll(kept);
		}
		return rows;
	}

	private static List<BandRow> rowsOf(TablePart part, String place, double valueStart) {
		List<BandRow> rows = new ArrayList<>();
		int seen = 0;
		for (int band = 0; band < part.grid().rows(); band++) {
			List<Integer> cells = ValueColumns.cellsOfRow(part, band);
			if (!startsRow(part, cells, band)) {
				continue;
			}
			seen++;
			rows.add(new BandRow(band, row(part, cells, band, place + "第 " + seen + " 行", valueStart)));
		}
		return rows;
	}

	/**
	 * How many of a part's first rows repeat the table's header rows: a word processor prints
	 * them again at the top of each page, and they are no rows of the table's.
	 */
	private static int repeatedHeader(List<BandRow> rows, List<Row> header) {
		int same = 0;
		while (same < rows.size() && same < header.size() && !rows.get(same).row().hasCells()
				&& rows.get(same).row().labels().equals(header.get(same).labels())) {
			same++;
		}
		return same;
	}

	/** Whether a band of the grid is a row of its own: some cell begins in it, and it is more than a gap. */
	private static boolean startsRow(TablePart part, List<Integer> cells, int band) {
		boolean starts = false;
		boolean text = false;
		for (int i : cells) {
			starts |= part.grid().cells().get(i).rowStart() == band;
			text |= !ValueText.isBlank(part.text(i));
		}
		return starts && (text || part.grid().rowHeight(band) >= THINNEST_ROW);
	}

	private static Row row(TablePart part, List<Integer> cells, int band, String place, double valueStart) {
		boolean valueColumns = false;
		boolean number = false;
		boolean words = false;
		for (int i : cells) {
			GridCell cell = part.grid().cells().get(i);
			if (ValueColumns.isValue(part, cell, valueStart) && cell.rowStart() == band) {
				valueColumns = true;
				number |= ValueText.isNumber(part.text(i));
				words |= !ValueText.isValueLike(part.text(i));
			}
		}
		// a number makes a data row even beside a word (2776 | 不适用); words alone make a header
		boolean data = valueColumns && (number || !words);
		List<String> labels = new ArrayList<>();
		List<Cell> values = new ArrayList<>();
		int column = 0;
		for (int i : cells) {
			GridCell cell = part.grid().cells().get(i);
			String text = part.text(i);
			column++;
			if (data && ValueColumns.isValue(part, cell, valueStart)) {
				Place at = Place.of(place + "第 " + column + " 列");
				// a value cell merged down over several rows is counted once, on its first
				values.add((cell.rowStart() == band) ? Cell.of(text, at) : Cell.blank(at));
			}
			else if (!ValueText.isBlank(text)) {
				labels.add(text);
			}
		}
		return new Row(labels, values, Place.of(place));
	}

	/**
	 * One row a page break cut in two (a word processor lets a row break across pages): the
	 * same labels on both sides, and no column with a value on both. Null when they are two rows.
	 */
	private static Row splitRow(Row above, Row below) {
		if (!above.hasCells() || !below.hasCells() || !above.labels().equals(below.labels())
				|| above.cells().size() != below.cells().size()) {
			return null;
		}
		List<Cell> cells = new ArrayList<>();
		for (int i = 0; i < above.cells().size(); i++) {
			Cell upper = above.cells().get(i);
			Cell lower = below.cells().get(i);
			if (!upper.isBlank() && !lower.isBlank()) {
				return null;
			}
			cells.add(upper.isBlank() ? lower : upper);
		}
		return new Row(above.labels(), cells, above.place());
	}

	/** A row and the band of the grid it begins in. */
	private record BandRow(int band, Row row) {
	}

}
