package org.ogirollup.localisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.rules.TestSubmissions;
import org.ogirollup.submission.Submission;

/**
 * A consistent report to plant faults in: realistic figures of sections 三 and 四 that keep R1,
 * R2, R3 and R5, with every total computed here from its parts, so that a test changes one cell
 * and knows exactly what broke. 一、本年新收（自然人）is 152 and （四）无法提供 / 1.（自然人）is 59, so
 * that the report's examples of slips (152 → 125, 59 → 69) can be planted.
 */
final class ConsistentTables {

	static final List<String> APPLICANTS = TestSubmissions.COLUMNS.subList(0, 6);

	private ConsistentTables() {
	}

	/** The cells of the consistent report, by code. */
	static Map<String, Long> cells(ReportFormat format) {
		Map<String, Long> cells = new LinkedHashMap<>();
		row(cells, "apply.new", 152, 9, 3, 2, 1, 4);
		row(cells, "apply.carried_in", 10, 1, 0, 0, 0, 0);
		Map<String, long[]> outcomes = new LinkedHashMap<>();
		outcomes.put("apply.result.disclosed", new long[] { 70, 4, 1, 1, 0, 2 });
		outcomes.put("apply.result.partial", new long[] { 12, 1, 0, 0, 0, 1 });
		outcomes.put("apply.result.withheld.third_party", new long[] { 3, 0, 0, 0, 0, 0 });
		outcomes.put("apply.result.withheld.process_info", new long[] { 5, 1, 0, 0, 0, 0 });
		outcomes.put("apply.result.unable.not_held", new long[] { 59, 2, 1, 0, 1, 0 });
		outcomes.put("apply.result.not_processed.repeated", new long[] { 4, 0, 0, 0, 0, 0 });
		outcomes.put((format == ReportFormat.F2019) ? "apply.result.other" : "apply.result.other.misc",
				new long[] { 2, 0, 0, 0, 0, 0 });
		long[] resultTotal = new long[6];
		outcomes.forEach((row, values) -> {
			row(cells, row, values);
			for (int i = 0; i < 6; i++) {
				resultTotal[i] += values[i];
			}
		});
		row(cells, "apply.result.total", resultTotal);
		long[] carriedOut = new long[6];
		for (int i = 0; i < 6; i++) {
			String column = "." + APPLICANTS.get(i);
			carriedOut[i] = cells.get("apply.new" + column) + cells.get("apply.carried_in" + column) - resultTotal[i];
		}
		row(cells, "apply.carried_out", carriedOut);
		group(cells, "review", 14, 1, 0, 7);
		group(cells, "litigation.direct", 10, 4, 0, 1);
		group(cells, "litigation.after_review", 22, 1, 0, 0);
		return cells;
	}

	/** The consistent report with some cells changed. */
	static Submission with(ReportFormat format, Map<String, Long> changed) {
		Map<String, Long> cells = cells(format);
		changed.forEach((code, value) -> {
			if (!cells.containsKey(code) && !code.startsWith("apply.") && !code.startsWith("review.")
					&& !code.startsWith("litigation.")) {
				throw new IllegalArgumentException("not a cell of sections 三 or 四: " + code);
			}
			cells.put(code, value);
		});
		Map<String, String> text = new LinkedHashMap<>();
		cells.forEach((code, value) -> text.put(code, Long.toString(value)));
		return TestSubmissions.of(format, text);
	}

	static Submission consistent(ReportFormat format) {
		return with(format, Map.of());
	}

	private static void row(Map<String, Long> cells, String row, long... values) {
		long total = 0;
		for (int i = 0; i < 6; i++) {
			cells.put(row + "." + APPLICANTS.get(i), values[i]);
			total += values[i];
		}
		cells.put(row + ".total", total);
	}

	private static void group(Map<String, Long> cells, String group, long... outcomes) {
		List<String> names = List.of("upheld", "corrected", "other", "pending");
		long total = 0;
		for (int i = 0; i < 4; i++) {
			cells.put(group + "." + names.get(i), outcomes[i]);
			total += outcomes[i];
		}
		cells.put(group + ".total", total);
	}

}
