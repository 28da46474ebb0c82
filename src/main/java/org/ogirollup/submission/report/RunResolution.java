package org.ogirollup.submission.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ogirollup.catalog.Item;

/**
 * Chooses, for the rows of table 三 whose digits run together and split in several ways, the one
 * split of each that keeps the table's own arithmetic over every column: the outcome rows add up
 * to （七）总计 (R3), and 一 + 二 = （七） + 四 (R1). The rows are decided together, not one by one,
 * and only when exactly one choice of all of them fits; otherwise they stay undecided, for a
 * finding that lists the candidates. Never a guess.
 */
final class RunResolution {

	/** Bounds the search: more combinations than this are not tried, and the rows stay undecided. */
	private static final int MOST_STEPS = 2_000_000;

	private static final int COLUMNS = 7;

	private final List<ReportLayout.Row> outcomes;

	private final ReportLayout.Row total;

	private final List<ReportLayout.Row> balanceIn;

	private final ReportLayout.Row carriedOut;

	private final Map<Item, Long> known;

	private final List<Pending> pending;

	private final long[][] chosen;

	private int steps;

	private int solutions;

	private long[][] solution;

	/** A row whose split is still open, with its candidate splits (each satisfying the row's own total). */
	record Pending(ReportLayout.Row row, List<long[]> splits) {
	}

	/**
	 * @param rows the data rows of table 三 in the layout
	 * @param known the values already read of its cells
	 * @param pending the rows to decide
	 */
	RunResolution(List<ReportLayout.Row> rows, Map<Item, Long> known, List<Pending> pending) {
		this.outcomes = rows.stream().filter(ReportLayout.Row::isResult).toList();
		this.total = rows.stream().filter(ReportLayout.Row::isResultTotal).findFirst().orElseThrow();
		this.balanceIn = rows.stream()
			.filter((row) -> row.isBalanceTerm() && !row.items().get(0).code().value().startsWith("apply.carried_out."))
			.toList();
		this.carriedOut = rows.stream()
			.filter((row) -> row.items().get(0).code().value().startsWith("apply.carried_out."))
			.findFirst()
			.orElseThrow();
		this.known = known;
		this.pending = pending;
		this.chosen = new long[pending.size()][];
	}

	/** The one split of every pending row that keeps R3 and R1, or {@code null} when none or several do. */
	long[][] decide() {
		search(0);
		return (this.solutions == 1 && this.steps <= MOST_STEPS) ? this.solution : null;
	}

	private void search(int row) {
		if (this.solutions > 1 || ++this.steps > MOST_STEPS) {
			return;
		}
		if (row == this.pending.size()) {
			if (holds()) {
				this.solutions++;
				this.solution = this.chosen.clone();
			}
			return;
		}
		for (long[] split : this.pending.get(row).splits()) {
			this.chosen[row] = split;
			if (stillPossible()) {
				search(row + 1);
			}
		}
		this.chosen[row] = null;
	}

	/** Whether the outcomes chosen so far do not exceed a known total in any column. */
	private boolean stillPossible() {
		for (int c = 0; c < COLUMNS; c++) {
			Long totalValue = value(this.total, c);
			if (totalValue == null) {
				continue;
			}
			long sum = 0;
			for (ReportLayout.Row outcome : this.outcomes) {
				Long part = value(outcome, c);
				sum += (part != null) ? part : 0;
			}
			if (sum > totalValue) {
				return false;
			}
		}
		return true;
	}

	private boolean holds() {
		for (int c = 0; c < COLUMNS; c++) {
			long sum = 0;
			for (ReportLayout.Row outcome : this.outcomes) {
				Long part = value(outcome, c);
				if (part == null) {
					return false;
				}
				sum += part;
			}
			Long totalValue = value(this.total, c);
			Long out = value(this.carriedOut, c);
			if (totalValue == null || out == null || sum != totalValue) {
				return false;
			}
			long in = 0;
			for (ReportLayout.Row term : this.balanceIn) {
				Long part = value(term, c);
				if (part == null) {
					return false;
				}
				in += part;
			}
			if (in != totalValue + out) {
				return false;
			}
		}
		return true;
	}

	/** A cell's value: chosen for a pending row, read for the others; {@code null} when unknown yet. */
	private Long value(ReportLayout.Row row, int column) {
		for (int p = 0; p < this.pending.size(); p++) {
			if (this.pending.get(p).row() == row) {
				return (this.chosen[p] != null) ? this.chosen[p][column] : null;
			}
		}
		return this.known.get(row.items().get(column));
	}

	/** The pending rows, in order, for the caller to pair with {@link #decide()}'s result. */
	List<Pending> pending() {
		return new ArrayList<>(this.pending);
	}

}
