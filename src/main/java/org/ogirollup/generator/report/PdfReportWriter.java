package org.ogirollup.generator.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a report as a PDF printed from a word processor: A4 pages with the title, the text
 * wrapped to the page, each table ruled cell by cell with its words wrapped inside their cells,
 * and a page number at the foot of each page. A table that does not fit below the text starts
 * a page of its own. The Chinese font (a TrueType font or collection) is embedded as the subset
 * of the characters used, so a report stays a few ten KB.
 */
public final class PdfReportWriter implements ReportWriter {

	private static final float PAGE_WIDTH = PDRectangle.A4.getWidth();

	private static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();

	private static final float MARGIN = 56;

	private static final float BOTTOM = PAGE_HEIGHT - 60;

	private static final float TEXT_SIZE = 10.5f;

	private static final float CELL_SIZE = 8;

	private static final float PADDING = 2;

	private final Path font;

	/** @param font a TrueType font ({@code .ttf}) or collection ({@code .ttc}) with Chinese characters */
	public PdfReportWriter(Path font) {
		this.font = font;
	}

	@Override
	public String extension() {
		return ".pdf";
	}

	@Override
	public byte[] write(ReportPage page) throws IOException {
		try (LoadedFont loaded = LoadedFont.open(this.font); PDDocument document = new PDDocument()) {
			Pages pages = new Pages(document, PDType0Font.load(document, loaded.font(), true));
			pages.lines(page.title(), 16, true);
			pages.skip(10);
			for (ReportPage.Part part : page.parts()) {
				if (part instanceof ReportPage.Heading heading) {
					pages.skip(4);
					pages.lines(heading.text(), 12, false);
				}
				else if (part instanceof ReportPage.Paragraph paragraph) {
					pages.lines("\u3000\u3000" + paragraph.text(), TEXT_SIZE, false);
				}
				else if (part instanceof ReportPage.Table table) {
					pages.table(table.table());
					pages.skip(8);
				}
			}
			pages.close();
			// the file identifier is made from this, not from the clock: the same page, the same bytes
			document.setDocumentId((long) page.title().hashCode());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

	/** The pages being written, with the place on the current one. */
	private static final class Pages {

		private final PDDocument document;

		private final PDFont font;

		private PDPageContentStream out;

		private float y;

		private int number;

		Pages(PDDocument document, PDFont font) throws IOException {
			this.document = document;
			this.font = font;
			newPage();
		}

		private void newPage() throws IOException {
			close();
			PDPage page = new PDPage(PDRectangle.A4);
			this.document.addPage(page);
			this.out = new PDPageContentStream(this.document, page);
			this.number++;
			this.y = MARGIN + 20;
		}

		void close() throws IOException {
			if (this.out != null) {
				String folio = "- " + this.number + " -";
				text(folio, 9, (PAGE_WIDTH - width(folio, 9)) / 2, PAGE_HEIGHT - 30);
				this.out.close();
				this.out = null;
			}
		}

		void skip(float height) {
			this.y += height;
		}

		/** A paragraph wrapped to the page; a title centred. */
		void lines(String text, float size, boolean centred) throws IOException {
			float leading = size * 1.5f;
			for (String line : wrap(text, size, PAGE_WIDTH - 2 * MARGIN)) {
				if (this.y + leading > BOTTOM) {
					newPage();
				}
				this.y += leading;
				float x = centred ? (PAGE_WIDTH - width(line, size)) / 2 : MARGIN;
				text(line, size, x, this.y);
			}
		}

		void table(ReportTable table) throws IOException {
			float[] widths = widths(table);
			float[] heights = heights(table, widths);
			float total = 0;
			for (float height : heights) {
				total += height;
			}
			if (this.y + total > BOTTOM) {
				newPage();
			}
			if (this.y + total > BOTTOM) {
				throw new IllegalStateException(table.heading() + " is taller than a page");
			}
			for (GridCell cell : table.cells()) {
				float x = MARGIN + sum(widths, 0, cell.column());
				float top = this.y + sum(heights, 0, cell.row());
				float width = sum(widths, cell.column(), cell.lastColumn() + 1);
				float height = sum(heights, cell.row(), cell.lastRow() + 1);
				this.out.setLineWidth(0.5f);
				this.out.addRect(x, PAGE_HEIGHT - top - height, width, height);
				this.out.stroke();
				List<String> lines = wrap(cell.text(), CELL_SIZE, width - 2 * PADDING);
				float leading = CELL_SIZE * 1.3f;
				float first = top + (height - leading * lines.size()) / 2 + CELL_SIZE;
				for (int i = 0; i < lines.size(); i++) {
					String line = lines.get(i);
					text(line, CELL_SIZE, x + (width - width(line, CELL_SIZE)) / 2, first + i * leading);
				}
			}
			this.y += total;
		}

		private float[] widths(ReportTable table) {
			double[] weights = table.columnWeights();
			double sum = 0;
			for (double weight : weights) {
				sum += weight;
			}
			float[] widths = new float[weights.length];
			for (int i = 0; i < weights.length; i++) {
				widths[i] = (float) ((PAGE_WIDTH - 2 * MARGIN) * weights[i] / sum);
			}
			return widths;
		}

		/** Each grid row as high as its tallest cell's lines; a merged cell stretches its last row if need be. */
		private float[] heights(ReportTable table, float[] widths) throws IOException {
			float leading = CELL_SIZE * 1.3f;
			float[] heights = new float[table.height()];
			java.util.Arrays.fill(heights, leading + 2 * PADDING + 4);
			List<GridCell> merged = new ArrayList<>();
			for (GridCell cell : table.cells()) {
				if (cell.rowSpan() > 1) {
					merged.add(cell);
					continue;
				}
				float needed = wrap(cell.text(), CELL_SIZE, sum(widths, cell.column(), cell.lastColumn() + 1) - 2 * PADDING)
					.size() * leading + 2 * PADDING + 4;
				heights[cell.row()] = Math.max(heights[cell.row()], needed);
			}
			for (GridCell cell : merged) {
				float needed = wrap(cell.text(), CELL_SIZE, sum(widths, cell.column(), cell.lastColumn() + 1) - 2 * PADDING)
					.size() * leading + 2 * PADDING;
				float has = sum(heights, cell.row(), cell.lastRow() + 1);
				if (needed > has) {
					heights[cell.lastRow()] += needed - has;
				}
			}
			return heights;
		}

		private void text(String text, float size, float x, float baseline) throws IOException {
			if (text.isEmpty()) {
				return;
			}
			this.out.beginText();
			this.out.setFont(this.font, size);
			this.out.newLineAtOffset(x, PAGE_HEIGHT - baseline);
			this.out.showText(text);
			this.out.endText();
		}

		private float width(String text, float size) throws IOException {
			return this.font.getStringWidth(text) / 1000 * size;
		}

		/** The text cut into lines no wider than a width, character by character as Chinese wraps. */
		private List<String> wrap(String text, float size, float width) throws IOException {
			List<String> lines = new ArrayList<>();
			StringBuilder line = new StringBuilder();
			for (String character : text.codePoints().mapToObj(Character::toString).toList()) {
				if (line.length() > 0 && width(line + character, size) > width) {
					lines.add(line.toString());
					line.setLength(0);
				}
				line.append(character);
			}
			if (line.length() > 0) {
				lines.add(line.toString());
			}
			return lines;
		}

		private static float sum(float[] values, int from, int to) {
			float sum = 0;
			for (int i = from; i < to; i++) {
				sum += values[i];
			}
			return sum;
		}

	}

	/** A font file open while a document that embeds it is written. */
	private record LoadedFont(TrueTypeCollection collection, TrueTypeFont font) implements AutoCloseable {

		static LoadedFont open(Path file) throws IOException {
			if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
				TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
				TrueTypeFont[] first = new TrueTypeFont[1];
				collection.processAllFonts((font) -> {
					if (first[0] == null) {
						first[0] = font;
					}
				});
				if (first[0] == null) {
					collection.close();
					throw new IOException(file + " holds no font");
				}
				return new LoadedFont(collection, first[0]);
			}
			return new LoadedFont(null, new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile())));
		}

		@Override
		public void close() throws IOException {
			if (this.collection != null) {
				this.collection.close();
			}
			else {
				this.font.close();
			}
		}

	}

}
