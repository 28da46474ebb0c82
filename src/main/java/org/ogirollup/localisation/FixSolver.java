package org.ogirollup.localisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ogirollup.rules.ValueType;

/**
 * Decides for one set of cells whether changing them, and only them, can make every constraint
 * hold, and with which values; when not, it names the cells of which a larger set must add one.
 *
 * <p>The cells of the set are the unknowns, every other cell keeps its value. Gauss–Jordan
 * elimination, exact in whole numbers (each row divided by the gcd of its entries so that they
 * stay small), runs over every equation that contains a cell of the set, broken or not, so that a
 * change that mends one equation and breaks another is never offered. Each row carries the
 * combination of equations it came from: a row whose unknowns all cancel but whose right side
 * does not is an equation implied by the rules and broken by the fixed cells, and any larger fix
 * must change one of its cells (the implied edits of Fellegi and Holt, found only when needed).
 * Every such need is returned, with the broken constraints the set leaves untouched, so that the
 * search can add, as a set's last cell, only one that meets them all.
 */
final class FixSolver {

	/** What a set of cells can do. */
	sealed interface Outcome permits Solved, Grow, DeadEnd {
	}

	/** The set is a fix: the new values of its cells, scaled, in the order of the set. */
	record Solved(long[] values) implements Outcome {
	}

	/**
	 * The set is no fix; every fix that contains it must also contain a cell of each of these
	 * sets (ascending cells, none empty).
	 */
	record Grow(List<int[]> needs) implements Outcome {
	}

	/** Neither the set nor any set that contains it is a fix whose values the rules pin down. */
	enum DeadEnd implements Outcome {
		INSTANCE
	}

	private final RuleSystem system;

	private final ExactValues values;

	private final long[] differences;

	private final int[] broken;

	/** Marks of the constraints seen while collecting, compared with {@link #stamp}: no clearing per call. */
	private final int[] seen;

	private int stamp;

	FixSolver(RuleSystem system, ExactValues values) {
		this.system = system;
		this.values = values;
		int count = system.constraints().size();
		this.differences = new long[count];
		int[] brokenFound = new int[count];
		int brokenCount = 0;
		for (int c = 0; c < count; c++) {
			Constraint constraint = system.constraints().get(c);
			this.differences[c] = values.difference(constraint);
			if (!constraint.holds(this.differences[c])) {
				brokenFound[brokenCount++] = c;
			}
		}
		this.broken = Arrays.copyOf(brokenFound, brokenCount);
		this.seen = new int[count];
	}

	/** The indices of the constraints the submission breaks. */
	int[] broken() {
		return this.broken;
	}

	/** Whether a set of cells (ascending) contains a cell of a constraint. */
	boolean touches(int[] set, Constraint constraint) {
		for (int cell : set) {
			if (constraint.coefficient(cell) != 0) {
				return true;
			}
		}
		return false;
	}

	Outcome solve(int[] set) {
		int k = set.length;
		int[] equations = equations(touching(set), true);
		int m = equations.length;
		// each row: coefficients of the unknowns | right side | combination of equations
		long[][] rows = new long[m][k + 1 + m];
		for (int i = 0; i < m; i++) {
			Constraint equation = this.system.constraints().get(equations[i]);
			for (int j = 0; j < k; j++) {
				rows[i][j] = equation.coefficient(set[j]);
			}
			rows[i][k] = -this.differences[equations[i]];
			rows[i][k + 1 + i] = 1;
		}
		if (!eliminate(rows, k)) {
			// a change the rules cannot see: no clerk could be told what to write
			return DeadEnd.INSTANCE;
		}
		List<int[]> needs = new ArrayList<>();
		uncovered(set, needs);
		implied(rows, k, m, equations, set, needs);
		if (!needs.isEmpty()) {
			return grow(needs);
		}
		long[] solution = new long[k];
		boolean kept = true;
		for (int j = 0; j < k; j++) {
			if (rows[j][k] % rows[j][j] != 0) {
				kept = false;
				break;
			}
			long change = rows[j][k] / rows[j][j];
			if (change == 0) {
				// the cell keeps its value: the set without it is a smaller fix, found before
				return DeadEnd.INSTANCE;
			}
			solution[j] = Math.addExact(this.values.scaled(set[j]), change);
			kept &= accepts(this.system.type(set[j]), solution[j]);
		}
		kept = kept && inequalitiesHold(set, solution);
		return kept ? new Solved(solution) : grow(List.of(neighbours(set)));
	}

	/** Gauss–Jordan over the unknowns; false when one has no pivot (the values are not pinned down). */
	private static boolean eliminate(long[][] rows, int unknowns) {
		for (int column = 0; column < unknowns; column++) {
			int pivot = -1;
			for (int i = column; i < rows.length; i++) {
				if (rows[i][column] != 0) {
					pivot = i;
					break;
				}
			}
			if (pivot < 0) {
				return false;
			}
			long[] swap = rows[column];
			rows[column] = rows[pivot];
			rows[pivot] = swap;
			for (int i = 0; i < rows.length; i++) {
				if (i != column && rows[i][column] != 0) {
					subtract(rows[i], rows[column], column);
				}
			}
		}
		return true;
	}

