package org.ogirollup.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogirollup.rules.TestSubmissions.cells;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.Severity;
import org.ogirollup.submission.Submission;

/**
 * The real 阜新 2019 report (shared/seed): its rows and outcomes add up, but the column balance
 * R1 fails in four columns.
 */
class SeedReportTest {

	private static Submission fuxin2019() {
		return TestSubmissions.of(ReportFormat.F2019, cells().row("apply.new", 125, 0, 0, 2, 0, 4, 131)
			.row("apply.carried_in", 0, 0, 0, 0, 0, 0, 0)
			.row("apply.result.disclosed", 49, 0, 0, 1, 0, 4, 54)
			.row("apply.result.partial", 7, 0, 0, 0, 0, 4, 11)
			.row("apply.result.withheld.third_party", 3, 0, 0, 0, 0, 0, 3)
			.row("apply.result.withheld.internal_affairs", 4, 0, 0, 0, 0, 0, 4)
			.row("apply.result.withheld.process_info", 1, 0, 0, 0, 0, 0, 1)
			.row("apply.result.withheld.enforcement_file", 2, 0, 0, 0, 0, 0, 2)
			.row("apply.result.unable.not_held", 59, 0, 0, 0, 0, 0, 59)
			.row("apply.result.not_processed.petition_complaint", 7, 0, 0, 0, 0, 0, 7)
			.row("apply.result.not_processed.repeated", 1, 0, 0, 0, 0, 0, 1)
			.row("apply.result.other", 2, 0, 0, 0, 0, 0, 2)
			.row("apply.result.total", 135, 0, 0, 1, 0, 8, 144)
			.row("apply.carried_out", 2, 0, 0, 0, 0, 0, 2)
			.put("review.upheld", "14").put("review.corrected", "1").put("review.other", "0")
			.put("review.pending", "7").put("review.total", "22")
			.put("litigation.direct.upheld", "10").put("litigation.direct.corrected", "4")
			.put("litigation.direct.other", "0").put("litigation.direct.pending", "1")
			.put("litigation.direct.total", "15")
			.put("litigation.after_review.upheld", "22").put("litigation.after_review.corrected", "1")
			.put("litigation.after_review.other", "0").put("litigation.after_review.pending", "0")
			.put("litigation.after_review.total", "23")
			.map());
	}

	@Test
	void fuxin2019BreaksOnlyTheColumnBalanceInFourColumns() {
		List<Finding> findings = RuleSet.of(ReportFormat.F2019).check(fuxin2019());

		assertThat(findings).extracting(Finding::ruleId).containsExactly("R1", "R1", "R1", "R1");
		assertThat(findings).extracting(Finding::severity).containsOnly(Severity.ERROR);
		assertThat(findings).extracting((finding) -> finding.items().get(0))
			.containsExactly("apply.new.natural_person", "apply.new.org_nonprofit", "apply.new.org_other",
					"apply.new.total");
		assertThat(findings).extracting(Finding::message)
			.containsExactly(
					"R1 自然人列不平衡：一、本年新收政府信息公开申请数量 125 + 二、上年结转政府信息公开申请数量 0 = 125，"
							+ "不等于 三、（七）总计 135 + 四、结转下年度继续办理 2 = 137（差 12）",
					"R1 社会公益组织列不平衡：一、本年新收政府信息公开申请数量 2 + 二、上年结转政府信息公开申请数量 0 = 2，"
							+ "不等于 三、（七）总计 1 + 四、结转下年度继续办理 0 = 1（差 1）",
					"R1 其他列不平衡：一、本年新收政府信息公开申请数量 4 + 二、上年结转政府信息公开申请数量 0 = 4，"
							+ "不等于 三、（七）总计 8 + 四、结转下年度继续办理 0 = 8（差 4）",
					"R1 总计列不平衡：一、本年新收政府信息公开申请数量 131 + 二、上年结转政府信息公开申请数量 0 = 131，"
							+ "不等于 三、（七）总计 144 + 四、结转下年度继续办理 2 = 146（差 15）");
		assertThat(findings.get(3).source())
			.isEqualTo(TestSubmissions.at(ReportFormat.F2019, "apply.new.total"));
		assertThat(findings.get(3).unitCode()).isEqualTo(TestSubmissions.UNIT);
		assertThat(findings.get(3).reportYear()).isEqualTo(2019);
	}

}
