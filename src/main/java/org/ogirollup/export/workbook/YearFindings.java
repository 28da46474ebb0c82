package org.ogirollup.export.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.catalog.Section;
import org.ogirollup.finding.Finding;
import org.ogirollup.localisation.Localiser;
import org.ogirollup.registry.Level;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.Unit;
import org.ogirollup.rules.Labels;

/**
 * The findings of a year as the workbooks list them ({@link FindingRow}), in the order of
 * {@code validation.csv}. They are held in memory, some 500 bytes each (100,000 findings take
 * about 50 MB); the values of the submissions they are on are read once, streaming, for the two
 * sides of each broken equation, and not kept.
 */
public final class YearFindings {

	/** The rules a suggested fix makes hold, in either format: their findings show the fix. */
	private static final Set<String> FIXED_RULES = fixedRules();

	private final int year;

	private final List<FindingRow> rows;

	private YearFindings(int year, List<FindingRow> rows) {
		this.year = year;
		this.rows = List.copyOf(rows);
	}

	/**
	 * @param findings the year's findings in the order of {@code validation.csv}
	 * @param submissions the stored submissions that have findings
	 */
	public static YearFindings of(Registry registry, int year, List<Finding> findings,
			SubmittedValues.Source submissions) {
		Map<String, List<Integer>> bySubmission = new HashMap<>();
		for (int i = 0; i < findings.size(); i++) {
			Finding finding = findings.get(i);
			bySubmission.computeIfAbsent(key(finding.unitCode(), FindingRow.sourceFile(finding.source())),
					(key) -> new ArrayList<>())
				.add(i);
		}
		EquationSides.Sides[] sides = new EquationSides.Sides[findings.size()];
		Set<String> seen = new HashSet<>();
		submissions.forEach((submission) -> {
			String key = key(submission.unitCode(), submission.sourceFile());
			// an own and a region-wide report of one unit in one file: the findings name no scope, the first is taken
			if (!seen.add(key)) {
				return;
			}
			for (int i : bySubmission.getOrDefault(key, List.of())) {
				sides[i] = EquationSides.of(findings.get(i), submission.format(), submission.values()).orElse(null);
			}
		});
		List<FindingRow> rows = new ArrayList<>(findings.size());
		for (int i = 0; i < findings.size(); i++) {
			Finding finding = findings.get(i);
			String suggestion = suggestion(finding, findings,
					bySubmission.get(key(finding.unitCode(), FindingRow.sourceFile(finding.source()))));
			rows.add(row(registry, year, finding, sides[i], suggestion));
		}
		return new YearFindings(year, rows);
	}

	public int year() {
		return this.year;
	}

	/** Every finding, in the order of {@code validation.csv}. */
	public List<FindingRow> rows() {
		return this.rows;
	}

	/** The findings whose unit the filter keeps, in the same order. */
	List<FindingRow> rows(Predicate<String> unitCodes) {
		return this.rows.stream().filter((row) -> unitCodes.test(row.finding().unitCode())).toList();
	}

	/** Errors and warnings per unit code. */
	Map<String, int[]> countsByUnit() {
		Map<String, int[]> counts = new HashMap<>();
		for (FindingRow row : this.rows) {
			int[] count = counts.computeIfAbsent(row.finding().unitCode(), (code) -> new int[2]);
			count[row.finding().isError() ? 0 : 1]++;
		}
		return counts;
	}

	private static FindingRow row(Registry registry, int year, Finding finding, EquationSides.Sides sides,
			String suggestion) {
		String unit = finding.unitCode();
		List<Item> items = finding.items()
			.stream()
			.map((code) -> Catalog.findItem(year, code))
			.flatMap(Optional::stream)
			.toList();
		return new FindingRow(finding, registry.unit(unit).map(Unit::name).orElse(""),
				name(registry, unit, Level.PROVINCE), name(registry, unit, Level.CITY), name(registry, unit, Level.COUNTY),
				distinct(items.stream().map((item) -> Section.of(item).shortName()).toList()),
				distinct(items.stream().map(Labels::row).toList()), distinct(items.stream().map(Labels::column).toList()),
				(sides != null) ? sides.left() : null, (sides != null) ? sides.right() : null, suggestion);
	}

	/** The fix of the finding's submission, for the suggestion itself and the findings it answers. */
	private static String suggestion(Finding finding, List<Finding> findings, List<Integer> sameSubmission) {
		if (FindingRow.isSuggestion(finding)) {
			return finding.message();
		}
		if (!FIXED_RULES.contains(finding.ruleId())) {
			return "";
		}
		return sameSubmission.stream()
			.map(findings::get)
			.filter(FindingRow::isSuggestion)
			.map(Finding::message)
			.findFirst()
			.orElse("");
	}


	private static Set<String> fixedRules() {
		Set<String> rules = new LinkedHashSet<>();
		for (ReportFormat format : ReportFormat.values()) {
			rules.addAll(Localiser.of(format).ruleIds());
		}
		return Set.copyOf(rules);
	}

	private static String name(Registry registry, String unitCode, Level level) {
		return registry.governmentAt(unitCode, level).map(Unit::name).orElse("");
	}

	private static String distinct(List<String> parts) {
		return parts.stream().distinct().collect(Collectors.joining("、"));
	}

	private static String key(String unitCode, String sourceFile) {
		return unitCode + "\u0000" + sourceFile;
	}

}
