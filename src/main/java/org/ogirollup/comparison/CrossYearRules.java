package org.ogirollup.comparison;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.finding.Severity;

/**
 * The rules that set one body's report against its report of the year before: X1, X2 and X3 of
 * {@code spec/rules.md} §4 and the jump warning J1. Every finding is a warning: reorganisations and
 * changes of scope break these legitimately, so they never reject a submission.
 */
public final class CrossYearRules {

	/** The applicant columns and the total of section 三. */
	static final List<String> APPLICANT_COLUMNS = List.of("natural_person", "org_commercial", "org_research",
			"org_nonprofit", "org_legal_service", "org_other", "total");

	/** F2019 rows of （五）（六）（八） that carry a count of items from year to year (X2). */
	static final List<String> ITEM_COUNT_ROWS = List.of("active.art20_5.licensing", "active.art20_5.other_mgmt_service",
			"active.art20_6.penalty", "active.art20_6.coercion", "active.art20_8.admin_fee");

	/** F2021 document rows whose in-force count moves by issued minus repealed (X3). */
	static final List<String> DOCUMENT_ROWS = List.of("active.art20_1.regulation", "active.art20_1.normative_doc");

	private CrossYearRules() {
	}

	/** The rules with the {@link JumpThreshold#DEFAULT default} jump threshold. */
	public static List<Finding> check(String unitCode, int year, String source, Catalog prevCatalog, BigDecimal[] prev,
			Catalog curCatalog, BigDecimal[] cur) {
		return check(unitCode, year, source, prevCatalog, prev, curCatalog, cur, JumpThreshold.DEFAULT);
	}

	/**
	 * Warnings for one body between {@code year − 1} and {@code year}; a rule whose cells are absent
	 * in either year is skipped.
	 * @param unitCode the reporting unit
	 * @param year the current report year Y
	 * @param source where the current submission came from, as findings name it
	 * @param prevCatalog the catalog of the Y−1 values
	 * @param prev the Y−1 values in that catalog's order, {@code null} for an absent cell
	 * @param curCatalog the catalog of the Y values
	 * @param cur the Y values in that catalog's order, {@code null} for an absent cell
	 * @param jump when a change of a key count is a jump
	 */
	public static List<Finding> check(String unitCode, int year, String source, Catalog prevCatalog, BigDecimal[] prev,
			Catalog curCatalog, BigDecimal[] cur, JumpThreshold jump) {
		Years years = new Years(unitCode, year, source, prevCatalog, prev, curCatalog, cur);
		List<Finding> findings = new ArrayList<>();
		carryOver(years, findings);
		if (prevCatalog.format() == ReportFormat.F2019 && curCatalog.format() == ReportFormat.F2019) {
			itemCounts(years, findings);
		}
		if (prevCatalog.format() == ReportFormat.F2021 && curCatalog.format() == ReportFormat.F2021) {
			documentsInForce(years, findings);
		}
		jumps(years, jump, findings);
		return findings;
	}

	/** X1: what was carried out at the end of Y−1 is what is carried in at the start of Y. */
	private static void carryOver(Years years, List<Finding> findings) {
		for (String column : APPLICANT_COLUMNS) {
			Item in = years.current.require("apply.carried_in." + column);
			Item out = years.previous.require("apply.carried_out." + column);
			BigDecimal carriedIn = years.cur(in);
			BigDecimal carriedOut = years.prev(out);
			if (carriedIn == null || carriedOut == null || carriedIn.compareTo(carriedOut) == 0) {
				continue;
			}
			findings.add(years.warning(RuleIds.CARRY_OVER, List.of(in, out),
					String.format("X1 %s列：%d 年%s %s，不等于 %d 年%s %s（差 %s）", lastPart(in.columnLabel()), years.year,
							rowName(in), plain(carriedIn), years.year - 1, rowName(out), plain(carriedOut),
							plain(carriedIn.subtract(carriedOut)))));
		}
	}

