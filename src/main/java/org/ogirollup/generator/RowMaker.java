package org.ogirollup.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.submission.Scope;

/** Turns a submission's values into its CSV rows, one per catalog item in catalog order. */
final class RowMaker {

	// labels are the same for every submission of a format: computed once, not 20 million times
	private final Map<ReportFormat, String[]> labels = new EnumMap<>(ReportFormat.class);

	RowMaker() {
		for (ReportFormat format : ReportFormat.values()) {
			List<Item> items = Catalog.of(format).items();
			String[] texts = new String[items.size()];
			for (Item item : items) {
				texts[item.index()] = item.label();
			}
			this.labels.put(format, texts);
		}
	}

	List<Row> rows(String unitCode, int year, Scope scope, Figures figures) {
		Catalog catalog = figures.catalog();
		String[] texts = this.labels.get(catalog.format());
		String yearText = Integer.toString(year);
		List<Row> rows = new ArrayList<>(catalog.size() + 1);
		for (Item item : catalog.printedItems()) {
			rows.add(new Row(unitCode, yearText, item.code().value(), figures.text(item), scope.label(),
					texts[item.index()]));
		}
		return rows;
	}

}
