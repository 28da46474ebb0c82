package org.ogirollup.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogirollup.rules.TestSubmissions.at;
import static org.ogirollup.rules.TestSubmissions.cells;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.Severity;

/** R1, R2, R3 and R5: each test breaks exactly one rule and expects its findings, word for word. */
class LinearRulesTest {

	private static final List<String> APPLICANTS = TestSubmissions.COLUMNS.subList(0, 6);

	@ParameterizedTest
	@EnumSource(ReportFormat.class)
	void consistentSubmissionHasNoFindings(ReportFormat format) {
		assertThat(RuleSet.of(format).check(TestSubmissions.of(format, Map.of()))).isEmpty();
	}

	@Test
	void r1BalancesEachColumn() {
		// new applications with no outcome: rows and outcomes add up, the column balance does not
		Map<String, String> cells = cells().row("apply.new", 1, 0, 0, 0, 0, 0, 1).map();

		List<Finding> findings = check(ReportFormat.F2019, cells);

		assertThat(findings).containsExactly(r1(ReportFormat.F2019, "natural_person", "自然人"),
				r1(ReportFormat.F2019, "total", "总计"));
	}

	private static Finding r1(ReportFormat format, String column, String columnName) {
		return new Finding(at(format, "apply.new." + column), TestSubmissions.UNIT, 2019, "R1", Severity.ERROR,
				List.of("apply.new." + column, "apply.carried_in." + column, "apply.result.total." + column,
						"apply.carried_out." + column),
				"R1 " + columnName + "列不平衡：一、本年新收政府信息公开申请数量 1 + 二、上年结转政府信息公开申请数量 0 = 1，"
						+ "不等于 三、（七）总计 0 + 四、结转下年度继续办理 0 = 0（差 1）");
	}

	@Test
	void r2AddsEachRowAcrossApplicants() {
		// a natural person's disclosure counted as partial in the total column: columns balance, rows do not
		Map<String, String> cells = cells().row("apply.new", 1, 0, 0, 0, 0, 0, 1)
			.row("apply.result.disclosed", 1, 0, 0, 0, 0, 0, 0)
			.row("apply.result.partial", 0, 0, 0, 0, 0, 0, 1)
			.row("apply.result.total", 1, 0, 0, 0, 0, 0, 1)
			.map();

		List<Finding> findings = check(ReportFormat.F2019, cells);

		assertThat(findings).containsExactly(
				r2("apply.result.disclosed", "R2 三、（一）予以公开不平衡：总计 0，不等于 自然人 1 + 商业企业 0 + 科研机构 0 + 社会公益组织 0"
						+ " + 法律服务机构 0 + 其他 0 = 1（差 1）"),
				r2("apply.result.partial", "R2 三、（二）部分公开不平衡：总计 1，不等于 自然人 0 + 商业企业 0 + 科研机构 0 + 社会公益组织 0"
						+ " + 法律服务机构 0 + 其他 0 = 0（差 1）"));
	}

	private static Finding r2(String row, String message) {
		List<String> items = new ArrayList<>();
		items.add(row + ".total");
		APPLICANTS.forEach((column) -> items.add(row + "." + column));
		return new Finding(at(ReportFormat.F2019, row + ".total"), TestSubmissions.UNIT, 2019, "R2", Severity.ERROR,
				items, message);
	}

	@Test
	void r2CoversTheSubRowsOfOtherProcessingIn2021() {
		Map<String, String> cells = cells().put("apply.result.other.fee_unpaid.org_research", "2").map();

		List<Finding> findings = check(ReportFormat.F2021, cells).stream()
			.filter((finding) -> finding.ruleId().equals("R2"))
			.toList();

		assertThat(findings).singleElement()
			.satisfies((finding) -> assertThat(finding.items()).first()
				.isEqualTo("apply.result.other.fee_unpaid.total"))
			.satisfies((finding) -> assertThat(finding.message()).contains("科研机构 2", "总计 0"));
	}

	@Test
	void r3AddsTheOutcomesOfEachColumn() {
		// a withheld application counted in its row but not in （七）总计
		Map<String, String> cells = cells().row("apply.result.withheld.state_secret", 1, 0, 0, 0, 0, 0, 1)
			.row("apply.new", 1, 0, 0, 0, 0, 0, 1)
			.row("apply.carried_out", 1, 0, 0, 0, 0, 0, 1)
			.map();

		List<Finding> findings = check(ReportFormat.F2019, cells);

		assertThat(findings).containsExactly(r3(ReportFormat.F2019, "natural_person", "自然人"),
				r3(ReportFormat.F2019, "total", "总计"));
	}

