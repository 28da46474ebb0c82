package org.ogirollup.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plants one defect in the rows of a clean submission, changing as little as possible so that
 * only the intended findings appear; returns the item and what broke.
 */
final class Defects {

	private static final String DISCLOSED = "apply.result.disclosed";

	private static final String NOT_HELD = "apply.result.unable.not_held";

	private Defects() {
	}

	/** What a planted defect changed. */
	record Change(String item, String detail) {
	}

	/**
	 * Changes the rows in place. Kinds that concern files rather than rows (a copy, an unknown
	 * unit) leave the rows as they are.
	 */
	static Change plant(DefectKind kind, List<Row> rows, SplittableRandom random) {
		String column = ApplicationFigures.APPLICANTS.get(random.nextInt(ApplicationFigures.APPLICANTS.size()));
		return switch (kind) {
			case R1 -> {
				long by = 1 + random.nextInt(3);
				add(rows, "apply.new." + column, by);
				add(rows, "apply.new.total", by);
				yield new Change("apply.new." + column, "apply.new." + column + " and apply.new.total raised by " + by
						+ ": R1 breaks in columns " + column + " and total; R2 and R3 hold");
			}
			case R2 -> {
				add(rows, DISCLOSED + ".total", 1);
				yield new Change(DISCLOSED + ".total", DISCLOSED + ".total raised by 1: R2 breaks for row " + DISCLOSED
						+ ", and R3 in column total");
			}
			case R3 -> {
				long by = 1 + random.nextInt(3);
				add(rows, DISCLOSED + "." + column, by);
				add(rows, DISCLOSED + ".total", by);
				yield new Change(DISCLOSED + "." + column, DISCLOSED + "." + column + " and its row total raised by "
						+ by + ": R3 breaks in columns " + column + " and total; R1 and R2 hold");
			}
			case X1 -> {
				String moved = ApplicationFigures.APPLICANTS.stream()
					.filter((applicant) -> value(rows, "apply.new." + applicant) > 0)
					.findFirst()
					.orElse(column);
				long fromNew = (value(rows, "apply.new." + moved) > 0) ? 1 : 0;
				add(rows, "apply.carried_in." + moved, 1);
				add(rows, "apply.carried_in.total", 1);
				add(rows, "apply.new." + moved, -fromNew);
				add(rows, "apply.new.total", -fromNew);
				if (fromNew == 0) {
					add(rows, "apply.carried_out." + moved, 1);
					add(rows, "apply.carried_out.total", 1);
				}
				yield new Change("apply.carried_in." + moved, "apply.carried_in." + moved + " raised by 1"
						+ ((fromNew > 0) ? " and apply.new." + moved + " lowered by 1" : " and apply.carried_out." + moved
								+ " too (X1 breaks next year as well)")
						+ ": R1, R2, R3 hold, X1 breaks in columns " + moved + " and total");
			}
			case R5 -> {
				add(rows, "review.total", 1);
				yield new Change("review.total", "review.total raised by 1: R5 breaks for review only");
			}
			case R6 -> {
				long moved = value(rows, DISCLOSED + "." + column) + 1;
				add(rows, DISCLOSED + "." + column, -moved);
				add(rows, DISCLOSED + ".total", -moved);
				add(rows, NOT_HELD + "." + column, moved);
				add(rows, NOT_HELD + ".total", moved);
				yield new Change(DISCLOSED + "." + column, DISCLOSED + "." + column + " set to -1 and " + moved
						+ " moved to " + NOT_HELD + "." + column + ": only R6 breaks");
			}
			case DECIMAL_IN_COUNT -> {
				int at = pick(random, decisionRows(rows));
				set(rows, at, rows.get(at).value() + ".5");
				yield new Change(rows.get(at).item(), "count written as " + rows.get(at).value());
			}
			case NON_NUMBER -> {
				int at = pick(random, decisionRows(rows));
				set(rows, at, "#REF!");
				yield new Change(rows.get(at).item(), "value #REF! instead of a number");
			}
			case BLANK_VALUE -> {
				int at = pick(random, blankableRows(rows));
				set(rows, at, "");
				yield new Change(rows.get(at).item(), "a 0 cell left empty: warning only");
			}
			case MISSING_ITEM -> {
				int at = pick(random, decisionRows(rows));
				Row removed = rows.remove(at);
				yield new Change(removed.item(), "row removed (value was " + removed.value() + ")");
			}
			case UNKNOWN_ITEM -> {
				int at = index(rows, "apply.new." + column);
				Row real = rows.get(at);
				// a misspelt column, as typed by hand; value 0 so that no sum changes
				String typo = real.item().replace("apply.new.", "apply.nwe.");
				rows.add(at + 1, new Row(real.unitCode(), real.reportYear(), typo, "0", real.scope(), ""));
				yield new Change(typo, "extra row with unknown item " + typo);
			}
			case YEAR_MISMATCH -> {
				String year = Integer.toString(Integer.parseInt(rows.get(0).reportYear()) + 1);
				rows.replaceAll((row) -> row.withReportYear(year));
				yield new Change("", "report_year " + year + " on every row, one more than its folder");
			}
			case UNKNOWN_UNIT, DUPLICATE_SUBMISSION -> new Change("", "");
		};
	}

	private static List<Integer> decisionRows(List<Row> rows) {
		List<Integer> found = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).item().endsWith(".decisions")) {
				found.add(i);
			}
		}
		return found;
	}

	private static List<Integer> blankableRows(List<Row> rows) {
		List<Integer> found = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			// a blank total is derived rather than read as 0 (rules.md §7): leave totals filled
			if (row.item().startsWith("apply.") && !row.item().endsWith(".total")
					&& !row.item().startsWith("apply.result.total.") && "0".equals(row.value())) {
				found.add(i);
			}
		}
		if (found.isEmpty()) {
			throw new IllegalStateException("no zero cell in section 三 of " + rows.get(0).unitCode());
		}
		return found;
	}

	private static int pick(SplittableRandom random, List<Integer> candidates) {
		return candidates.get(random.nextInt(candidates.size()));
	}

	private static long value(List<Row> rows, String item) {
		return Long.parseLong(rows.get(index(rows, item)).value());
	}

	private static void add(List<Row> rows, String item, long by) {
		int at = index(rows, item);
		set(rows, at, Long.toString(Long.parseLong(rows.get(at).value()) + by));
	}

	private static void set(List<Row> rows, int at, String value) {
		rows.set(at, rows.get(at).withValue(value));
	}

	private static int index(List<Row> rows, String item) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).item().equals(item)) {
				return i;
			}
		}
		throw new IllegalStateException("no row " + item);
	}

}
