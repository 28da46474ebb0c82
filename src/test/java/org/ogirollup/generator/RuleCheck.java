package org.ogirollup.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ItemKind;

/**
 * The rules of {@code spec/rules.md} that a single submission must satisfy, computed directly
 * from the text read back, for the tests: returns what breaks, as {@code R1:<column>},
 * {@code R2:<row>}, {@code R3:<column>}, {@code R5:<group>}, {@code R6:<item>} or
 * {@code FORM:<item>} (a value not of its item's form).
 */
final class RuleCheck {

	static final List<String> COLUMNS = List.of("natural_person", "org_commercial", "org_research", "org_nonprofit",
			"org_legal_service", "org_other", "total");

	private RuleCheck() {
	}

	static Set<String> broken(SubmissionCsv.Read read) {
		Catalog catalog = Catalog.forReportYear(Integer.parseInt(read.reportYear()));
		Set<String> broken = new TreeSet<>();
		for (Item item : catalog.printedItems()) {
			String text = read.values().get(item.code().value());
			if (text == null) {
				broken.add("MISSING:" + item.code());
			}
			else if (!text.isEmpty() && !hasForm(item, text)) {
				broken.add("FORM:" + item.code());
			}
			else if (!text.isEmpty() && item.kind().isWhole() && !item.kind().isSigned() && Long.parseLong(text) < 0) {
				broken.add("R6:" + item.code());
			}
		}
		if (!broken.stream().allMatch((b) -> b.startsWith("R6:"))) {
			// arithmetic on missing or malformed values would only repeat the same fault
			return broken;
		}
		List<String> outcomes = ApplicationFigures.outcomeRows(catalog);
		List<String> rows = new ArrayList<>(List.of("apply.new", "apply.carried_in"));
		rows.addAll(outcomes);
		rows.addAll(List.of("apply.result.total", "apply.carried_out"));
		for (String row : rows) {
			long sum = 0;
			for (String column : COLUMNS.subList(0, 6)) {
				sum += read.get(row + "." + column);
			}
			if (sum != read.get(row + ".total")) {
				broken.add("R2:" + row);
			}
		}
		for (String column : COLUMNS) {
			long left = read.get("apply.new." + column) + read.get("apply.carried_in." + column);
			long right = read.get("apply.result.total." + column) + read.get("apply.carried_out." + column);
			if (left != right) {
				broken.add("R1:" + column);
			}
			long outcomesSum = 0;
			for (String outcome : outcomes) {
				outcomesSum += read.get(outcome + "." + column);
			}
			if (outcomesSum != read.get("apply.result.total." + column)) {
				broken.add("R3:" + column);
			}
		}
		for (String group : List.of("review", "litigation.direct", "litigation.after_review")) {
			long sum = 0;
			for (String result : List.of("upheld", "corrected", "other", "pending")) {
				sum += read.get(group + "." + result);
			}
			if (sum != read.get(group + ".total")) {
				broken.add("R5:" + group);
			}
		}
		return broken;
	}

	/** Whether a value is written as its kind requires: integers, or money with exactly two decimals. */
	static boolean hasForm(Item item, String text) {
		if (item.kind() == ItemKind.MONEY) {
			return text.matches("\\d+\\.\\d{2}");
		}
		return text.matches(item.kind().isSigned() ? "-?\\d+" : "-?\\d+");
	}

}
