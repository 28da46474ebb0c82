package org.ogirollup.export.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.Section;

/**
 * Reads a block of official tables back from a written sheet the way a person reads it: each
 * value by the row labels to its left and the column labels above it, merged cells taken as one.
 * It uses POI's merged regions and the catalog's labels only, never the layout code it checks.
 */
public final class OfficialSheetReader {

	private final Sheet sheet;

	private final Map<Long, CellRangeAddress> merged = new HashMap<>();

	private OfficialSheetReader(Sheet sheet) {
		this.sheet = sheet;
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
				for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
					this.merged.put(key(r, c), region);
				}
			}
		}
	}

	/**
	 * The cell of every item of a block found by its labels, by item code.
	 * @param title the block's title, such as 本年（2019 年）
	 * @param catalog the catalog of the block's values
	 */
	public static Map<String, Cell> block(Sheet sheet, String title, Catalog catalog) {
		return new OfficialSheetReader(sheet).read(title, catalog);
	}

	private Map<String, Cell> read(String title, Catalog catalog) {
		int titleRow = -1;
		int start = -1;
		for (Row row : this.sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(title)) {
					titleRow = row.getRowNum();
					start = cell.getColumnIndex();
				}
			}
		}
		if (start < 0) {
			throw new AssertionError("no block titled " + title + " in sheet " + this.sheet.getSheetName());
		}
		CellRangeAddress titleRegion = this.merged.get(key(titleRow, start));
		int end = (titleRegion != null) ? titleRegion.getLastColumn() : start;
		int labels = 3;
		Map<String, Item> items = index(catalog);
		Map<String, Cell> found = new LinkedHashMap<>();
		Section section = null;
		String article = "";
		List<Integer> headers = new ArrayList<>();
		boolean inData = false;
		for (int r = titleRow + 1; r <= this.sheet.getLastRowNum(); r++) {
			String first = text(r, start);
			Section heading = section(first);
			if (heading != null || first.startsWith("第二十条")) {
				section = (heading != null) ? heading : section;
				article = (heading != null) ? "" : first;
				headers.clear();
				inData = false;
				continue;
			}
			if (isEmpty(r, start, end)) {
				// a blank row ends a table; the notes below the last one are no table
				section = null;
				continue;
			}
			if (section == null) {
				continue;
			}
			if (hasText(r, start + labels, end)) {
				if (inData) {
					headers.clear();
				}
				headers.add(r);
				inData = false;
				continue;
			}
			inData = true;
			List<String> rowPath = new ArrayList<>();
			if (!article.isEmpty()) {
				rowPath.add(article);
			}
			for (int c = start; c < start + labels; c++) {
				add(rowPath, text(r, c));
			}
			for (int c = start + labels; c <= end; c++) {
				CellRangeAddress region = this.merged.get(key(r, c));
				if (region != null && (region.getFirstRow() != r || region.getFirstColumn() != c)) {
					continue;
				}
				List<String> columnPath = new ArrayList<>();
				for (int header : headers) {
					add(columnPath, text(header, c));
				}
				if (columnPath.isEmpty()) {
					continue;
				}
				Item item = items.get(key(section, rowPath, columnPath));
				if (item == null) {
					throw new AssertionError("no item at " + section + " " + rowPath + " " + columnPath + " in sheet "
							+ this.sheet.getSheetName() + " row " + (r + 1));
				}
				Row row = this.sheet.getRow(r);
				Cell cell = (row != null) ? row.getCell(c) : null;
				if (found.put(item.code().value(), cell) != null) {
					throw new AssertionError("item " + item + " found twice");
				}
			}
		}
		return found;
	}

	/** Every printed item by its labels as the sheet shows them. */
	private static Map<String, Item> index(Catalog catalog) {
		Map<String, Item> items = new HashMap<>();
		for (Item item : catalog.printedItems()) {
			Section section = Section.of(item);
			List<String> rows = List.of(item.rowLabel().split(" / "));
			List<String> columns = List.of(item.columnLabel().split(" / "));
			if (section == Section.REVIEWS) {
				List<String> path = new ArrayList<>(rows);
				path.addAll(columns);
				items.put(key(section, List.of(), path), item);
			}
			else {
				items.put(key(section, rows, columns), item);
			}
		}
		return items;
	}

	private static String key(Section section, List<String> rows, List<String> columns) {
		List<String> normal = columns.stream().map((label) -> label.replaceAll("（单位：[^）]*）$", "")).toList();
		return section + "|" + String.join("/", rows) + "|" + String.join("/", normal);
	}

	private static Section section(String text) {
		for (Section section : Section.values()) {
			if (section.heading().equals(text)) {
				return section;
			}
		}
		return null;
	}

	/** A label once, though a merged cell repeats it on every row or column it covers. */
	private static void add(List<String> path, String label) {
		if (!label.isEmpty() && (path.isEmpty() || !path.get(path.size() - 1).equals(label))) {
			path.add(label);
		}
	}

	private boolean hasText(int r, int from, int to) {
		Row row = this.sheet.getRow(r);
		for (int c = from; row != null && c <= to; c++) {
			Cell cell = row.getCell(c);
			if (cell != null && cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
				return true;
			}
		}
		return false;
	}

	private boolean isEmpty(int r, int from, int to) {
		for (int c = from; c <= to; c++) {
			if (!text(r, c).isEmpty()) {
				return false;
			}
			Row row = this.sheet.getRow(r);
			Cell cell = (row != null) ? row.getCell(c) : null;
			if (cell != null && cell.getCellType() == CellType.NUMERIC) {
				return false;
			}
		}
		return true;
	}

	/** The text a cell shows: a merged cell shows its first cell's. */
	private String text(int r, int c) {
		CellRangeAddress region = this.merged.get(key(r, c));
		int row = (region != null) ? region.getFirstRow() : r;
		int column = (region != null) ? region.getFirstColumn() : c;
		Row sheetRow = this.sheet.getRow(row);
		Cell cell = (sheetRow != null) ? sheetRow.getCell(column) : null;
		return (cell != null && cell.getCellType() == CellType.STRING) ? cell.getStringCellValue() : "";
	}

	private static long key(int row, int column) {
		return ((long) row << 20) | column;
	}

}
