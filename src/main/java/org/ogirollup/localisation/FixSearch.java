package org.ogirollup.localisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds every smallest set of cells whose change makes every constraint hold: sets of one cell
 * first, then of two, up to a bound, stopping at the first size that has a fix.
 *
 * <p>Sets are grown, never listed: from a set that is no fix, {@link FixSolver} names the sets of
 * cells of which every fix containing the set must add one (each broken constraint the set does
 * not touch, each broken implied equation, or, when only the values fail the value types, the
 * cells beside the set). The search adds a cell of the smallest such need, and as the last cell
 * only one that is in every need, so that it solves some dozens of sets (two wrong cells: about
 * 40; four: about 300) where listing all sets of four of 176 cells would mean 39 million. A set
 * is also dropped as soon as its needs, or the broken constraints it leaves untouched, hold more
 * pairwise disjoint ones than cells are left to add. The work per
 * submission is capped at {@link #BUDGET} solved sets; a search that reaches it says so.
 */
final class FixSearch {

	/** Sets solved per submission at most: far above what a few wrong cells need (see the tests). */
	static final int BUDGET = 20_000;

	/** Fixes kept of the smallest size; more are counted, not kept. */
	static final int KEPT = 200;

	private final RuleSystem system;

	private final FixSolver solver;

	private final Map<Long, FixSolver.Outcome> outcomes = new HashMap<>();

	private final int maxCells;

	private final int budget;

	private int solved;

	/** One smallest fix as the search finds it: the cells, ascending, and their new scaled values. */
	record Found(int[] cells, long[] values) {
	}

	/**
	 * What the search found.
	 * @param size the size of the fixes found, or the bound when none was
	 * @param fixes the fixes of that size, at most {@link #KEPT}
	 * @param count how many fixes of that size there are (at least as many as kept)
	 * @param complete false when the budget ran out, so that more fixes, or smaller ones, may exist
	 */
	record Result(int size, List<Found> fixes, int count, boolean complete) {
	}

	FixSearch(RuleSystem system, FixSolver solver, int maxCells, int budget) {
		if (maxCells < 1 || maxCells > 4) {
			throw new IllegalArgumentException("a search covers sets of 1 to 4 cells, not " + maxCells);
		}
		this.system = system;
		this.solver = solver;
		this.maxCells = maxCells;
		this.budget = budget;
	}

	Result search() {
		for (int size = 1; size <= this.maxCells; size++) {
			Level level = new Level(size);
			level.visit(new int[0]);
			if (level.count > 0 || level.exhausted) {
				return new Result(size, level.fixes, level.count, !level.exhausted);
			}
		}
		return new Result(this.maxCells, List.of(), 0, true);
	}

	/** The search for fixes of one size. */
	private final class Level {

		private final int size;

		private final Set<Long> visited = new HashSet<>();

		private final List<Found> fixes = new ArrayList<>();

		private int count;

		private boolean exhausted;

		Level(int size) {
			this.size = size;
		}

		void visit(int[] set) {
			if (this.exhausted || !this.visited.add(key(set))) {
				return;
			}
			if (set.length + cellsStillNeeded(set) > this.size) {
				return;
			}
			FixSolver.Outcome outcome = outcome(set);
			if (outcome == null) {
				this.exhausted = true;
				return;
			}
			if (outcome instanceof FixSolver.Solved solved) {
				if (set.length == this.size) {
					this.count++;
					if (this.fixes.size() < KEPT) {
						this.fixes.add(new Found(set, solved.values()));
					}
				}
			}
			else if (outcome instanceof FixSolver.Grow grow && set.length < this.size) {
				for (int cell : candidates(grow.needs(), this.size - set.length)) {
					visit(with(set, cell));
				}
			}
		}

	}

	/**
	 * The cells to add: with one cell left to add, only those in every need; otherwise the
	 * smallest need, or none when more needs are pairwise disjoint than cells are left.
	 */
	private int[] candidates(List<int[]> needs, int cellsLeft) {
		if (cellsLeft == 1) {
			int[] common = needs.get(0);
			for (int i = 1; i < needs.size() && common.length > 0; i++) {
				int[] other = needs.get(i);
				common = Arrays.stream(common).filter((cell) -> Arrays.binarySearch(other, cell) >= 0).toArray();
			}
			return common;
		}
		if (disjoint(needs) > cellsLeft) {
			return new int[0];
		}
		int[] smallest = needs.get(0);
		for (int[] need : needs) {
			smallest = (need.length < smallest.length) ? need : smallest;
		}
		return smallest;
	}

	/** How many of the needs are pairwise disjoint, counted greedily: a lower bound on the cells to add. */
	private int disjoint(List<int[]> needs) {
		boolean[] taken = new boolean[this.system.catalog().size()];
		int count = 0;
		for (int[] need : needs) {
			boolean free = true;
			for (int cell : need) {
				free &= !taken[cell];
			}
			if (free) {
				count++;
				for (int cell : need) {
					taken[cell] = true;
				}
			}
		}
		return count;
	}

	/** The solver's answer for a set, remembered across sizes; null when the budget is spent. */
	private FixSolver.Outcome outcome(int[] set) {
		long key = key(set);
		FixSolver.Outcome outcome = this.outcomes.get(key);
		if (outcome == null) {
			if (this.solved >= this.budget) {
				return null;
			}
			this.solved++;
			outcome = this.solver.solve(set);
			this.outcomes.put(key, outcome);
		}
		return outcome;
	}

	/** A lower bound on the cells a fix must add: broken constraints untouched by the set, pairwise disjoint. */
	private int cellsStillNeeded(int[] set) {
		boolean[] taken = null;
		int needed = 0;
		for (int c : this.solver.broken()) {
			Constraint constraint = this.system.constraints().get(c);
			if (this.solver.touches(set, constraint)) {
				continue;
			}
			if (taken == null) {
				taken = new boolean[this.system.catalog().size()];
			}
			boolean disjoint = true;
			for (int cell : constraint.cells()) {
				disjoint &= !taken[cell];
			}
			if (disjoint) {
				needed++;
				for (int cell : constraint.cells()) {
					taken[cell] = true;
				}
			}
		}
		return needed;
	}

	/** Solved sets so far, for measuring the work. */
	int solved() {
		return this.solved;
	}

	private static int[] with(int[] set, int cell) {
		int[] grown = Arrays.copyOf(set, set.length + 1);
		grown[set.length] = cell;
		Arrays.sort(grown);
		return grown;
	}

	/** A set of at most four cells as one number: each index plus one in 16 bits. */
	private static long key(int[] set) {
		long key = 0;
		for (int cell : set) {
			key = (key << 16) | (cell + 1);
		}
		return key;
	}

}
