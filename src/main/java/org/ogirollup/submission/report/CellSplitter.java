package org.ogirollup.submission.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits digit runs whose cells were run together ({@code 713000074}) into the cells of a row,
 * keeping only the splits the table's own arithmetic allows: a caller that finds more or less
 * than one split reports it rather than guess.
 */
final class CellSplitter {

	/** Enough to tell one split from several; more are not shown to anyone. */
	private static final int MOST_CANDIDATES = 10;

	/** Bounds the search on long runs without arithmetic to prune it. */
	private static final int MOST_STEPS = 2_000_000;

	/** The longest cell a run is cut into: larger counts do not occur, and they must fit a long. */
	private static final int LONGEST_CELL = 15;

	private final Arithmetic arithmetic;

	private CellSplitter(Arithmetic arithmetic) {
		this.arithmetic = arithmetic;
	}

	/**
	 * What the cells of a row must satisfy, checked as cells are added so the search stays small.
	 */
	@FunctionalInterface
	interface Arithmetic {

		/** Whether the first {@code count} cells can still be part of a valid row. */
		boolean allows(long[] cells, int count);

	}

	/** No arithmetic: only splits forced by the digits' count are unique (section 二). */
	static CellSplitter plain() {
		return new CellSplitter((cells, count) -> true);
	}

	/**
	 * Consecutive groups of {@code size} cells whose last is the sum of the others: the 总计
	 * column of section 三 (groups of 7) and the three 总计 of section 四 (groups of 5).
	 */
	static CellSplitter groupsWithTotal(int size) {
		return new CellSplitter((cells, count) -> {
			if (count == 0 || count % size != 0) {
				return true;
			}
			long sum = 0;
			for (int i = count - size; i < count - 1; i++) {
				sum += cells[i];
			}
			return sum == cells[count - 1];
		});
	}

	/**
	 * The splits of the runs into exactly {@code cells} non-negative integers, each run giving one
	 * or more whole cells, no cell with a leading zero except {@code 0} itself.
	 * @return up to {@value #MOST_CANDIDATES} splits; the result is exact when it has fewer
	 */
	List<long[]> splits(List<String> runs, int cells) {
		if (runs.stream().mapToInt(String::length).sum() > cells * LONGEST_CELL) {
			// more digits than the cells can hold: no split, and no search through them
			return List.of();
		}
		Search search = new Search(runs, cells);
		search.next(0, 0, 0);
		return search.found;
	}

	private final class Search {

		private final List<String> runs;

		private final long[] cells;

		private final List<long[]> found = new ArrayList<>();

		private int steps;

		Search(List<String> runs, int cells) {
			this.runs = runs;
			this.cells = new long[cells];
		}

		void next(int run, int position, int count) {
			if (this.found.size() >= MOST_CANDIDATES || ++this.steps > MOST_STEPS) {
				return;
			}
			if (run == this.runs.size()) {
				if (count == this.cells.length) {
					this.found.add(this.cells.clone());
				}
				return;
			}
			if (count == this.cells.length) {
				return;
			}
			String digits = this.runs.get(run);
			int longest = (digits.charAt(position) == '0') ? 1 : LONGEST_CELL;
			for (int end = position + 1; end <= Math.min(digits.length(), position + longest); end++) {
				this.cells[count] = Long.parseLong(digits.substring(position, end));
				if (!CellSplitter.this.arithmetic.allows(this.cells, count + 1)) {
					continue;
				}
				if (end == digits.length()) {
					next(run + 1, 0, count + 1);
				}
				else {
					next(run, end, count + 1);
				}
			}
		}

	}

	/** Whether the search was cut short: then more splits may exist than were returned. */
	static boolean isExhaustive(List<long[]> splits) {
		return splits.size() < MOST_CANDIDATES;
	}

}
