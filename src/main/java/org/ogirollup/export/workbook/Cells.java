package org.ogirollup.export.workbook;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes the cells of one sheet: text as text, numbers as numbers, notes as comments. POI never
 * makes a formula of a string cell, so a unit named {@code =1+1} is shown as written and never
 * runs; no apostrophe is needed, unlike in CSV ({@code SpreadsheetText}).
 */
final class Cells {

	/** Excel keeps at most 32,767 characters in a cell or a comment. */
	static final int MAX_TEXT = 32_767;

	private final Sheet sheet;

	private final Styles styles;

	private Drawing<?> drawing;

	Cells(Sheet sheet, Styles styles) {
		this.sheet = sheet;
		this.styles = styles;
	}

	Sheet sheet() {
		return this.sheet;
	}

	Styles styles() {
		return this.styles;
	}

	/** A text cell, or a cell with only its style for an empty text. */
	Cell text(Row row, int column, String text, Styles.Role role) {
		return text(row, column, text, role, Styles.Fill.NONE);
	}

	Cell text(Row row, int column, String text, Styles.Role role, Styles.Fill fill) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(this.styles.of(role, fill));
		if (text != null && !text.isEmpty()) {
			cell.setCellValue(cut(text));
		}
		return cell;
	}

	/** A number cell, or an empty one for {@code null}. */
	Cell number(Row row, int column, BigDecimal value, Styles.Role role, Styles.Fill fill) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(this.styles.of(role, fill));
		if (value != null) {
			// a double carries 15 significant digits: counts exactly, and money totals to the cent
			cell.setCellValue(value.doubleValue());
		}
		return cell;
	}

	Cell number(Row row, int column, long value, Styles.Role role) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(this.styles.of(role));
		cell.setCellValue(value);
		return cell;
	}

	/**
	 * Makes a row tall enough for a wrapped text in a width of so many characters: neither Excel
	 * nor LibreOffice sizes the rows of a file it opens to their wrapped text, so a long label
	 * would show its first line only.
	 * @param rows the rows the text's cell spans: the height is shared among them
	 */
	static void fit(Row row, String text, double width, int rows) {
		int lines = lines(text, width);
		if (lines > rows) {
			float height = LINE_HEIGHT * (float) Math.ceil(lines / (double) rows);
			row.setHeightInPoints(Math.max(row.getHeightInPoints(), height));
		}
	}

	/** Points a line of 10 or 11 point text takes. */
	private static final float LINE_HEIGHT = 15f;

	/**
	 * The lines a text wraps to in a column of so many characters of the default font: a Chinese
	 * character is about two wide, a Latin letter or digit one.
	 */
	static int lines(String text, double width) {
		double usable = Math.max(1, width - 1);
		int lines = 0;
		for (String part : text.split("\n", -1)) {
			double length = part.codePoints().mapToDouble((c) -> (c >= 0x2E80) ? 2 : 1).sum();
			lines += Math.max(1, (int) Math.ceil(length / usable));
		}
		return lines;
	}

	/**
	 * Prints the sheet across, as many pages down as it needs, or on one page for a table that fits
	 * one: what LibreOffice and Excel print, and what the screenshots are made from.
	 */
	void printAcross(boolean onePage) {
		PrintSetup print = this.sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		this.sheet.setFitToPage(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) (onePage ? 1 : 0));
	}

	/** A comment on a cell (Excel's 批注), sized to its text; nothing for {@code null}. */
	void comment(Cell cell, String note) {
		if (note == null || note.isEmpty()) {
			return;
		}
		if (this.drawing == null) {
			this.drawing = this.sheet.createDrawingPatriarch();
		}
		CreationHelper factory = this.sheet.getWorkbook().getCreationHelper();
		ClientAnchor anchor = factory.createClientAnchor();
		anchor.setCol1(cell.getColumnIndex() + 1);
		anchor.setCol2(cell.getColumnIndex() + 6);
		anchor.setRow1(cell.getRowIndex());
		anchor.setRow2(cell.getRowIndex() + Math.min(24, 3 + note.length() / 30));
		Comment comment = this.drawing.createCellComment(anchor);
		comment.setString(factory.createRichTextString(cut(note)));
		comment.setAuthor("ogi-rollup");
		// POI files a new comment under the anchor's first cell, beside the cell, and a streaming cell
		// does not move it: say where it belongs
		comment.setAddress(cell.getAddress());
		cell.setCellComment(comment);
	}

	private static String cut(String text) {
		return (text.length() <= MAX_TEXT) ? text : SheetNames.cut(text, MAX_TEXT - 1) + "…";
	}

}
