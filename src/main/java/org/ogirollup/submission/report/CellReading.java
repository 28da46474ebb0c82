package org.ogirollup.submission.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ogirollup.catalog.Item;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.submission.document.Cell;
import org.ogirollup.submission.document.Place;

/**
 * Gives the cells of one printed row to the items of its table row: the cells as they are when
 * their number is the table's; digits run together split by the row's own arithmetic when they
 * split one way only; everything else a finding, never a guess at which cell was left blank.
 */
final class CellReading {

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private static final Pattern NOISE = Pattern.compile("[\\s\\u00A0\\u3000?]");

	private final ReadingState state;

	CellReading(ReadingState state) {
		this.state = state;
	}

	/** A row's run of digits that splits in several ways, kept until the table's totals are known. */
	record Ambiguous(ReportLayout.Row row, Place place, String label, Run run, List<long[]> splits) {
	}

	/**
	 * Digits run together over one or more cells, the last of which may end in decimals and a money
	 * unit ({@code 13575394432.52元}: a count and an amount): the split is of the whole digits, and
	 * the decimals and the unit stay with the last cell.
	 */
	record Run(List<String> digits, String suffix) {

		private static final Pattern LAST = Pattern.compile("(\\d+)((?:\\.\\d+)?(?:万元|元)?)");

		/** The run the texts make, or {@code null} when they are not digits run together. */
		static Run of(List<String> texts) {
			List<String> digits = new ArrayList<>();
			for (int i = 0; i < texts.size(); i++) {
				String text = NOISE.matcher(texts.get(i)).replaceAll("");
				if (i < texts.size() - 1) {
					if (!DIGITS.matcher(text).matches()) {
						return null;
					}
					digits.add(text);
					continue;
				}
				Matcher last = LAST.matcher(text);
				if (!last.matches()) {
					return null;
				}
				digits.add(last.group(1));
				return new Run(digits, last.group(2));
			}
			return null;
		}

		/** The run as printed. */
		String shown() {
			return String.join("", this.digits) + this.suffix;
		}

	}

	/**
	 * Reads one row.
	 * @param label the printed label the row was matched by, kept with its values
	 * @param splitter the arithmetic of the row's table, for digits run together
	 * @return the row when its digits split several ways, to be decided with the table; else {@code null}
	 */
	Ambiguous read(ReportLayout.Row row, List<Cell> printed, Place place, String label, CellSplitter splitter) {
		List<Item> items = row.items();
		List<Cell> cells = withoutLayoutBlanks(printed, items.size());
		if (cells.size() == items.size()) {
			for (int i = 0; i < items.size(); i++) {
				this.state.put(row, i, cells.get(i), place, label);
			}
			return null;
		}
		List<String> texts = cells.stream().map((cell) -> Folding.fold(cell.text())).toList();
		Run run = (cells.size() < items.size()) ? Run.of(texts) : null;
		if (run != null) {
			List<long[]> splits = splitter.splits(run.digits(), items.size());
			if (splits.size() == 1) {
				putSplit(row, splits.get(0), run.suffix(), place, label);
				this.state.splitRow();
				return null;
			}
			this.state.reported(items);
			if (splits.size() > 1) {
				return new Ambiguous(row, place, label, run, splits);
			}
			this.state.notes().error(place, RuleIds.AMBIGUOUS_CELLS, items, Notes.row(row) + "一行的数字连在一起（"
					+ Notes.written(List.of(run.shown())) + "），无法拆成 " + items.size() + " 个数而使该行的合计成立；未读取");
			return null;
		}
		String counted = (cells.size() > items.size()) ? "有 " + cells.size() + " 格" : "只有 " + cells.size() + " 格";
		this.state.notes().error(place, RuleIds.CELL_COUNT, items, Notes.row(row) + "一行" + counted + "（" + Notes.written(texts)
				+ "），表格应为 " + items.size() + " 格" + ((cells.size() < items.size()) ? "，无法确定哪几格空白" : "") + "；未读取");
		this.state.reported(items);
		return null;
	}

	/**
	 * The cells without the blanks a layout adds: empty cells after the last value beyond the
	 * row's width (a closing bar), or before the first when there are too many (an empty corner).
	 */
	static List<Cell> withoutLayoutBlanks(List<Cell> cells, int width) {
		List<Cell> kept = new ArrayList<>(cells);
		while (kept.size() > width && kept.get(kept.size() - 1).isBlank()) {
			kept.remove(kept.size() - 1);
		}
		while (kept.size() > width && kept.get(0).isBlank()) {
			kept.remove(0);
		}
		return kept;
	}

	/** The cells of a split: whole numbers, the last with the run's decimals and unit. */
	private void putSplit(ReportLayout.Row row, long[] split, String suffix, Place place, String label) {
		for (int i = 0; i < split.length; i++) {
			String text = split[i] + ((i == split.length - 1) ? suffix : "");
			this.state.put(row, i, Cell.of(text, place), place, label);
		}
	}

	/** Writes a decided split, and says how it was decided. */
	void decided(Ambiguous ambiguous, long[] split, String how) {
		putSplit(ambiguous.row(), split, ambiguous.run().suffix(), ambiguous.place(), ambiguous.label());
		this.state.notes().warn(ambiguous.place(), RuleIds.AMBIGUOUS_CELLS, ambiguous.row().items(),
				Notes.row(ambiguous.row()) + "一行的数字连在一起（" + ambiguous.run().shown() + "），可拆成 "
						+ ambiguous.splits().size() + " 种；" + how + "只有 " + joined(split) + " 成立，按此读取");
	}

	/** Says that a row could not be decided, with its candidates. */
	void undecided(Ambiguous ambiguous) {
		this.state.notes().error(ambiguous.place(), RuleIds.AMBIGUOUS_CELLS, ambiguous.row().items(),
				Notes.row(ambiguous.row()) + "一行的数字连在一起（" + ambiguous.run().shown() + "），可拆成多种："
						+ candidates(ambiguous.splits(), ambiguous.run().suffix()) + "；表格的勾稽关系也无法确定是哪一种，未读取，请核对原表");
	}

	private static String candidates(List<long[]> splits, String suffix) {
		List<String> shown = new ArrayList<>();
		for (long[] split : splits) {
			shown.add(joined(split) + suffix);
		}
		return String.join(" 或 ", shown) + (CellSplitter.isExhaustive(splits) ? "" : " 等");
	}

	static String joined(long[] split) {
		StringBuilder out = new StringBuilder();
		for (long cell : split) {
			out.append((out.length() > 0) ? "," : "").append(cell);
		}
		return out.toString();
	}

}
