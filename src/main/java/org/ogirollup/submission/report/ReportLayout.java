package org.ogirollup.submission.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;

/**
 * The rows of one format's tables as a published report lays them out, derived from the catalog's
 * row labels so the label text lives in one place.
 */
final class ReportLayout {

	static final String ACTIVE = "二";

	static final String APPLICATIONS = "三";

	static final String REVIEWS = "四";

	private final Catalog catalog;

	private final Map<String, List<Row>> rowsBySection = new LinkedHashMap<>();

	private final List<Item> reviewItems = new ArrayList<>();

	private ReportLayout(Catalog catalog) {
		this.catalog = catalog;
		Map<String, List<Item>> byRow = new LinkedHashMap<>();
		for (Item item : catalog.items()) {
			if (REVIEWS.equals(item.section())) {
				this.reviewItems.add(item);
			}
			else {
				byRow.computeIfAbsent(item.section() + "\t" + item.rowLabel(), (key) -> new ArrayList<>()).add(item);
			}
		}
		for (List<Item> items : byRow.values()) {
			Item first = items.get(0);
			String label = leaf(first.rowLabel());
			this.rowsBySection.computeIfAbsent(first.section(), (key) -> new ArrayList<>())
				.add(new Row(label, LabelMatcher.key(ReportText.fold(label)), List.copyOf(items)));
		}
	}

	static ReportLayout of(Catalog catalog) {
		return new ReportLayout(catalog);
	}

	Catalog catalog() {
		return this.catalog;
	}

	/** The data rows of section 二 or 三, in table order. */
	List<Row> rows(String section) {
		return this.rowsBySection.getOrDefault(section, List.of());
	}

	/** The 15 cells of section 四's single data row, in the order values are written. */
	List<Item> reviewItems() {
		return List.copyOf(this.reviewItems);
	}

	private static String leaf(String path) {
		int slash = path.lastIndexOf(" / ");
		return (slash < 0) ? path : path.substring(slash + 3);
	}

	/**
	 * One data row of a table.
	 * @param label the official label of the row itself (without its groups)
	 * @param key the label reduced for matching, see {@link LabelMatcher#key}
	 * @param items its cells, in column order
	 */
	record Row(String label, String key, List<Item> items) {

		boolean isResultTotal() {
			return this.items.get(0).code().value().startsWith("apply.result.total.");
		}

		boolean isResult() {
			return this.items.get(0).code().value().startsWith("apply.result.") && !isResultTotal();
		}

	}

}
