package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A line of text as a table printed without ruling lines has it: cut into the words that stand
 * apart (cells are a wide gap apart, the characters of one cell are not), each a number or a
 * label. A line of a table row has its labels on the left and its numbers on the right.
 *
 * @param line the line
 * @param chunks its words, left to right
 * @param labels its words that are no numbers
 * @param numbers its words that are numbers
 */
record LooseLine(TextLine line, List<TextLine> chunks, List<TextLine> labels, List<TextLine> numbers) {

	/** Words of one cell stand closer than this many font sizes; cells stand farther apart. */
	static final double CELL_GAP = 0.8;

	static LooseLine of(TextLine line) {
		List<TextLine> chunks = line.chunks(CELL_GAP);
		List<TextLine> labels = new ArrayList<>();
		List<TextLine> numbers = new ArrayList<>();
		for (TextLine chunk : chunks) {
			(ValueText.isNumber(chunk.text()) ? numbers : labels).add(chunk);
		}
		return new LooseLine(line, chunks, labels, numbers);
	}

	/**
	 * Whether the line is (part of) a table row: numbers to the right of its labels, and two
	 * numbers or a label beside its number, so that a number standing alone (a year, a page)
	 * is none.
	 */
	boolean isRow() {
		if (this.numbers.isEmpty() || (this.numbers.size() < 2 && this.labels.isEmpty())) {
			return false;
		}
		double firstNumber = this.numbers.get(0).box().left();
		return this.labels.stream().allMatch((label) -> label.box().right() <= firstNumber);
	}

	double numbersLeft() {
		return this.numbers.isEmpty() ? Double.POSITIVE_INFINITY : this.numbers.get(0).box().left();
	}

	Box box() {
		return this.line.box();
	}

	double fontSize() {
		return this.line.fontSize();
	}

	double centerY() {
		return this.line.centerY();
	}

}
