package org.ogirollup.submission.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A table as the fixture maker draws it, the way a word processor prints one: columns and rows
 * of given sizes, merged cells, each cell's border stroked, its text wrapped to the cell and
 * centred, or printed one character a line. Without rulings it is the same table with no lines,
 * for the reader's clustering of words.
 */
final class DrawnTable {

	/** How a cell prints its text. */
	enum Style {

		/** Labels and headers: 9 pt, wrapped to the cell. */
		LABEL,

		/** One character a line, as group labels often stand beside the rows they span. */
		VERTICAL,

		/** Numbers: 10 pt. */
		VALUE

	}

	private static final float LABEL_SIZE = 9;

	private static final float VALUE_SIZE = 10;

	private static final float PADDING = 2;

	private final double[] widths;

	private final double[] heights;

	private final List<Spec> cells = new ArrayList<>();

	private boolean ruled = true;

	DrawnTable(double[] widths, double[] heights) {
		this.widths = widths.clone();
		this.heights = heights.clone();
	}

	/** A table of rows all the same height. */
	static DrawnTable of(double[] widths, int rows, double height) {
		double[] heights = new double[rows];
		java.util.Arrays.fill(heights, height);
		return new DrawnTable(widths, heights);
	}

	DrawnTable cell(int row, int column, int rows, int columns, String text, Style style) {
		this.cells.add(new Spec(row, column, rows, columns, text, style));
		return this;
	}

	DrawnTable withoutRulings() {
		this.ruled = false;
		return this;
	}

	double height() {
		double sum = 0;
		for (double height : this.heights) {
			sum += height;
		}
		return sum;
	}

	/**
	 * Draws the table with its top left corner at the given point.
	 * @param top how far below the top of the page the table begins
	 */
	void draw(PDPageContentStream out, PDFont font, double left, double top, double pageHeight) throws IOException {
		for (Spec cell : this.cells) {
			double x = left + sum(this.widths, 0, cell.column());
			double y = top + sum(this.heights, 0, cell.row());
			double width = sum(this.widths, cell.column(), cell.column() + cell.columns());
			double height = sum(this.heights, cell.row(), cell.row() + cell.rows());
			if (this.ruled) {
				out.setLineWidth(0.5f);
				out.addRect((float) x, (float) (pageHeight - y - height), (float) width, (float) height);
				out.stroke();
			}
			text(out, font, cell, x, y, width, height, pageHeight);
		}
	}

	private static void text(PDPageContentStream out, PDFont font, Spec cell, double x, double y, double width,
			double height, double pageHeight) throws IOException {
		if (cell.text().isEmpty()) {
			return;
		}
		float size = (cell.style() == Style.VALUE) ? VALUE_SIZE : LABEL_SIZE;
		List<String> lines = (cell.style() == Style.VERTICAL) ? cell.text().codePoints().mapToObj(Character::toString).toList()
				: wrap(font, size, cell.text(), width - 2 * PADDING);
		double leading = size * 1.25;
		double first = y + (height - leading * lines.size()) / 2 + size;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			double lineWidth = font.getStringWidth(line) / 1000 * size;
			out.beginText();
			out.setFont(font, size);
			out.newLineAtOffset((float) (x + (width - lineWidth) / 2), (float) (pageHeight - first - i * leading));
			out.showText(line);
			out.endText();
		}
	}

	/** The text cut into lines no wider than the cell, character by character as Chinese wraps. */
	static List<String> wrap(PDFont font, float size, String text, double width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String character : text.codePoints().mapToObj(Character::toString).toList()) {
			if (line.length() > 0 && font.getStringWidth(line + character) / 1000 * size > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(character);
		}
		lines.add(line.toString());
		return lines;
	}

	private static double sum(double[] sizes, int from, int to) {
		double sum = 0;
		for (int i = from; i < to; i++) {
			sum += sizes[i];
		}
		return sum;
	}

	private record Spec(int row, int column, int rows, int columns, String text, Style style) {
	}

}
