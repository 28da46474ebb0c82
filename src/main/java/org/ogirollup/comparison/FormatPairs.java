package org.ogirollup.comparison;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;

/**
 * Which previous-year items each current-year item is compared with: the F2019 → F2021 mapping of
 * {@code spec/README.md} §5 and {@code rules.md} §6, kept as the three tables below. Anything the
 * tables do not name is not comparable, so a new or changed item is never compared as if equal.
 */
public final class FormatPairs {

	/** Sections whose codes keep their meaning across the format change (三 except （六）, and 四). */
	private static final Set<String> SAME_CODE_SECTIONS = Set.of("三", "四");

	/** The only section-二 items that compare across formats, current code → previous code. */
	private static final List<ComparablePair> SECTION_TWO = List.of(
			approximate("active.art20_1.regulation.issued", "active.art20_1.regulation.made"),
			approximate("active.art20_1.normative_doc.issued", "active.art20_1.normative_doc.made"),
			ComparablePair.exact("active.art20_5.licensing.decisions"),
			ComparablePair.exact("active.art20_6.penalty.decisions"),
			ComparablePair.exact("active.art20_6.coercion.decisions"));

	/**
	 * F2019 rows that F2021 splits into sub-rows: compared per column, as the F2019 cell against the
	 * sum of the F2021 sub-row cells, under the F2019 code (rules.md D4).
	 */
	private static final Map<String, List<String>> SPLIT_ROWS = Map.of("apply.result.other",
			List.of("apply.result.other.no_correction", "apply.result.other.fee_unpaid", "apply.result.other.misc"));

	/** Pairs per direction, computed once: the catalogs of a format never change. */
	private static final Map<String, List<ComparablePair>> COMPUTED = new ConcurrentHashMap<>();

	private FormatPairs() {
	}

	/**
	 * The rows of a comparison, in the current catalog's order; a group row comes just before the
	 * first current row it sums. Same format: every item exact. F2019 → F2021: the mapping. Any other
	 * direction: every item not comparable.
	 */
	public static List<ComparablePair> pairs(Catalog previous, Catalog current) {
		return COMPUTED.computeIfAbsent(previous.format() + ">" + current.format(),
				(direction) -> List.copyOf(compute(previous, current)));
	}

	private static List<ComparablePair> compute(Catalog previous, Catalog current) {
		if (previous.format() == current.format()) {
			return current.printedItems().stream().map((item) -> ComparablePair.exact(item.code().value())).toList();
		}
		if (previous.format() != ReportFormat.F2019 || current.format() != ReportFormat.F2021) {
			return current.printedItems().stream().map((item) -> ComparablePair.notComparable(item.code().value())).toList();
		}
		Map<String, ComparablePair> sectionTwo = new LinkedHashMap<>();
		SECTION_TWO.forEach((pair) -> sectionTwo.put(pair.item(), pair));
		List<ComparablePair> groups = groupPairs(previous, current);
		Set<String> grouped = new HashSet<>();
		groups.forEach((pair) -> grouped.addAll(pair.currentCodes()));
		List<ComparablePair> pairs = new ArrayList<>();
		boolean groupsPlaced = false;
		for (Item item : current.printedItems()) {
			String code = item.code().value();
			if (!groupsPlaced && grouped.contains(code)) {
				pairs.addAll(groups);
				groupsPlaced = true;
			}
			if (item.section().equals("二")) {
				pairs.add(sectionTwo.getOrDefault(code, ComparablePair.notComparable(code)));
			}
			else if (SAME_CODE_SECTIONS.contains(item.section()) && previous.item(code).isPresent()) {
				pairs.add(ComparablePair.exact(code));
			}
			else {
				pairs.add(ComparablePair.notComparable(code));
			}
		}
		return pairs;
	}

	private static List<ComparablePair> groupPairs(Catalog previous, Catalog current) {
		List<ComparablePair> groups = new ArrayList<>();
		for (Item item : previous.items()) {
			String code = item.code().value();
			int dot = code.lastIndexOf('.');
			List<String> subRows = SPLIT_ROWS.get(code.substring(0, dot));
			if (subRows == null) {
				continue;
			}
			String column = code.substring(dot);
			List<String> members = subRows.stream().map((row) -> row + column).toList();
			members.forEach(current::require);
			groups.add(new ComparablePair(code, List.of(code), members, Comparability.GROUP));
		}
		return groups;
	}

	private static ComparablePair approximate(String currentCode, String previousCode) {
		return new ComparablePair(currentCode, List.of(previousCode), List.of(currentCode), Comparability.APPROXIMATE);
	}

}
