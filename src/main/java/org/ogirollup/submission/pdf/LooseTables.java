package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the tables a page prints without ruling lines among its lines of text: runs of lines
 * that are table rows (labels left, numbers right, a cell's gap between them), with the lines of
 * their labels between (a wrapped label, a group label, a row left blank). Header lines, whose
 * words stand above the numbers, end a run and stay lines of text: the shared step reads them
 * as header rows.
 */
final class LooseTables {

	/** Rows of one table stand at most this many font sizes apart. */
	private static final double ROW_GAP = 3;

	private LooseTables() {
	}

	/** A page's loose tables, and its lines that are in none. */
	static Found find(int page, List<TextLine> lines) {
		List<LooseLine> loose = lines.stream().map(LooseLine::of).toList();
		List<LooseTable> tables = new ArrayList<>();
		List<TextLine> rest = new ArrayList<>();
		int i = 0;
		while (i < loose.size()) {
			if (!loose.get(i).isRow()) {
				rest.add(lines.get(i));
				i++;
				continue;
			}
			int end = runEnd(loose, i);
			List<LooseLine> run = loose.subList(i, end);
			if (run.stream().filter(LooseLine::isRow).count() >= 2 || headed(loose.subList(Math.max(0, i - 3), i), run.get(0))) {
				tables.add(LooseTable.of(page, run));
			}
			else {
				rest.addAll(lines.subList(i, end));
			}
			i = end;
		}
		return new Found(tables, rest);
	}

	/**
	 * Where the run of a table that begins at a row ends: after its last row and the labels below
	 * it. A line of words between rows belongs to the table when it begins no further right than
	 * the labels end and ends before the numbers (a wrapped label, a group label left of the rows
	 * it spans, a row left blank); a caption or a header, which begins right of the labels or
	 * reaches over the numbers, ends the run.
	 */
	private static int runEnd(List<LooseLine> lines, int from) {
		double numbersLeft = lines.get(from).numbersLeft();
		Box labels = labelArea(null, lines.get(from));
		int lastRow = from;
		int end = from + 1;
		while (end < lines.size()) {
			LooseLine line = lines.get(end);
			LooseLine previous = lines.get(end - 1);
			if (line.box().top() - previous.box().bottom() > ROW_GAP * Math.max(line.fontSize(), previous.fontSize())) {
				break;
			}
			if (line.isRow()) {
				numbersLeft = Math.min(numbersLeft, line.numbersLeft());
				labels = labelArea(labels, line);
				lastRow = end;
			}
			else if (line.box().right() > numbersLeft - line.fontSize() / 2 || labels == null
					|| line.box().left() > labels.right()) {
				break;
			}
			end++;
		}
		return Math.max(lastRow + 1, trailingLabels(lines, lastRow, end));
	}

	/**
	 * The label lines after the last row that still belong to the table (a row left blank, the
	 * end of a wrapped label): those no farther below than a row's height.
	 */
	private static int trailingLabels(List<LooseLine> lines, int lastRow, int end) {
		int kept = lastRow + 1;
		double reach = 2.5 * lines.get(lastRow).fontSize();
		while (kept < end && lines.get(kept).centerY() - lines.get(kept - 1).centerY() <= reach) {
			kept++;
		}
		return kept;
	}

	private static Box labelArea(Box area, LooseLine row) {
		for (TextLine label : row.labels()) {
			area = (area == null) ? label.box() : area.union(label.box());
		}
		return area;
	}

	/**
	 * Whether header words stand over a single row's numbers, as a table's header does: most of
	 * its numbers have a word of the lines just above over them (a wrapped header leaves some
	 * words on the line above the others).
	 */
	private static boolean headed(List<LooseLine> above, LooseLine row) {
		List<TextLine> words = new ArrayList<>();
		double bottom = row.box().top();
		for (int i = above.size() - 1; i >= 0; i--) {
			LooseLine header = above.get(i);
			if (header.isRow() || bottom - header.box().bottom() > ROW_GAP * row.fontSize()) {
				break;
			}
			words.addAll(header.chunks());
			bottom = header.box().top();
		}
		long headed = row.numbers().stream()
			.filter((number) -> words.stream().anyMatch((word) -> word.box().overlapX(number.box()) > 0))
			.count();
		return words.size() >= 2 && headed * 3 >= row.numbers().size() * 2;
	}

	/** A page's loose tables, and its lines outside them. */
	record Found(List<LooseTable> tables, List<TextLine> rest) {
	}

}