	private static Finding r3(ReportFormat format, String column, String columnName) {
		List<String> items = new ArrayList<>(List.of("apply.result.total." + column,
				"apply.result.disclosed." + column, "apply.result.partial." + column));
		for (String row : List.of("withheld.state_secret", "withheld.law_prohibited", "withheld.security_stability",
				"withheld.third_party", "withheld.internal_affairs", "withheld.process_info",
				"withheld.enforcement_file", "withheld.admin_query", "unable.not_held", "unable.needs_creation",
				"unable.still_unclear", "not_processed.petition_complaint", "not_processed.repeated",
				"not_processed.publication", "not_processed.mass_repeated", "not_processed.confirm_reissue", "other")) {
			items.add("apply.result." + row + "." + column);
		}
		return new Finding(at(format, "apply.result.total." + column), TestSubmissions.UNIT, 2019, "R3",
				Severity.ERROR, items,
				"R3 " + columnName + "列不平衡：三、（七）总计 0，不等于 三、（一）予以公开 0 + 三、（二）部分公开 0 + 三、（三）不予公开 1"
						+ " + 三、（四）无法提供 0 + 三、（五）不予处理 0 + 三、（六）其他处理 0 = 1（差 1）");
	}

	@Test
	void r3SumsTheSubRowsOfOtherProcessingIn2021() {
		Map<String, String> cells = cells().row("apply.result.other.misc", 0, 0, 0, 0, 0, 3, 3)
			.row("apply.new", 0, 0, 0, 0, 0, 3, 3)
			.row("apply.carried_out", 0, 0, 0, 0, 0, 3, 3)
			.map();

		List<Finding> findings = check(ReportFormat.F2021, cells);

		assertThat(findings).extracting(Finding::ruleId).containsExactly("R3", "R3");
		// the group （六）其他处理 as one row, absent in a report that prints its three rows, closes the sum
		assertThat(findings.get(0).items()).hasSize(23).endsWith("apply.result.other.no_correction.org_other",
				"apply.result.other.fee_unpaid.org_other", "apply.result.other.misc.org_other", "apply.result.other.org_other");
		assertThat(findings.get(0).message()).startsWith("R3 其他列不平衡：三、（七）总计 0，不等于 ")
			.contains("三、（六）其他处理 3 = 3（差 3）");
		assertThat(findings.get(1).message()).startsWith("R3 总计列不平衡：");
	}

	@Test
	void r5AddsTheResultsOfEachReviewAndLitigationGroup() {
		Map<String, String> cells = cells().put("review.upheld", "1")
			.put("litigation.after_review.pending", "2")
			.put("litigation.after_review.total", "1")
			.map();

		List<Finding> findings = check(ReportFormat.F2021, cells);

		assertThat(findings).containsExactly(
				new Finding(at(ReportFormat.F2021, "review.total"), TestSubmissions.UNIT, 2021, "R5", Severity.ERROR,
						List.of("review.total", "review.upheld", "review.corrected", "review.other", "review.pending"),
						"R5 行政复议不平衡：总计 0，不等于 结果维持 1 + 结果纠正 0 + 其他结果 0 + 尚未审结 0 = 1（差 1）"),
				new Finding(at(ReportFormat.F2021, "litigation.after_review.total"), TestSubmissions.UNIT, 2021, "R5",
						Severity.ERROR,
						List.of("litigation.after_review.total", "litigation.after_review.upheld",
								"litigation.after_review.corrected", "litigation.after_review.other",
								"litigation.after_review.pending"),
						"R5 行政诉讼 / 复议后起诉不平衡：总计 1，不等于 结果维持 0 + 结果纠正 0 + 其他结果 0 + 尚未审结 2 = 2（差 1）"));
	}

	@Test
	void notApplicableAndBlankCellsCountAsZeroInSums() {
		Map<String, String> cells = cells().put("review.upheld", "-").put("review.total", "").map();

		assertThat(check(ReportFormat.F2019, cells)).isEmpty();
	}

	private static List<Finding> check(ReportFormat format, Map<String, String> cells) {
		return RuleSet.of(format).check(TestSubmissions.of(format, cells));
	}

}
