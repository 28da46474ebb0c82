package org.ogirollup.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ItemKind;
import org.ogirollup.catalog.ReportFormat;

/**
 * Fills blank total cells with the sum of their parts (rules.md §7): a report that leaves a
 * 总计 empty has not reported a total of zero. Row totals of section 三 first, then the column
 * totals of （七）总计, then the group totals of section 四. In the 2021 format the （六） of a
 * column is its three sub-rows, or the one group row of a report that prints table 三 the 2019 way.
 */
public final class BlankTotals {

	private static final String APPLY = "apply.";

	private static final String RESULT = "apply.result.";

	private static final String RESULT_TOTAL = "apply.result.total.";

	private static final List<String> OUTCOMES = List.of("upheld", "corrected", "other", "pending");

	/** Which totals add up which parts, worked out once per format from its item codes. */
	private static final Map<ReportFormat, List<Sum>> SUMS = sumsOfEveryFormat();

	/** The derived group each printed sub-row belongs to, such as （六）其他处理 of its column. */
	private static final Map<Item, Item> GROUP_OF_PART = groupsOfParts();

	private BlankTotals() {
	}

	/** A total and the parts it is the sum of, in the order totals are derived. */
	private record Sum(Item total, List<Item> parts) {
	}

	/** A group subtotal given beside its parts whose sum it is not. */
	public record GroupMismatch(Item group, BigDecimal given, BigDecimal sum) {
	}

	/**
	 * Settles the derived groups a submission gives (（六）其他处理 as one row of a 2021 report): a
	 * group given beside its sub-rows is left out, as the official table has no such cell, and is
	 * returned when it was not their sum (rules.md R4); a group given alone stays, standing in for
	 * its sub-rows.
	 * @param values the values in catalog order, changed in place
	 * @return the groups that disagreed with their sub-rows
	 */
	public static List<GroupMismatch> settleGroups(Catalog catalog, Value[] values) {
		List<GroupMismatch> mismatches = new ArrayList<>();
		catalog.derivedSums().forEach((group, parts) -> {
			Value given = values[group.index()];
			if (given == null || parts.stream().allMatch((part) -> values[part.index()] == null)) {
				return;
			}
			BigDecimal sum = BigDecimal.ZERO;
			for (Item part : parts) {
				sum = sum.add((values[part.index()] != null) ? values[part.index()].amount() : BigDecimal.ZERO);
			}
			if (given.amount().compareTo(sum) != 0) {
				mismatches.add(new GroupMismatch(group, given.amount(), sum));
			}
			values[group.index()] = null;
		});
		return mismatches;
	}

	/**
	 * Derives every blank total whose parts are all present.
	 * @param values the values in catalog order, changed in place
	 * @return each derived total with its value
	 */
	public static Map<Item, BigDecimal> derive(Catalog catalog, Value[] values) {
		Map<Item, BigDecimal> derived = new LinkedHashMap<>();
		for (Sum sum : SUMS.get(catalog.format())) {
			derive(sum, values, derived);
		}
		return derived;
	}

	private static Map<ReportFormat, List<Sum>> sumsOfEveryFormat() {
		Map<ReportFormat, List<Sum>> sums = new EnumMap<>(ReportFormat.class);
		for (ReportFormat format : ReportFormat.values()) {
			sums.put(format, sums(Catalog.of(format)));
		}
		return Collections.unmodifiableMap(sums);
	}

	private static Map<Item, Item> groupsOfParts() {
		Map<Item, Item> groups = new HashMap<>();
		for (ReportFormat format : ReportFormat.values()) {
			Catalog.of(format).derivedSums().forEach((group, parts) -> parts.forEach((part) -> groups.put(part, group)));
		}
		return Collections.unmodifiableMap(groups);
	}

	private static List<Sum> sums(Catalog catalog) {
		List<Sum> sums = new ArrayList<>();
		List<Item> items = catalog.items();
		for (Item total : items) {
			String code = total.code().value();
			if (code.startsWith(APPLY) && code.endsWith(".total") && !code.startsWith(RESULT_TOTAL)) {
				sums.add(new Sum(total, partsOfRow(items, code)));
			}
		}
		for (Item total : items) {
			String code = total.code().value();
			if (code.startsWith(RESULT_TOTAL) && !code.endsWith(".total")) {
				String column = code.substring(RESULT_TOTAL.length());
				sums.add(new Sum(total, items.stream().filter((item) -> isOutcome(item, column)).toList()));
			}
		}
		catalog.item(RESULT_TOTAL + "total")
			.ifPresent((total) -> sums.add(new Sum(total, partsOfRow(items, total.code().value()))));
		for (Item total : items) {
			String code = total.code().value();
			if (total.section().equals("四") && code.endsWith(".total")) {
				String group = code.substring(0, code.length() - "total".length());
				sums.add(new Sum(total, OUTCOMES.stream().map((outcome) -> catalog.require(group + outcome)).toList()));
			}
		}
		return sums.stream()
			.filter((sum) -> (sum.total().kind() == ItemKind.COUNT_TOTAL || sum.total().kind() == ItemKind.DERIVED)
					&& !sum.parts().isEmpty())
			.toList();
	}

	private static List<Item> partsOfRow(List<Item> items, String totalCode) {
		String row = totalCode.substring(0, totalCode.length() - "total".length());
		return items.stream()
			.filter((item) -> item.code().value().startsWith(row) && !item.code().value().equals(totalCode)
					&& item.code().value().indexOf('.', row.length()) < 0)
			.toList();
	}

	private static boolean isOutcome(Item item, String column) {
		String code = item.code().value();
		return code.startsWith(RESULT) && !code.startsWith(RESULT_TOTAL) && code.endsWith("." + column);
	}

	/**
	 * Whether an item may be absent: a derived group a report did not print, or a sub-row of a
	 * group it printed as one row.
	 */
	public static boolean mayBeAbsent(Item part, Value[] values) {
		if (!part.isPrinted()) {
			return true;
		}
		Item group = GROUP_OF_PART.get(part);
		return group != null && values[group.index()] != null;
	}

	private static void derive(Sum sum, Value[] values, Map<Item, BigDecimal> derived) {
		Item total = sum.total();
		Value blank = values[total.index()];
		if (blank == null || blank.state() != Value.State.BLANK) {
			return;
		}
		BigDecimal amount = BigDecimal.ZERO;
		for (Item part : sum.parts()) {
			Value value = values[part.index()];
			if (value == null) {
				if (mayBeAbsent(part, values)) {
					continue;
				}
				return;
			}
			amount = amount.add(value.amount());
		}
		values[total.index()] = Value.derived(amount, blank.line(), blank.label());
		derived.put(total, amount);
	}

}
