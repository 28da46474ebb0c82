package org.ogirollup.catalog;

import java.util.Arrays;

/**
 * Where each item of one format lands in another, for adding a report that used the other
 * year's template into a year's totals (rules.md A3). Section 三 and 四 keep their codes; the
 * single F2019 row （六）其他处理 meets the F2021 sub-row 3.其他 and the three F2021 sub-rows fold
 * into the F2019 row; section 二 measures differ and are not carried across.
 */
public final class FormatMapping {

	private static final String OTHER_ROW = "apply.result.other.";

	private static final String OTHER_MISC_ROW = "apply.result.other.misc.";

	private static final String[] OTHER_SUB_ROWS = { "apply.result.other.no_correction.", "apply.result.other.fee_unpaid.",
			OTHER_MISC_ROW };

	private FormatMapping() {
	}

	/**
	 * For each item index of {@code from}, the index of the item of {@code to} its value is
	 * added into, or -1 when it has no place there.
	 */
	public static int[] targetIndexes(Catalog from, Catalog to) {
		int[] targets = new int[from.size()];
		Arrays.fill(targets, -1);
		for (Item item : from.items()) {
			if (from.format() != to.format() && item.section().equals("二")) {
				continue;
			}
			targets[item.index()] = to.item(targetCode(item.code().value(), from.format(), to.format()))
				.map(Item::index)
				.orElse(-1);
		}
		return targets;
	}

	private static String targetCode(String code, ReportFormat from, ReportFormat to) {
		// the one row （六）其他处理, of a 2019-format table or of a 2021 report that prints table 三 the
		// 2019 way (its derived group), meets the 2021 sub-row 3.其他
		if (to == ReportFormat.F2021 && isOtherRow(code)) {
			return OTHER_MISC_ROW + code.substring(OTHER_ROW.length());
		}
		if (from == ReportFormat.F2021 && to == ReportFormat.F2019) {
			for (String subRow : OTHER_SUB_ROWS) {
				if (code.startsWith(subRow)) {
					return OTHER_ROW + code.substring(subRow.length());
				}
			}
		}
		return code;
	}

	private static boolean isOtherRow(String code) {
		return code.startsWith(OTHER_ROW) && code.indexOf('.', OTHER_ROW.length()) < 0;
	}

}
