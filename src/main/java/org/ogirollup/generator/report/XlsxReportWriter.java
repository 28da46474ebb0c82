package org.ogirollup.generator.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a report's tables as an office types them into Excel or WPS ({@code .xlsx}): the title,
 * then each table under its heading, header and label cells merged where the template merges
 * them, every cell of a table bordered, numbers as numbers (amounts shown with two decimals).
 * Either all three tables on one sheet, one under another, or a sheet each (表二, 表三, 表四).
 */
public final class XlsxReportWriter implements ReportWriter {

	private static final Pattern WHOLE = Pattern.compile("-?\\d+");

	private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

	private final boolean sheetPerTable;

	/** @param sheetPerTable whether each table has a sheet of its own */
	public XlsxReportWriter(boolean sheetPerTable) {
		this.sheetPerTable = sheetPerTable;
	}

	@Override
	public String extension() {
		return ".xlsx";
	}

	@Override
	public byte[] write(ReportPage page) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			// a fixed date, so that the same page gives the same bytes
			Optional<Date> published = Optional.of(Date.from(LocalDate.of(page.year() + 1, 1, 20).atStartOfDay().toInstant(ZoneOffset.UTC)));
			workbook.getProperties().getCoreProperties().setCreated(published);
			workbook.getProperties().getCoreProperties().setModified(published);
			workbook.getProperties().getCoreProperties().setCreator(page.unitName());
			Styles styles = new Styles(workbook);
			Sheet sheet = null;
			int next = 0;
			boolean titled = false;
			for (ReportPage.Part part : page.parts()) {
				if (!(part instanceof ReportPage.Table table)) {
					continue;
				}
				if (sheet == null || this.sheetPerTable) {
					String name = this.sheetPerTable ? "表" + table.table().heading().substring(0, 1) : "统计表";
					sheet = workbook.createSheet(name);
					widths(sheet, table.table());
					next = 0;
				}
				if (!titled) {
					text(sheet, next, page.title(), styles.title, table.table().width());
					next += 2;
					titled = true;
				}
				text(sheet, next++, table.table().heading(), styles.heading, table.table().width());
				next = table(sheet, next, table.table(), styles) + 1;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return FixedTimeZip.of(out.toByteArray(), page.year());
		}
	}

	private static void text(Sheet sheet, int row, String text, CellStyle style, int width) {
		Cell cell = sheet.createRow(row).createCell(0);
		cell.setCellValue(text);
		cell.setCellStyle(style);
		if (width > 1) {
			sheet.addMergedRegion(new CellRangeAddress(row, row, 0, width - 1));
		}
	}

	/** Writes a table from a row on; returns the row after it. */
	private static int table(Sheet sheet, int top, ReportTable table, Styles styles) {
		for (int r = 0; r < table.height(); r++) {
			Row row = sheet.createRow(top + r);
			for (int c = 0; c < table.width(); c++) {
				GridCell grid = table.at(r, c);
				Cell cell = row.createCell(c);
				cell.setCellStyle(grid.isHeader() ? styles.label : styles.number);
				if (!table.startsAt(r, c)) {
					continue;
				}
				if (grid.isHeader()) {
					cell.setCellValue(grid.text());
				}
				else if (WHOLE.matcher(grid.text()).matches()) {
					cell.setCellValue(Long.parseLong(grid.text()));
				}
				else if (DECIMAL.matcher(grid.text()).matches()) {
					cell.setCellValue(Double.parseDouble(grid.text()));
					cell.setCellStyle(styles.amount);
				}
				else {
					cell.setCellValue(grid.text());
				}
				if (grid.isMerged()) {
					sheet.addMergedRegion(new CellRangeAddress(top + grid.row(), top + grid.lastRow(), grid.column(),
							grid.lastColumn()));
				}
			}
		}
		return top + table.height();
	}

	private static void widths(Sheet sheet, ReportTable table) {
		double[] weights = table.columnWeights();
		for (int c = 0; c < weights.length; c++) {
			// about ten characters a unit of weight, in 1/256 of a character
			sheet.setColumnWidth(c, (int) Math.round(weights[c] * 10 * 256));
		}
	}

	/** The few cell styles a typed table uses, made once per workbook. */
	private static final class Styles {

		final CellStyle title;

		final CellStyle heading;

		final CellStyle label;

		final CellStyle number;

		final CellStyle amount;

		Styles(XSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			bold.setFontName("宋体");
			this.title = workbook.createCellStyle();
			this.title.setFont(bold);
			this.title.setAlignment(HorizontalAlignment.CENTER);
			this.heading = workbook.createCellStyle();
			this.heading.setFont(bold);
			this.label = bordered(workbook);
			this.label.setWrapText(true);
			this.number = bordered(workbook);
			this.amount = bordered(workbook);
			this.amount.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
		}

		private static CellStyle bordered(XSSFWorkbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setAlignment(HorizontalAlignment.CENTER);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			return style;
		}

	}

}
