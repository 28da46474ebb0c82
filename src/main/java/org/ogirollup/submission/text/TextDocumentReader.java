package org.ogirollup.submission.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.ogirollup.submission.document.Cell;
import org.ogirollup.submission.document.DocumentReader;
import org.ogirollup.submission.document.Place;
import org.ogirollup.submission.document.ReportDocument;
import org.ogirollup.submission.document.Row;
import org.ogirollup.text.TextDecoding;

/**
 * Reads the text of a published report ({@code .txt}) in any of the layouts it comes in: a web
 * table flattened with a {@code |} after every cell (the seed's, one cell a line, or a row a
 * line), values after their label separated by blanks, one value a line, and page text saved by
 * an archiver with the whole body on one line and no separator between cells at all. A row starts
 * at every label that follows a value; digits glued to their label are one cell marked as run
 * together, for the shared step to split by the tables' arithmetic.
 */
public final class TextDocumentReader implements DocumentReader {

	/** Page numbers and page headings of text copied from a PDF: {@code - 3 -}, {@code 第 1 页}. */
	private static final Pattern PAGE_LINE = Pattern.compile("\\s*(?:[-—–]\\s*\\d+\\s*[-—–]|第\\s*\\d+\\s*页(?:\\s*共\\s*\\d+\\s*页)?)\\s*");

	/** {@code <br />} left inside a cell by a page's HTML: 本年新<br />制作数量. */
	private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");

	@Override
	public ReportDocument read(byte[] bytes) {
		String text = TextDecoding.decode(bytes).text();
		return read(text);
	}

	/** Reads text already decoded. */
	public ReportDocument read(String text) {
		String[] lines = LINE_BREAK_TAG.matcher(text).replaceAll(" ").split("\r\n|\r|\n", -1);
		boolean barred = text.indexOf('|') >= 0;
		RowAssembly rows = new RowAssembly();
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			int number = i + 1;
			if (PAGE_LINE.matcher(line).matches()) {
				continue;
			}
			List<Piece> pieces = pieces(line, number);
			if (pieces.isEmpty()) {
				// an empty line is a blank cell where bars mark the cells, else layout
				if (barred && rows.inRow() && line.indexOf('|') < 0) {
					rows.blank(Place.of(number, "第 " + number + " 行"));
				}
				continue;
			}
			for (Piece piece : pieces) {
				if (Cell.isBlankText(piece.text())) {
					rows.blank(piece.place());
				}
				else {
					Tokens.of(piece.text(), piece.line(), piece.offset()).forEach(rows::add);
				}
			}
		}
		return new ReportDocument(rows.finish());
	}

	/** What lies between two bars of a line, or the whole line without bars. */
	private record Piece(String text, int line, int offset, Place place) {
	}

	/**
	 * The cells of a line: split at {@code |}; an empty piece before a leading bar or after the
	 * closing bar is layout, an empty piece between two bars a blank cell.
	 */
	private static List<Piece> pieces(String line, int number) {
		List<Piece> pieces = new ArrayList<>();
		int start = 0;
		String[] parts = line.split("\\|", -1);
		for (int p = 0; p < parts.length; p++) {
			String part = parts[p];
			boolean layout = (p == 0 || p == parts.length - 1) && part.isBlank() && parts.length > 1;
			if (!layout && !(parts.length == 1 && part.isBlank())) {
				pieces.add(new Piece(part, number, start, Place.of(number, "第 " + number + " 行第 " + (start + 1) + " 字")));
			}
			start += part.length() + 1;
		}
		return pieces;
	}

	/**
	 * Puts tokens into rows: labels at the start of a row, values after them; a label after a
	 * value starts the next row. A line of labels only, followed by a line that starts with values,
	 * is the label of those values (one value a line).
	 */
	private static final class RowAssembly {

		private final List<Row> rows = new ArrayList<>();

		private List<String> labels = new ArrayList<>();

		private List<Cell> cells = new ArrayList<>();

		private Place place;

		/** The line of the row's last label: labels on a later line start a row of their own. */
		private int labelLine;

		boolean inRow() {
			return !this.labels.isEmpty() || !this.cells.isEmpty();
		}

		void add(Tokens.Token token) {
			if (token.value()) {
				start(token.place());
				this.cells.add(token.runTogether() ? Cell.runTogether(token.text(), token.place())
						: Cell.of(token.text(), token.place()));
				return;
			}
			if (!this.cells.isEmpty() || !this.labels.isEmpty() && token.line() != this.labelLine) {
				close();
			}
			start(token.place());
			this.labels.add(token.text());
			this.labelLine = token.line();
		}

		void blank(Place at) {
			start(at);
			this.cells.add(Cell.blank(at));
		}

		private void start(Place at) {
			if (this.place == null) {
				this.place = at;
			}
		}

		private void close() {
			if (inRow()) {
				this.rows.add(new Row(this.labels, this.cells, this.place));
			}
			this.labels = new ArrayList<>();
			this.cells = new ArrayList<>();
			this.place = null;
		}

		List<Row> finish() {
			close();
			return this.rows;
		}

	}

}
