package org.ogirollup.submission.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The published text of a report cut into lines, cells and tokens, with the differences that do
 * not matter to the tables folded away: full and half width (NFKC), traditional script, the
 * {@code ?}, no-break and ideographic spaces that web pages leave around numbers.
 */
final class ReportText {

	/** A piece that reads as one cell value: a number with its sign and unit, or a not-applicable mark. */
	private static final Pattern VALUE_PIECE = Pattern
		.compile("[+\\-增减]?\\d[\\d,]*(\\.\\d+)?(万元|元)?|[-/—–\\\\]|--");

	/** Web pages turn a no-break space into {@code ?}; after NFKC the spaces are plain blanks. */
	private static final Pattern NOISE = Pattern.compile("[?\\u00A0\\u3000\\s]+");

	/** PDF page numbers such as {@code - 3 -}: they would read as values. */
	private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*[-—–]\\s*\\d+\\s*[-—–]\\s*");

	/** 增 or 减 written apart from its number: {@code 增 82}. */
	private static final Pattern DETACHED_SIGN = Pattern.compile("(增|减)\\s+(?=\\d)");

	/** {@code <br />} left inside a header cell by a page's HTML: 本年新<br />制作数量. */
	private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");

	private final List<Line> lines;

	private final List<Token> tokens;

	private ReportText(List<Line> lines) {
		this.lines = List.copyOf(lines);
		List<Token> all = new ArrayList<>();
		for (int l = 0; l < lines.size(); l++) {
			List<Cell> cells = lines.get(l).cells();
			for (int c = 0; c < cells.size(); c++) {
				Cell cell = cells.get(c);
				if (!cell.label().isEmpty()) {
					all.add(new Token(l, c, true, cell.label()));
				}
				for (String value : cell.values()) {
					all.add(new Token(l, c, false, value));
				}
			}
		}
		this.tokens = List.copyOf(all);
	}

	static ReportText of(String text) {
		String[] raw = LINE_BREAK_TAG.matcher(text).replaceAll(" ").split("\r\n|\r|\n", -1);
		List<Line> lines = new ArrayList<>(raw.length);
		for (int i = 0; i < raw.length; i++) {
			lines.add(line(i + 1, fold(raw[i])));
		}
		return new ReportText(lines);
	}

	/** NFKC folding and traditional to simplified, the form labels are compared in. */
	static String fold(String text) {
		return TraditionalChinese.simplify(Normalizer.normalize(text, Normalizer.Form.NFKC));
	}

	/**
	 * A line's cells. Flattened HTML tables end every cell with {@code |}, so an empty piece
	 * after the last bar (or before a leading one) is layout, not a blank cell.
	 */
	private static Line line(int number, String folded) {
		if (PAGE_NUMBER.matcher(folded).matches()) {
			return new Line(number, folded, List.of(new Cell("", List.of())));
		}
		String[] parts = folded.split("\\|", -1);
		List<Cell> cells = new ArrayList<>(parts.length);
		for (String part : parts) {
			cells.add(cell(part));
		}
		if (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
			cells.remove(cells.size() - 1);
		}
		if (cells.size() > 1 && cells.get(0).isEmpty()) {
			cells.remove(0);
		}
		return new Line(number, folded, cells);
	}

	/** A cell's label and the values written after it: {@code 一、本年新收… 71 3 0 0 0 0 74}. */
	static Cell cell(String text) {
		String spaced = NOISE.matcher(text).replaceAll(" ").trim();
		String[] pieces = DETACHED_SIGN.matcher(spaced).replaceAll("$1").split(" ");
		int end = pieces.length;
		while (end > 0 && !pieces[end - 1].isEmpty() && VALUE_PIECE.matcher(pieces[end - 1]).matches()) {
			end--;
		}
		StringBuilder label = new StringBuilder();
		for (int i = 0; i < end; i++) {
			label.append(pieces[i]);
		}
		List<String> values = new ArrayList<>();
		for (int i = end; i < pieces.length; i++) {
			values.add(pieces[i]);
		}
		return new Cell(label.toString(), values);
	}

	List<Line> lines() {
		return this.lines;
	}

	Line line(int index) {
		return this.lines.get(index);
	}

	List<Token> tokens() {
		return this.tokens;
	}

	/** The whole text without blanks, bars or noise, for finding label words split over lines. */
	String compact() {
		StringBuilder out = new StringBuilder();
		for (Line line : this.lines) {
			out.append(NOISE.matcher(line.text()).replaceAll("").replace("|", ""));
		}
		return out.toString();
	}

	/**
	 * One line of the text.
	 * @param number the 1-based line number findings name
	 * @param text the folded text
	 * @param cells its cells, split at {@code |}
	 */
	record Line(int number, String text, List<Cell> cells) {

		/** Whether any cell holds a label. */
		boolean hasLabel() {
			return this.cells.stream().anyMatch((cell) -> !cell.label().isEmpty());
		}

	}

	/**
	 * One {@code |}-separated cell: a label (blanks removed, possibly empty) and the values after it.
	 */
	record Cell(String label, List<String> values) {

		Cell {
			values = List.copyOf(values);
		}

		boolean isEmpty() {
			return this.label.isEmpty() && this.values.isEmpty();
		}

	}

	/**
	 * A label or a value in reading order.
	 * @param line index into {@link #lines()}
	 * @param cell index into that line's cells
	 * @param label whether it is a label rather than a value
	 * @param text the label or the value as written
	 */
	record Token(int line, int cell, boolean label, String text) {
	}

}
