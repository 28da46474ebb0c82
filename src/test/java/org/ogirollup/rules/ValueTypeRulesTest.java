package org.ogirollup.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogirollup.rules.TestSubmissions.at;
import static org.ogirollup.rules.TestSubmissions.cells;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.Severity;

/** R6, R9, R10, R13, R15 and R16: the kind of number each cell must hold; R11 and R12 on section 二. */
class ValueTypeRulesTest {

	@Test
	void r6RejectsNegativeCountsInSection3() {
		// negatives that cancel out, so that every sum still holds and only R6 speaks
		Map<String, String> cells = cells().row("apply.result.withheld.state_secret", -3, 3, 0, 0, 0, 0, 0)
			.row("apply.result.disclosed", 3, -3, 0, 0, 0, 0, 0)
			.map();

		List<Finding> findings = check(ReportFormat.F2019, cells);

		assertThat(findings).containsExactly(
				finding(ReportFormat.F2019, "R6", "apply.result.disclosed.org_commercial",
						"R6 数值应为非负整数：三、（一）予以公开（商业企业）= -3"),
				finding(ReportFormat.F2019, "R6", "apply.result.withheld.state_secret.natural_person",
						"R6 数值应为非负整数：三、（三）不予公开 / 1.属于国家秘密（自然人）= -3"));
	}

	@Test
	void r6RejectsDecimalsInSection4ButAcceptsWholeDecimals() {
		Map<String, String> cells = cells().put("review.upheld", "1.5")
			.put("review.corrected", "0.5")
			.put("review.total", "2")
			.put("litigation.direct.pending", "3.0")
			.put("litigation.direct.total", "3")
			.map();

		List<Finding> findings = check(ReportFormat.F2021, cells);

		assertThat(findings).containsExactly(
				finding(ReportFormat.F2021, "R6", "review.upheld", "R6 数值应为非负整数：行政复议（结果维持）= 1.5"),
				finding(ReportFormat.F2021, "R6", "review.corrected", "R6 数值应为非负整数：行政复议（结果纠正）= 0.5"));
	}

	@Test
	void absentBlankAndNotApplicableCellsAreLeftToTheReader() {
		Map<String, String> cells = cells().put("apply.new.org_research", "-")
			.put("apply.new.org_other", "")
			.put("active.art20_9.central_procurement.amount", "-")
			.map();

		assertThat(check(ReportFormat.F2019, cells)).isEmpty();
	}

	@Test
	void r9RejectsNegativeOrDecimalCountsInSection2Of2019() {
		Map<String, String> cells = cells().put("active.art20_9.central_procurement.projects", "-1")
			.put("active.art20_6.penalty.decisions", "2.5")
			.put("active.art20_1.normative_doc.public_total", "12")
			.map();

		List<Finding> findings = check(ReportFormat.F2019, cells);

		assertThat(findings).containsExactly(
				finding(ReportFormat.F2019, "R9", "active.art20_6.penalty.decisions",
						"R9 数值应为非负整数：第二十条第（六）项 / 行政处罚（处理决定数量）= 2.5"),
				finding(ReportFormat.F2019, "R9", "active.art20_9.central_procurement.projects",
						"R9 数值应为非负整数：第二十条第（九）项 / 政府集中采购（采购项目数量）= -1"));
	}

	@Test
	void r10AcceptsNegativeChangesButRejectsDecimals() {
		Map<String, String> cells = cells().put("active.art20_5.licensing.prev_items", "8")
			.put("active.art20_5.licensing.delta", "-5")
			.put("active.art20_8.admin_fee.delta", "1.5")
			.map();

		List<Finding> findings = check(ReportFormat.F2019, cells);

		assertThat(findings).containsExactly(finding(ReportFormat.F2019, "R10", "active.art20_8.admin_fee.delta",
				"R10 数值应为整数：第二十条第（八）项 / 行政事业性收费（本年增/减）= 1.5"));
	}

