package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The value columns of a table printed without ruling lines, from where its numbers stand: the
 * numbers of one column overlap one another across the rows, whether the column aligns them
 * left, centre or right. A column left blank in every row leaves no number; where the columns
 * stand evenly apart, a gap of two steps has a blank column in it.
 */
final class LooseColumns {

	/** Numbers this close (points) still share a column. */
	private static final double SLACK = 1;

	/** How far a gap may stray from a whole number of steps and still count as one. */
	private static final double EVEN = 0.2;

	private LooseColumns() {
	}

	/** The columns, left to right, each as the span its numbers cover. */
	static List<Box> of(List<LooseLine> rows) {
		List<Box> numbers = new ArrayList<>();
		for (LooseLine row : rows) {
			for (TextLine number : row.numbers()) {
				numbers.add(number.box());
			}
		}
		numbers.sort(Comparator.comparingDouble(Box::left));
		List<Box> columns = new ArrayList<>();
		for (Box number : numbers) {
			Box last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
			if (last != null && number.left() <= last.right() + SLACK) {
				columns.set(columns.size() - 1, last.union(number));
			}
			else {
				columns.add(number);
			}
		}
		return withBlankColumns(columns);
	}

	/** The index of the column a number stands in, or -1. */
	static int columnOf(List<Box> columns, Box number) {
		int best = -1;
		double overlap = 0;
		for (int i = 0; i < columns.size(); i++) {
			double shared = columns.get(i).overlapX(number);
			if (shared > overlap) {
				overlap = shared;
				best = i;
			}
		}
		return best;
	}

	/** Columns a whole number of steps apart, the steps between them filled with blank columns. */
	private static List<Box> withBlankColumns(List<Box> columns) {
		if (columns.size() < 3) {
			return columns;
		}
		List<Double> steps = new ArrayList<>();
		for (int i = 1; i < columns.size(); i++) {
			steps.add(middle(columns.get(i)) - middle(columns.get(i - 1)));
		}
		List<Double> sorted = new ArrayList<>(steps);
		sorted.sort(null);
		double step = sorted.get(sorted.size() / 2);
		List<Box> filled = new ArrayList<>();
		filled.add(columns.get(0));
		for (int i = 1; i < columns.size(); i++) {
			double ratio = steps.get(i - 1) / step;
			long whole = Math.round(ratio);
			if (whole >= 2 && Math.abs(ratio - whole) <= EVEN) {
				Box before = columns.get(i - 1);
				for (int k = 1; k < whole; k++) {
					double center = middle(before) + k * step;
					double half = Math.min(before.width(), step) / 2;
					filled.add(new Box(center - half, before.top(), center + half, before.bottom()));
				}
			}
			filled.add(columns.get(i));
		}
		return filled;
	}

	private static double middle(Box box) {
		return (box.left() + box.right()) / 2;
	}

}
