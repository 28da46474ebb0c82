package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ogirollup.submission.pdf.LooseLabels.Depths;
import org.ogirollup.submission.pdf.LooseLabels.LabelledRow;

/**
 * Gives the group labels of a table without ruling lines to the rows they span. Groups stand in
 * columns, outermost left; the innermost column groups the deepest rows, the next one out the
 * rows one depth less deep and deeper, and so on. A group spans the run of such rows around
 * it, up to a shallower row; groups of one column in one run share it as merged cells centre
 * their labels, each spanning as far below its label as above.
 */
final class GroupSpans {

	private GroupSpans() {
	}

	static void assign(List<LabelStack> groups, List<LabelledRow> rows, Depths depths) {
		List<List<LabelStack>> columns = columns(groups);
		for (int c = 0; c < columns.size(); c++) {
			int depth = depths.deepest() - (columns.size() - 1 - c);
			assignColumn(columns.get(c), rows, depths, Math.max(depth, 1));
		}
	}

	/** Groups whose words share the x axis stand in one column; columns left to right. */
	private static List<List<LabelStack>> columns(List<LabelStack> groups) {
		List<LabelStack> sorted = new ArrayList<>(groups);
		sorted.sort(Comparator.comparingDouble((LabelStack group) -> group.box().left()));
		List<List<LabelStack>> columns = new ArrayList<>();
		Box span = null;
		for (LabelStack group : sorted) {
			if (span != null && group.box().left() <= span.right()) {
				columns.get(columns.size() - 1).add(group);
				span = span.union(group.box());
			}
			else {
				columns.add(new ArrayList<>(List.of(group)));
				span = group.box();
			}
		}
		return columns;
	}

	/** Gives one column's groups to the rows of the given depth and deeper, run by run. */
	private static void assignColumn(List<LabelStack> column, List<LabelledRow> rows, Depths depths, int depth) {
		int first = 0;
		while (first < rows.size()) {
			if (depths.of(rows.get(first).own()) < depth) {
				first++;
				continue;
			}
			int last = first;
			while (last + 1 < rows.size() && depths.of(rows.get(last + 1).own()) >= depth) {
				last++;
			}
			double top = (first > 0) ? (rows.get(first - 1).centerY() + rows.get(first).centerY()) / 2
					: rows.get(first).centerY() - 1;
			double bottom = (last + 1 < rows.size()) ? (rows.get(last).centerY() + rows.get(last + 1).centerY()) / 2
					: rows.get(last).centerY() + 1;
			List<LabelStack> inRun = new ArrayList<>();
			for (LabelStack group : column) {
				if (group.centerY() >= top && group.centerY() <= bottom) {
					inRun.add(group);
				}
			}
			share(inRun, rows.subList(first, last + 1), top);
			first = last + 1;
		}
	}

	private static void share(List<LabelStack> groups, List<LabelledRow> run, double top) {
		groups.sort(Comparator.comparingDouble(LabelStack::centerY));
		double start = top;
		for (int g = 0; g < groups.size(); g++) {
			LabelStack group = groups.get(g);
			double end = Double.POSITIVE_INFINITY;
			if (g + 1 < groups.size()) {
				double mirrored = 2 * group.centerY() - start;
				// never past the next group's own words, never short of this one's
				end = Math.max(group.box().bottom(), Math.min(mirrored, groups.get(g + 1).box().top()));
			}
			for (LabelledRow row : run) {
				if (row.centerY() >= start && row.centerY() < end) {
					row.groups().add(group);
				}
			}
			start = end;
		}
	}

}
