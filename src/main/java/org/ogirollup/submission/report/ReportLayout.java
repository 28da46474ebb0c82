package org.ogirollup.submission.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.catalog.Section;

/**
 * The rows of a report's tables as it prints them, derived from the catalog's row labels so the
 * label text lives in one place. Table 三 may follow another format than the rest (a 2021 report
 * that prints （六）其他处理 as one row, as the 2019 format does, or the other way round): its rows
 * are then that format's, each still given to an item of the submission's catalog.
 */
final class ReportLayout {

	private final Catalog catalog;

	private final ReportFormat tableThree;

	private final Map<Section, List<Row>> rows = new EnumMap<>(Section.class);

	private final List<Item> reviewItems = new ArrayList<>();

	private ReportLayout(Catalog catalog, ReportFormat tableThree) {
		this.catalog = catalog;
		this.tableThree = tableThree;
		for (Section section : Section.values()) {
			this.rows.put(section, new ArrayList<>());
		}
		Catalog printed = (tableThree == catalog.format()) ? catalog : Catalog.of(tableThree);
		for (List<Item> items : byRow(catalog.printedItems()).values()) {
			Section section = Section.of(items.get(0));
			if (section == Section.REVIEWS) {
				this.reviewItems.addAll(items);
			}
			else if (section == Section.ACTIVE) {
				this.rows.get(section).add(Row.of(items, items, false));
			}
		}
		for (List<Item> printedRow : byRow(printed.printedItems()).values()) {
			if (Section.of(printedRow.get(0)) == Section.APPLICATIONS) {
				this.rows.get(Section.APPLICATIONS).add(rowOfTableThree(printedRow));
			}
		}
	}

	static ReportLayout of(Catalog catalog, ReportFormat tableThree) {
		return new ReportLayout(catalog, tableThree);
	}

	/**
	 * A row of table 三 as printed, given to the submission's items: the same codes, except the
	 * （六） rows where the formats differ. The one 2019 row goes to the 2021 derived group; each of
	 * the three 2021 rows adds to the one 2019 row.
	 */
	private Row rowOfTableThree(List<Item> printedRow) {
		if (this.tableThree == this.catalog.format()) {
			return Row.of(printedRow, printedRow, false);
		}
		List<Item> items = new ArrayList<>();
		for (Item printed : printedRow) {
			String code = printed.code().value();
			String target = (this.tableThree == ReportFormat.F2021) ? groupCode(code) : code;
			items.add(this.catalog.item(target).orElseThrow());
		}
		boolean adds = this.tableThree == ReportFormat.F2021 && !groupCode(printedRow.get(0).code().value())
			.equals(printedRow.get(0).code().value());
		return Row.of(printedRow, items, adds);
	}

	/** The 2019 code of a 2021 sub-row of （六）: apply.result.other.misc.total is apply.result.other.total. */
	private static String groupCode(String code) {
		for (String subRow : List.of("no_correction", "fee_unpaid", "misc")) {
			String prefix = "apply.result.other." + subRow + ".";
			if (code.startsWith(prefix)) {
				return "apply.result.other." + code.substring(prefix.length());
			}
		}
		return code;
	}

	private static Map<String, List<Item>> byRow(List<Item> items) {
		Map<String, List<Item>> byRow = new LinkedHashMap<>();
		for (Item item : items) {
			byRow.computeIfAbsent(item.section() + "\t" + item.rowLabel(), (key) -> new ArrayList<>()).add(item);
		}
		return byRow;
	}

	Catalog catalog() {
		return this.catalog;
	}

	/** The format table 三 follows, which may differ from the catalog's. */
	ReportFormat tableThree() {
		return this.tableThree;
	}

	/** The data rows of table 二 or 三, in table order. */
	List<Row> rows(Section section) {
		return this.rows.get(section);
	}

	/** The 15 cells of table 四's one data row, in the order they are printed. */
	List<Item> reviewItems() {
		return List.copyOf(this.reviewItems);
	}

	/**
	 * One data row of a table.
	 * @param path the official labels of the row, outermost first ({@code 三、本年度办理结果},
	 * {@code （三）不予公开}, {@code 1.属于国家秘密})
	 * @param key the row's own label reduced for matching, see {@link LabelMatcher#key}
	 * @param printed the cells as the printed format has them, in column order, for their labels
	 * @param items the submission's items the cells go to, in the same order
	 * @param adds whether the cells add to their items rather than fill them: several printed rows
	 * that one item holds
	 */
	record Row(List<String> path, String key, List<Item> printed, List<Item> items, boolean adds) {

		static Row of(List<Item> printed, List<Item> items, boolean adds) {
			List<String> path = List.of(printed.get(0).rowLabel().split(" / "));
			return new Row(path, LabelMatcher.key(Folding.fold(path.get(path.size() - 1))), printed, items, adds);
		}

		/** The row's own label: 1.属于国家秘密. */
		String label() {
			return this.path.get(this.path.size() - 1);
		}

		/** The row as a clerk finds it in the table: （三）不予公开 1.属于国家秘密. */
		String fullLabel() {
			return String.join(" ", this.path.subList(Math.min(1, this.path.size() - 1), this.path.size()));
		}

		boolean isResultTotal() {
			return this.items.get(0).code().value().startsWith("apply.result.total.");
		}

		boolean isResult() {
			return this.items.get(0).code().value().startsWith("apply.result.") && !isResultTotal();
		}

		boolean isFirstOfTableThree() {
			return this.items.get(0).code().value().startsWith("apply.new.");
		}

		boolean isBalanceTerm() {
			String code = this.items.get(0).code().value();
			return code.startsWith("apply.new.") || code.startsWith("apply.carried_in.")
					|| code.startsWith("apply.carried_out.");
		}

	}

}
