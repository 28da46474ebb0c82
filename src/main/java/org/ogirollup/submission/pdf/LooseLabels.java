package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The labels of a table printed without ruling lines, from where they stand. The words of one
 * label cell stack up: a label wrapped over lines, a group label printed one character a line.
 * A stack beside a row's numbers is that row's label. The rows' labels stand at a few depths
 * (一、 spans all label columns, （一） two, 1. one), told by their left edges or, where a table
 * centres its labels, their middles; a stack beside no row is a group label of the deeper rows
 * around it, or, at the depth of its neighbours, a row left blank. A group shares its run of
 * rows with the other groups of its depth as merged cells centre their labels: each spans as
 * far below its label as above.
 */
final class LooseLabels {

	/** Labels whose edges (or middles) are this close, in points, stand at one depth. */
	private static final double SAME_DEPTH = 2.5;

	private LooseLabels() {
	}

	/** The rows of a table, top to bottom, each with its labels and the line of its values. */
	static List<LabelledRow> of(List<LooseLine> lines) {
		List<LabelStack> stacks = LabelStack.of(lines);
		List<LabelledRow> rows = new ArrayList<>();
		List<LabelStack> owned = new ArrayList<>();
		for (LooseLine line : lines) {
			if (line.isRow()) {
				LabelStack own = ownLabel(line, stacks, owned);
				if (own != null) {
					owned.add(own);
				}
				rows.add(new LabelledRow(own, line, line.centerY()));
			}
		}
		Depths depths = Depths.of(owned);
		List<LabelStack> loose = stacks.stream().filter((stack) -> !owned.contains(stack)).toList();
		List<LabelStack> groups = new ArrayList<>();
		for (LabelStack stack : loose) {
			int depth = depths.of(stack);
			boolean besideRow = rows.stream().anyMatch((row) -> stack.beside(row.centerY()));
			if (depth >= 0 && !besideRow && !between(rows, stack.centerY(), depth, depths)) {
				rows.add(new LabelledRow(stack, null, stack.centerY()));
			}
			else {
				groups.add(stack);
			}
		}
		rows.sort(Comparator.comparingDouble(LabelledRow::centerY));
		GroupSpans.assign(groups, rows, depths);
		return rows;
	}

	/** The row's own label: the stack holding its last label word, else the rightmost beside it. */
	private static LabelStack ownLabel(LooseLine line, List<LabelStack> stacks, List<LabelStack> owned) {
		if (!line.labels().isEmpty()) {
			TextLine last = line.labels().get(line.labels().size() - 1);
			for (LabelStack stack : stacks) {
				if (stack.holds(last)) {
					return stack;
				}
			}
		}
		LabelStack best = null;
		for (LabelStack stack : stacks) {
			if (!owned.contains(stack) && !stack.hasLeaf() && stack.beside(line.centerY())
					&& (best == null || stack.box().left() > best.box().left())) {
				best = stack;
			}
		}
		return best;
	}

	/** Whether the rows just above and below a point are both deeper than the depth: it stands among them. */
	private static boolean between(List<LabelledRow> rows, double y, int depth, Depths depths) {
		LabelledRow above = null;
		LabelledRow below = null;
		for (LabelledRow row : rows) {
			if (row.centerY() < y && (above == null || row.centerY() > above.centerY())) {
				above = row;
			}
			if (row.centerY() > y && (below == null || row.centerY() < below.centerY())) {
				below = row;
			}
		}
		return above != null && below != null && depths.of(above.own()) > depth && depths.of(below.own()) > depth;
	}

	/**
	 * A row of the table.
	 * @param own its own label, or null (table 四's row has none)
	 * @param values the line of its numbers, or null for a row left blank
	 * @param centerY where it stands
	 */
	record LabelledRow(LabelStack own, LooseLine values, double centerY, List<LabelStack> groups) {

		LabelledRow(LabelStack own, LooseLine values, double centerY) {
			this(own, values, centerY, new ArrayList<>());
		}

		/** Its group labels outermost first, then its own. */
		List<String> labels() {
			List<String> labels = new ArrayList<>();
			this.groups.stream().sorted(Comparator.comparingDouble((LabelStack group) -> group.box().left()))
				.forEach((group) -> labels.add(group.text()));
			if (this.own != null) {
				labels.add(this.own.text());
			}
			return labels;
		}

	}

	/**
	 * The depths of a table's row labels: the distinct left edges of the rows' own labels, or
	 * their distinct middles where that explains them with fewer depths (labels centred in
	 * their cells), outermost first.
	 */
	record Depths(boolean byMiddle, List<Double> keys) {

		static Depths of(List<LabelStack> labels) {
			List<Double> lefts = clusters(labels.stream().map((label) -> label.box().left()).toList());
			List<Double> middles = clusters(labels.stream().map((label) -> middle(label.box())).toList());
			return (middles.size() < lefts.size()) ? new Depths(true, middles) : new Depths(false, lefts);
		}

		/** The depth of a label, -1 when it stands at none of the rows' depths; a missing label is the outermost. */
		int of(LabelStack label) {
			if (label == null) {
				return 0;
			}
			double key = this.byMiddle ? middle(label.box()) : label.box().left();
			for (int i = 0; i < this.keys.size(); i++) {
				if (Math.abs(this.keys.get(i) - key) <= SAME_DEPTH) {
					return i;
				}
			}
			return -1;
		}

		int deepest() {
			return this.keys.size() - 1;
		}

		private static double middle(Box box) {
			return (box.left() + box.right()) / 2;
		}

		private static List<Double> clusters(List<Double> values) {
			List<Double> sorted = new ArrayList<>(values);
			sorted.sort(null);
			List<Double> keys = new ArrayList<>();
			for (double value : sorted) {
				if (keys.isEmpty() || value - keys.get(keys.size() - 1) > SAME_DEPTH) {
					keys.add(value);
				}
			}
			return keys;
		}

	}

}