	/** {@code row := row × pivot − pivotRow × row[column]}, then divided by the gcd of its entries. */
	private static void subtract(long[] row, long[] pivotRow, int column) {
		long factor = row[column];
		long pivot = pivotRow[column];
		long gcd = 0;
		for (int j = 0; j < row.length; j++) {
			row[j] = Math.subtractExact(Math.multiplyExact(row[j], pivot), Math.multiplyExact(pivotRow[j], factor));
			gcd = gcd(gcd, Math.abs(row[j]));
		}
		if (gcd > 1) {
			for (int j = 0; j < row.length; j++) {
				row[j] /= gcd;
			}
		}
	}

	private static long gcd(long a, long b) {
		while (b != 0) {
			long t = a % b;
			a = b;
			b = t;
		}
		return a;
	}

	/** Adds the changeable cells of each broken constraint that the set does not touch. */
	private void uncovered(int[] set, List<int[]> needs) {
		for (int c : this.broken) {
			Constraint constraint = this.system.constraints().get(c);
			if (!touches(set, constraint)) {
				needs.add(changeable(constraint.cells()));
			}
		}
	}

	/** Adds the changeable cells of each implied equation that the cells outside the set break. */
	private void implied(long[][] rows, int k, int m, int[] equations, int[] set, List<int[]> needs) {
		for (int i = k; i < m; i++) {
			if (rows[i][k] == 0) {
				continue;
			}
			long[] combined = new long[this.system.catalog().size()];
			for (int e = 0; e < m; e++) {
				long weight = rows[i][k + 1 + e];
				if (weight != 0) {
					Constraint equation = this.system.constraints().get(equations[e]);
					for (int t = 0; t < equation.cells().length; t++) {
						int cell = equation.cells()[t];
						combined[cell] = Math.addExact(combined[cell],
								Math.multiplyExact(weight, equation.coefficients()[t]));
					}
				}
			}
			int[] support = new int[combined.length];
			int size = 0;
			for (int cell = 0; cell < combined.length; cell++) {
				if (combined[cell] != 0 && this.values.changeable(cell) && Arrays.binarySearch(set, cell) < 0) {
					support[size++] = cell;
				}
			}
			needs.add(Arrays.copyOf(support, size));
		}
	}

	private boolean accepts(ValueType type, long scaledValue) {
		if (type == null) {
			return true;
		}
		boolean whole = scaledValue % ExactValues.pow10(this.values.scale()) == 0;
		return switch (type) {
			case NON_NEGATIVE_INTEGER -> whole && scaledValue >= 0;
			case INTEGER -> whole;
			case NON_NEGATIVE_DECIMAL -> scaledValue >= 0;
		};
	}

	/** Inequalities are kept, not solved for: a fix that breaks one is refused, like a negative count. */
	private boolean inequalitiesHold(int[] set, long[] solution) {
		for (int c : equations(touching(set), false)) {
			Constraint inequality = this.system.constraints().get(c);
			long difference = this.differences[c];
			for (int j = 0; j < set.length; j++) {
				long change = solution[j] - this.values.scaled(set[j]);
				difference = Math.addExact(difference, Math.multiplyExact(inequality.coefficient(set[j]), change));
			}
			if (!inequality.holds(difference)) {
				return false;
			}
		}
		return true;
	}

	/** A dead end when some need has no cell a fix could change. */
	private static Outcome grow(List<int[]> needs) {
		for (int[] need : needs) {
			if (need.length == 0) {
				return DeadEnd.INSTANCE;
			}
		}
		return new Grow(List.copyOf(needs));
	}

	/** Every changeable cell that shares a constraint with a cell of the set. */
	private int[] neighbours(int[] set) {
		boolean[] marked = new boolean[this.system.catalog().size()];
		for (int c : touching(set)) {
			for (int cell : this.system.constraints().get(c).cells()) {
				if (Arrays.binarySearch(set, cell) < 0 && this.values.changeable(cell)) {
					marked[cell] = true;
				}
			}
		}
		int[] cells = new int[marked.length];
		int size = 0;
		for (int cell = 0; cell < marked.length; cell++) {
			if (marked[cell]) {
				cells[size++] = cell;
			}
		}
		return Arrays.copyOf(cells, size);
	}

	private int[] changeable(int[] cells) {
		int[] kept = new int[cells.length];
		int size = 0;
		for (int cell : cells) {
			if (this.values.changeable(cell)) {
				kept[size++] = cell;
			}
		}
		return (size == cells.length) ? cells : Arrays.copyOf(kept, size);
	}

	/** The constraints containing a cell of the set, each once. */
	private int[] touching(int[] set) {
		this.stamp++;
		int[] found = new int[this.seen.length];
		int size = 0;
		for (int cell : set) {
			for (int c : this.system.constraintsOf(cell)) {
				if (this.seen[c] != this.stamp) {
					this.seen[c] = this.stamp;
					found[size++] = c;
				}
			}
		}
		return Arrays.copyOf(found, size);
	}

	/** The equations among some constraints, or the inequalities. */
	private int[] equations(int[] constraints, boolean equations) {
		int[] found = new int[constraints.length];
		int size = 0;
		for (int c : constraints) {
			if (this.system.constraints().get(c).isEquation() == equations) {
				found[size++] = c;
			}
		}
		return Arrays.copyOf(found, size);
	}

}
