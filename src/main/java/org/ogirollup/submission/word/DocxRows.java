package org.ogirollup.submission.word;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import org.ogirollup.submission.document.Cell;
import org.ogirollup.submission.document.MergedCells;
import org.ogirollup.submission.document.Place;
import org.ogirollup.submission.document.Row;

/**
 * The rows of a {@code .docx}: its body in order, a paragraph a label row, a table row by row.
 * Word marks a vertical merge on every row it covers ({@code vMerge restart}, then {@code
 * continue} cells at the same grid column) and a horizontal one with {@code gridSpan} on a single
 * cell; older files merge horizontally with {@code hMerge continue} cells, which are left out.
 */
final class DocxRows {

	/** Wider spans than any table has are damage, not layout. */
	private static final int WIDEST_SPAN = 1000;

	private final List<Row> rows = new ArrayList<>();

	private int paragraphs;

	private int tables;

	private DocxRows() {
	}

	static List<Row> of(XWPFDocument document) {
		DocxRows reading = new DocxRows();
		for (IBodyElement element : document.getBodyElements()) {
			reading.element(element);
		}
		return reading.rows;
	}

	private void element(IBodyElement element) {
		if (element instanceof XWPFParagraph paragraph) {
			this.paragraphs++;
			text(paragraph.getText());
		}
		else if (element instanceof XWPFTable table) {
			this.tables++;
			table(table);
		}
		else if (element instanceof XWPFSDT control) {
			// a content control (a form field of a template) holds paragraphs of its own
			this.paragraphs++;
			for (String line : control.getContent().getText().split("\n")) {
				text(line);
			}
		}
	}

	private void text(String text) {
		String line = text.strip();
		if (!line.isEmpty()) {
			this.rows.add(Row.text(line, Place.of("第 " + this.paragraphs + " 段")));
		}
	}

	private void table(XWPFTable table) {
		// the text of each vertical merge still open, by the grid column it starts at
		Map<Integer, String> open = new HashMap<>();
		int number = 0;
		for (XWPFTableRow tableRow : table.getRows()) {
			number++;
			MergedCells row = new MergedCells();
			int column = gridBefore(tableRow);
			for (XWPFTableCell cell : tableRow.getTableCells()) {
				CTTcPr properties = cell.getCTTc().getTcPr();
				int span = gridSpan(properties);
				Place place = Place.of("第 " + this.tables + " 个表格第 " + number + " 行第 " + (column + 1) + " 列");
				if (properties != null && properties.isSetHMerge() && !isRestart(properties.getHMerge().getVal())) {
					column += span;
					continue;
				}
				if (properties != null && properties.isSetVMerge() && !isRestart(properties.getVMerge().getVal())) {
					row.continued(open.getOrDefault(column, ""), place);
				}
				else {
					String text = text(cell);
					row.own(Cell.of(text, place));
					if (properties != null && properties.isSetVMerge()) {
						open.put(column, text);
					}
					else {
						open.remove(column);
					}
				}
				column += span;
			}
			if (!row.isEmpty()) {
				this.rows.add(row.row(Place.of("第 " + this.tables + " 个表格第 " + number + " 行")));
			}
		}
	}

	/** {@code restart} starts a merge; a missing value, as Word writes it, continues one. */
	private static boolean isRestart(STMerge.Enum value) {
		return value == STMerge.RESTART;
	}

	private static int gridSpan(CTTcPr properties) {
		if (properties == null || !properties.isSetGridSpan()) {
			return 1;
		}
		return bounded(properties.getGridSpan(), 1);
	}

	/** Grid columns a row leaves empty before its first cell, so that merges line up by column. */
	private static int gridBefore(XWPFTableRow row) {
		CTTrPr properties = row.getCtRow().getTrPr();
		if (properties == null || properties.sizeOfGridBeforeArray() == 0) {
			return 0;
		}
		return bounded(properties.getGridBeforeArray(0), 0);
	}

	private static int bounded(CTDecimalNumber number, int least) {
		Object value = (number != null) ? number.getVal() : null;
		if (!(value instanceof BigInteger span)) {
			return least;
		}
		return (int) Math.max(least, Math.min(span.longValue(), WIDEST_SPAN));
	}

	/** A cell's words: its paragraphs (and those of a table inside it) joined by a space. */
	private static String text(XWPFTableCell cell) {
		List<String> parts = new ArrayList<>();
		for (IBodyElement element : cell.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				parts.add(paragraph.getText());
			}
			else if (element instanceof XWPFTable inner) {
				for (XWPFTableRow row : inner.getRows()) {
					for (XWPFTableCell innerCell : row.getTableCells()) {
						parts.add(text(innerCell));
					}
				}
			}
		}
		parts.removeIf(String::isBlank);
		return String.join(" ", parts);
	}

}
