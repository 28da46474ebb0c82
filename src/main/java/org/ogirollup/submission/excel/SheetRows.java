package org.ogirollup.submission.excel;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import org.ogirollup.submission.document.Cell;
import org.ogirollup.submission.document.MergedCells;
import org.ogirollup.submission.document.Place;
import org.ogirollup.submission.document.Row;
import org.ogirollup.submission.document.UnreadableDocumentException;

/**
 * The rows of one sheet: every row of its used range that holds something, its cells from the
 * first column to the last that holds anything on the sheet, a cell missing or empty in between
 * a blank cell. A merged region is one cell: its covered cells on its first row are left out; on
 * the rows below, its label is repeated in front of the row's own cells, and a merged number is
 * blank there, so that it counts once.
 */
final class SheetRows {

	/** More rows than any report's tables have are a sheet of something else, or damage. */
	static final int MOST_ROWS = 5_000;

	/** The widest table of a report has 15 value columns; text beyond column IV is no table of one. */
	static final int MOST_COLUMNS = 256;

	private final Sheet sheet;

	private final CellText text;

	private final List<CellRangeAddress> merged;

	private SheetRows(Sheet sheet, CellText text) {
		this.sheet = sheet;
		this.text = text;
		this.merged = sheet.getMergedRegions();
	}

	static List<Row> of(Sheet sheet, CellText text) throws UnreadableDocumentException {
		return new SheetRows(sheet, text).rows();
	}

	private List<Row> rows() throws UnreadableDocumentException {
		if (this.sheet.getPhysicalNumberOfRows() > MOST_ROWS) {
			throw ExcelUnreadable.tooLarge(this.sheet.getSheetName(), MOST_ROWS);
		}
		int lastColumn = lastUsedColumn();
		List<Row> rows = new ArrayList<>();
		for (org.apache.poi.ss.usermodel.Row sheetRow : this.sheet) {
			MergedCells row = new MergedCells();
			int r = sheetRow.getRowNum();
			List<CellRangeAddress> covering = covering(r);
			int last = Math.min(Math.max(sheetRow.getLastCellNum() - 1, lastMergedColumn(covering)), lastColumn);
			for (int c = 0; c <= last; c++) {
				CellRangeAddress region = regionOf(covering, c);
				Place place = place(r, c);
				if (region == null || region.getFirstRow() == r && region.getFirstColumn() == c) {
					org.apache.poi.ss.usermodel.Cell cell = sheetRow.getCell(c);
					row.own((cell != null) ? Cell.of(this.text.of(cell), place) : Cell.blank(place));
				}
				else if (region.getFirstRow() < r && region.getFirstColumn() == c) {
					row.continued(regionText(region), place);
				}
			}
			if (!row.isEmpty()) {
				rows.add(row.row(Place.of("工作表“" + this.sheet.getSheetName() + "”第 " + (r + 1) + " 行")));
			}
		}
		return rows;
	}

	/**
	 * The last column holding anything on the sheet: a cell with text or a number, or a merged
	 * region that starts with one. Cells beyond it hold nothing but a border or a colour.
	 */
	private int lastUsedColumn() throws UnreadableDocumentException {
		int last = -1;
		for (org.apache.poi.ss.usermodel.Row row : this.sheet) {
			for (org.apache.poi.ss.usermodel.Cell cell : row) {
				if (cell.getColumnIndex() > last && !Cell.isBlankText(this.text.of(cell))) {
					last = cell.getColumnIndex();
				}
			}
		}
		if (last >= MOST_COLUMNS) {
			throw ExcelUnreadable.tooWide(this.sheet.getSheetName(), MOST_COLUMNS);
		}
		for (CellRangeAddress region : this.merged) {
			if (region.getFirstColumn() <= last) {
				last = Math.max(last, region.getLastColumn());
			}
		}
		// a region merged far to the right of the table covers nothing but empty cells there
		return Math.min(last, MOST_COLUMNS - 1);
	}

	/** The merged regions that cover a row. */
	private List<CellRangeAddress> covering(int row) {
		List<CellRangeAddress> covering = new ArrayList<>();
		for (CellRangeAddress region : this.merged) {
			if (region.getFirstRow() <= row && row <= region.getLastRow()) {
				covering.add(region);
			}
		}
		return covering;
	}

	/** The last first column of the regions that cover a row: their cells may be missing in the file. */
	private static int lastMergedColumn(List<CellRangeAddress> covering) {
		int last = -1;
		for (CellRangeAddress region : covering) {
			last = Math.max(last, region.getFirstColumn());
		}
		return last;
	}

	private static CellRangeAddress regionOf(List<CellRangeAddress> covering, int column) {
		for (CellRangeAddress region : covering) {
			if (region.getFirstColumn() <= column && column <= region.getLastColumn()) {
				return region;
			}
		}
		return null;
	}

	private String regionText(CellRangeAddress region) {
		org.apache.poi.ss.usermodel.Row first = this.sheet.getRow(region.getFirstRow());
		org.apache.poi.ss.usermodel.Cell cell = (first != null) ? first.getCell(region.getFirstColumn()) : null;
		return (cell != null) ? this.text.of(cell) : "";
	}

	private Place place(int row, int column) {
		return Place.of("工作表“" + this.sheet.getSheetName() + "”单元格 " + new CellReference(row, column, false, false)
			.formatAsString());
	}

}