	@Test
	void r11WarnsWhenItemsWouldFallBelowZero() {
		Map<String, String> cells = cells().put("active.art20_6.penalty.prev_items", "3")
			.put("active.art20_6.penalty.delta", "-5")
			.map();

		List<Finding> findings = check(ReportFormat.F2019, cells);

		assertThat(findings).containsExactly(new Finding(at(ReportFormat.F2019, "active.art20_6.penalty.prev_items"),
				TestSubmissions.UNIT, 2019, "R11", Severity.WARNING,
				List.of("active.art20_6.penalty.prev_items", "active.art20_6.penalty.delta"),
				"R11 第二十条第（六）项 / 行政处罚不成立：上一年项目数量 3 + 本年增/减 -5 = -2，小于 0（差 2）"));
	}

	@Test
	void r12WarnsWhenMorePublishedThanPublicInTotal() {
		Map<String, String> cells = cells().put("active.art20_1.normative_doc.published", "5")
			.put("active.art20_1.normative_doc.public_total", "4")
			.map();

		List<Finding> findings = check(ReportFormat.F2019, cells);

		assertThat(findings).containsExactly(new Finding(
				at(ReportFormat.F2019, "active.art20_1.normative_doc.public_total"), TestSubmissions.UNIT, 2019, "R12",
				Severity.WARNING,
				List.of("active.art20_1.normative_doc.public_total", "active.art20_1.normative_doc.published"),
				"R12 第二十条第（一）项 / 规范性文件不成立：对外公开总数量 4，小于 本年新公开数量 5（差 1）"));
	}

	@Test
	void r13AcceptsDecimalAmountsButRejectsNegativeOnes() {
		assertThat(check(ReportFormat.F2019, Map.of("active.art20_9.central_procurement.amount", "21469172.33")))
			.isEmpty();

		List<Finding> findings = check(ReportFormat.F2019,
				Map.of("active.art20_9.central_procurement.amount", "-100.5"));

		assertThat(findings).containsExactly(finding(ReportFormat.F2019, "R13",
				"active.art20_9.central_procurement.amount", "R13 数值应为非负数：第二十条第（九）项 / 政府集中采购（采购总金额）= -100.5"));
	}

	@Test
	void r15RejectsNegativeOrDecimalCountsInSection2Of2021() {
		Map<String, String> cells = cells().put("active.art20_1.regulation.repealed", "-2")
			.put("active.art20_6.coercion.decisions", "0.5")
			.map();

		List<Finding> findings = check(ReportFormat.F2021, cells);

		assertThat(findings).containsExactly(
				finding(ReportFormat.F2021, "R15", "active.art20_1.regulation.repealed",
						"R15 数值应为非负整数：第二十条第（一）项 / 规章（本年废止件数）= -2"),
				finding(ReportFormat.F2021, "R15", "active.art20_6.coercion.decisions",
						"R15 数值应为非负整数：第二十条第（六）项 / 行政强制（本年处理决定数量）= 0.5"));
	}

	@Test
	void r16AcceptsDecimalFeesButRejectsNegativeOnes() {
		assertThat(check(ReportFormat.F2021, Map.of("active.art20_8.admin_fee.amount_wan", "96171.6"))).isEmpty();

		List<Finding> findings = check(ReportFormat.F2021, Map.of("active.art20_8.admin_fee.amount_wan", "-0.5"));

		assertThat(findings).containsExactly(finding(ReportFormat.F2021, "R16", "active.art20_8.admin_fee.amount_wan",
				"R16 数值应为非负数：第二十条第（八）项 / 行政事业性收费（本年收费金额（单位：万元））= -0.5"));
	}

	private static Finding finding(ReportFormat format, String ruleId, String code, String message) {
		int year = (format == ReportFormat.F2019) ? 2019 : 2021;
		return new Finding(at(format, code), TestSubmissions.UNIT, year, ruleId, Severity.ERROR, List.of(code),
				message);
	}

	private static List<Finding> check(ReportFormat format, Map<String, String> cells) {
		return RuleSet.of(format).check(TestSubmissions.of(format, cells));
	}

}