	/** X2: this year's count of items is last year's count plus last year's change. */
	private static void itemCounts(Years years, List<Finding> findings) {
		for (String row : ITEM_COUNT_ROWS) {
			Item now = years.current.require(row + ".prev_items");
			Item before = years.previous.require(row + ".prev_items");
			Item change = years.previous.require(row + ".delta");
			BigDecimal count = years.cur(now);
			BigDecimal lastCount = years.prev(before);
			BigDecimal lastChange = years.prev(change);
			if (count == null || lastCount == null || lastChange == null) {
				continue;
			}
			BigDecimal expected = lastCount.add(lastChange);
			if (count.compareTo(expected) != 0) {
				findings.add(years.warning(RuleIds.ITEMS_CARRIED, List.of(now, before, change),
						String.format("X2 %s：%d 年%s %s，不等于 %d 年%s %s 加%s %s 之和 %s", lastPart(now.rowLabel()),
								years.year, now.columnLabel(), plain(count), years.year - 1, before.columnLabel(),
								plain(lastCount), change.columnLabel(), plain(lastChange), plain(expected))));
			}
		}
	}

	/** X3: documents in force move by those issued minus those repealed. */
	private static void documentsInForce(Years years, List<Finding> findings) {
		for (String row : DOCUMENT_ROWS) {
			Item inForce = years.current.require(row + ".in_force");
			Item issued = years.current.require(row + ".issued");
			Item repealed = years.current.require(row + ".repealed");
			BigDecimal now = years.cur(inForce);
			BigDecimal before = years.prev(years.previous.require(row + ".in_force"));
			BigDecimal added = years.cur(issued);
			BigDecimal removed = years.cur(repealed);
			if (now == null || before == null || added == null || removed == null) {
				continue;
			}
			BigDecimal expected = before.add(added).subtract(removed);
			if (now.compareTo(expected) != 0) {
				findings.add(years.warning(RuleIds.IN_FORCE_CARRIED, List.of(inForce, issued, repealed),
						String.format("X3 %s：%d 年%s %s，不等于 %d 年%s %s + %d 年%s %s − %s %s = %s",
								lastPart(inForce.rowLabel()), years.year, inForce.columnLabel(), plain(now), years.year - 1,
								inForce.columnLabel(), plain(before), years.year, issued.columnLabel(), plain(added),
								repealed.columnLabel(), plain(removed), plain(expected))));
			}
		}
	}

	/** J1: a key count many times larger or smaller than last year's. */
	private static void jumps(Years years, JumpThreshold jump, List<Finding> findings) {
		for (String code : jump.items()) {
			Item now = years.current.item(code).orElse(null);
			Item before = years.previous.item(code).orElse(null);
			if (now == null || before == null) {
				continue;
			}
			BigDecimal current = years.cur(now);
			BigDecimal previous = years.prev(before);
			if (current == null || previous == null || !jump.isJump(previous, current)) {
				continue;
			}
			boolean up = current.compareTo(previous) > 0;
			findings.add(years.warning(RuleIds.JUMP, List.of(now),
					String.format("J1 %s：%d 年 %s，为 %d 年 %s 的 %s 倍，%s %s 倍，请核实", label(now), years.year,
							plain(current), years.year - 1, plain(previous),
							plain(current.divide(previous, 2, RoundingMode.HALF_UP)), up ? "超过" : "不到",
							plain(up ? jump.maxRatio() : jump.minRatio()))));
		}
	}

	/** Both years of one body, and what the findings about them share. */
	private record Years(String unitCode, int year, String source, Catalog previous, BigDecimal[] prevValues,
			Catalog current, BigDecimal[] curValues) {

		BigDecimal prev(Item item) {
			return this.prevValues[item.index()];
		}

		BigDecimal cur(Item item) {
			return this.curValues[item.index()];
		}

		Finding warning(String ruleId, List<Item> items, String message) {
			return new Finding(this.source, this.unitCode, this.year, ruleId, Severity.WARNING,
					items.stream().map((item) -> item.code().value()).distinct().toList(), message);
		}

	}

	/** A row label without its table numbering: 上年结转政府信息公开申请数量. */
	private static String rowName(Item item) {
		return lastPart(item.rowLabel()).replaceFirst("^[一二三四五六七八九十]+、", "");
	}

	/** An item's row and column as a clerk reads them: 本年新收政府信息公开申请数量（总计）. */
	private static String label(Item item) {
		String column = lastPart(item.columnLabel());
		return rowName(item) + "（" + column + "）";
	}

	static String lastPart(String path) {
		int slash = path.lastIndexOf(" / ");
		return (slash < 0) ? path : path.substring(slash + 3);
	}

	static String plain(BigDecimal value) {
		return (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
	}

}
