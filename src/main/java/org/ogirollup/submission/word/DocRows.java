package org.ogirollup.submission.word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

import org.ogirollup.submission.document.Cell;
import org.ogirollup.submission.document.MergedCells;
import org.ogirollup.submission.document.Place;
import org.ogirollup.submission.document.Row;

/**
 * The rows of a {@code .doc} (Word 97 to 2003), as far as POI's HWPF reads it: paragraphs in
 * order, and each table cell by cell. A vertical merge marks its first cell and every cell below
 * it at the same left edge; a horizontal merge of the old kind keeps the covered cells, marked
 * as merged, which are left out.
 */
final class DocRows {

	/** Marks Word keeps in the text: cell and row ends, line and page breaks, field delimiters. */
	private static final char CELL_END = '\u0007';

	private static final char FIELD_START = '\u0013';

	private static final char FIELD_SEPARATOR = '\u0014';

	private static final char FIELD_END = '\u0015';

	private final List<Row> rows = new ArrayList<>();

	private int tables;

	private DocRows() {
	}

	static List<Row> of(HWPFDocument document) {
		DocRows reading = new DocRows();
		Range range = document.getRange();
		int count = range.numParagraphs();
		int number = 0;
		for (int i = 0; i < count; i++) {
			Paragraph paragraph = range.getParagraph(i);
			number++;
			if (paragraph.isInTable()) {
				Table table = range.getTable(paragraph);
				reading.table(table);
				// the table's paragraphs are read with it; at least one step, whatever a damaged table claims
				i += Math.max(table.numParagraphs(), 1) - 1;
				continue;
			}
			String line = clean(paragraph.text());
			if (!line.isEmpty()) {
				reading.rows.add(Row.text(line, Place.of("第 " + number + " 段")));
			}
		}
		return reading.rows;
	}

	private void table(Table table) {
		this.tables++;
		// the text of each vertical merge still open, by the left edge of its cells
		Map<Integer, String> open = new HashMap<>();
		for (int r = 0; r < table.numRows(); r++) {
			TableRow tableRow = table.getRow(r);
			MergedCells row = new MergedCells();
			for (int c = 0; c < tableRow.numCells(); c++) {
				TableCell cell = tableRow.getCell(c);
				Place place = Place.of("第 " + this.tables + " 个表格第 " + (r + 1) + " 行第 " + (c + 1) + " 列");
				if (cell.isMerged() && !cell.isFirstMerged()) {
					continue;
				}
				if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
					row.continued(open.getOrDefault(cell.getLeftEdge(), ""), place);
					continue;
				}
				String text = text(cell);
				row.own(Cell.of(text, place));
				if (cell.isFirstVerticallyMerged()) {
					open.put(cell.getLeftEdge(), text);
				}
				else {
					open.remove(cell.getLeftEdge());
				}
			}
			if (!row.isEmpty()) {
				this.rows.add(row.row(Place.of("第 " + this.tables + " 个表格第 " + (r + 1) + " 行")));
			}
		}
	}

	/** A cell's words, its paragraphs joined by a space. */
	private static String text(TableCell cell) {
		List<String> parts = new ArrayList<>();
		for (int p = 0; p < cell.numParagraphs(); p++) {
			String part = clean(cell.getParagraph(p).text());
			if (!part.isEmpty()) {
				parts.add(part);
			}
		}
		return String.join(" ", parts);
	}

	/**
	 * A paragraph's text without Word's marks: a field (a page number, a date) keeps its result
	 * and drops its code; breaks become spaces; other control characters go.
	 */
	static String clean(String text) {
		StringBuilder clean = new StringBuilder(text.length());
		int depth = 0;
		boolean inCode = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == FIELD_START) {
				depth++;
				inCode = true;
			}
			else if (c == FIELD_SEPARATOR) {
				inCode = false;
			}
			else if (c == FIELD_END) {
				depth = Math.max(0, depth - 1);
				inCode = false;
			}
			else if (inCode && depth > 0) {
				continue;
			}
			else if (c == '\r' || c == '\n' || c == '\u000b' || c == '\f' || c == CELL_END || c == '\t') {
				clean.append(' ');
			}
			else if (c >= ' ') {
				clean.append(c);
			}
		}
		return clean.toString().strip();
	}

}
