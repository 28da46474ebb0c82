package org.ogirollup.generator.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a report as a Word document ({@code .docx}) the way an office types it: a centred
 * title, headings and paragraphs, and each table with Word's own merges, a vertical merge
 * marked on every row it covers ({@code vMerge}), a horizontal one as one wide cell ({@code
 * gridSpan}).
 */
public final class DocxReportWriter implements ReportWriter {

	/** The width of the text on an A4 page with Word's default margins, in twentieths of a point. */
	private static final int TEXT_WIDTH = 9000;

	private static final String FONT = "宋体";

	@Override
	public String extension() {
		return ".docx";
	}

	@Override
	public byte[] write(ReportPage page) throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			// a fixed date, so that the same page gives the same bytes
			Optional<Date> published = Optional.of(Date.from(LocalDate.of(page.year() + 1, 1, 20).atStartOfDay().toInstant(ZoneOffset.UTC)));
			document.getProperties().getCoreProperties().setCreated(published);
			document.getProperties().getCoreProperties().setModified(published);
			document.getProperties().getCoreProperties().setCreator(page.unitName());
			document.getProperties().getCoreProperties().setTitle(page.title());
			paragraph(document, page.title(), 16, true, ParagraphAlignment.CENTER);
			for (ReportPage.Part part : page.parts()) {
				if (part instanceof ReportPage.Heading heading) {
					paragraph(document, heading.text(), 12, true, ParagraphAlignment.LEFT);
				}
				else if (part instanceof ReportPage.Paragraph paragraph) {
					paragraph(document, paragraph.text(), 11, false, ParagraphAlignment.BOTH).setIndentationFirstLine(440);
				}
				else if (part instanceof ReportPage.Table table) {
					table(document, table.table());
					document.createParagraph();
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.write(out);
			return FixedTimeZip.of(out.toByteArray(), page.year());
		}
	}

	private static XWPFParagraph paragraph(XWPFDocument document, String text, int size, boolean bold,
			ParagraphAlignment alignment) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		run(paragraph, text, size, bold);
		return paragraph;
	}

	private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setText(text);
		run.setFontSize(size);
		run.setBold(bold);
		run.setFontFamily(FONT);
	}

	private static void table(XWPFDocument document, ReportTable table) {
		XWPFTable word = document.createTable();
		word.removeRow(0);
		word.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		word.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		word.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		word.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		word.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		word.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
		int[] widths = widths(table);
		CTTblGrid grid = (word.getCTTbl().getTblGrid() != null) ? word.getCTTbl().getTblGrid() : word.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		for (int r = 0; r < table.height(); r++) {
			XWPFTableRow row = word.createRow();
			while (!row.getTableCells().isEmpty()) {
				row.removeCell(0);
			}
			for (int c = 0; c < table.width(); c++) {
				GridCell cell = table.at(r, c);
				if (cell.column() != c) {
					continue;
				}
				XWPFTableCell wordCell = row.addNewTableCell();
				CTTcPr properties = wordCell.getCTTc().addNewTcPr();
				int width = 0;
				for (int k = c; k <= cell.lastColumn(); k++) {
					width += widths[k];
				}
				properties.addNewTcW().setW(BigInteger.valueOf(width));
				properties.getTcW().setType(STTblWidth.DXA);
				if (cell.columnSpan() > 1) {
					properties.addNewGridSpan().setVal(BigInteger.valueOf(cell.columnSpan()));
				}
				if (cell.rowSpan() > 1) {
					properties.addNewVMerge().setVal((cell.row() == r) ? STMerge.RESTART : STMerge.CONTINUE);
				}
				XWPFParagraph paragraph = wordCell.getParagraphs().get(0);
				paragraph.setAlignment(ParagraphAlignment.CENTER);
				if (cell.row() == r) {
					run(paragraph, cell.text(), 9, false);
				}
			}
		}
	}

	private static int[] widths(ReportTable table) {
		double[] weights = table.columnWeights();
		double sum = 0;
		for (double weight : weights) {
			sum += weight;
		}
		int[] widths = new int[weights.length];
		for (int i = 0; i < weights.length; i++) {
			widths[i] = (int) Math.round(TEXT_WIDTH * weights[i] / sum);
		}
		return widths;
	}

}
