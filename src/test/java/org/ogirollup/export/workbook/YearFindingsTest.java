package org.ogirollup.export.workbook;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.Severity;
import org.ogirollup.registry.TestRegistries;
import org.ogirollup.submission.Scope;

import static org.assertj.core.api.Assertions.assertThat;

class YearFindingsTest {

	private static final Catalog F2019 = Catalog.of(ReportFormat.F2019);

	/** R2 of the row （一）予以公开: 总计 against the sum of the six applicant columns. */
	private static final List<String> DISCLOSED = List.of("apply.result.disclosed.total",
			"apply.result.disclosed.natural_person", "apply.result.disclosed.org_commercial",
			"apply.result.disclosed.org_research", "apply.result.disclosed.org_nonprofit",
			"apply.result.disclosed.org_legal_service", "apply.result.disclosed.org_other");

	private static final Finding BALANCE = new Finding("2019/210102.csv:44", "210102", 2019, "R2", Severity.ERROR,
			DISCLOSED, "R2 三、（一）予以公开不平衡：总计 8，不等于 自然人 5 + 商业企业 1 + 法律服务机构 1 = 7（差 1）");

	private static final Finding BLANK = new Finding("2019/210102.csv:50", "210102", 2019, "blank-value",
			Severity.WARNING, List.of("apply.new.org_other"), "空白，按 0 计");

	private static final Finding FIX = new Finding("2019/210102.csv:44", "210102", 2019, "suggested-fix",
			Severity.WARNING, List.of("apply.result.disclosed.total"), "（一）予以公开（总计）很可能有误：填报 8；改为 7 则 R2 成立");

	private static final Finding ELSEWHERE = new Finding("2019/210103.csv:44", "210103", 2019, "R2", Severity.ERROR,
			DISCLOSED, "R2 不平衡");

	@Test
	void aBrokenEquationGetsItsTwoSidesAndTheFixOfItsSubmission() {
		YearFindings findings = YearFindings.of(TestRegistries.small(), 2019, List.of(BALANCE, BLANK, FIX, ELSEWHERE),
				(consumer) -> consumer.accept(submission("210102", "2019/210102.csv",
						Map.of("apply.result.disclosed.total", 8, "apply.result.disclosed.natural_person", 5,
								"apply.result.disclosed.org_commercial", 1, "apply.result.disclosed.org_legal_service", 1))));

		List<FindingRow> rows = findings.rows();
		assertThat(rows).extracting(FindingRow::finding).containsExactly(BALANCE, BLANK, FIX, ELSEWHERE);
		FindingRow balance = rows.get(0);
		assertThat(balance.left()).isEqualByComparingTo("8");
		assertThat(balance.right()).isEqualByComparingTo("7");
		assertThat(balance.difference()).isEqualByComparingTo("1");
		assertThat(balance.suggestion()).isEqualTo(FIX.message());
		assertThat(balance.unitName()).isEqualTo("和平区");
		assertThat(balance.city()).isEqualTo("沈阳市");
		assertThat(balance.county()).isEqualTo("和平区");
		assertThat(balance.province()).isEqualTo("辽宁省");
		assertThat(balance.tables()).isEqualTo("表三");
		assertThat(balance.rows()).isEqualTo("三、（一）予以公开");
		assertThat(balance.columns()).isEqualTo("总计、自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他");
		assertThat(rows.get(1).suggestion()).as("no fix answers a blank cell").isEmpty();
		assertThat(rows.get(1).left()).as("no equation").isNull();
		assertThat(rows.get(2).suggestion()).isEqualTo(FIX.message());
		assertThat(rows.get(3).left()).as("no stored submission: no sides").isNull();
		assertThat(rows.get(3).suggestion()).isEmpty();
		assertThat(findings.countsByUnit().get("210102")).containsExactly(1, 2);
	}

	@Test
	void theSourceFileIsTheSourceWithoutItsLine() {
		assertThat(FindingRow.sourceFile("2019/210102.csv:44")).isEqualTo("2019/210102.csv");
		assertThat(FindingRow.sourceFile("2019/bad.csv")).isEqualTo("2019/bad.csv");
		assertThat(FindingRow.sourceFile("2019/a:b.csv")).isEqualTo("2019/a:b.csv");
	}

	static SubmittedValues submission(String unit, String file, Map<String, Integer> values) {
		BigDecimal[] cells = new BigDecimal[F2019.size()];
		Arrays.fill(cells, BigDecimal.ZERO);
		values.forEach((code, value) -> cells[F2019.require(code).index()] = BigDecimal.valueOf(value));
		return new SubmittedValues(unit, Scope.OWN, file, 2, ReportFormat.F2019, cells, false);
	}

}
