package org.ogirollup.comparison;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.Severity;

import static org.assertj.core.api.Assertions.assertThat;

class CrossYearRulesTest {

	private static final String UNIT = "210102";

	private static final String SOURCE = "2021/210102.csv";

	@ParameterizedTest
	@EnumSource(ReportFormat.class)
	void consistentYearsHaveNoFindings(ReportFormat format) {
		assertThat(check(2021, TestValues.of(format), TestValues.of(format))).isEmpty();
	}

	@Test
	void x1WarnsPerColumnWhenCarriedInIsNotLastYearsCarriedOutAcrossTheFormatChange() {
		TestValues previous = TestValues.of(ReportFormat.F2019)
			.set("apply.carried_out.natural_person", 3)
			.set("apply.carried_out.total", 3);
		TestValues current = TestValues.of(ReportFormat.F2021)
			.set("apply.carried_in.natural_person", 5)
			.set("apply.carried_in.total", 5);

		List<Finding> findings = check(2021, previous, current);

		assertThat(findings).containsExactly(
				new Finding(SOURCE, UNIT, 2021, "X1", Severity.WARNING,
						List.of("apply.carried_in.natural_person", "apply.carried_out.natural_person"),
						"X1 自然人列：2021 年上年结转政府信息公开申请数量 5，不等于 2020 年结转下年度继续办理 3（差 2）"),
				new Finding(SOURCE, UNIT, 2021, "X1", Severity.WARNING,
						List.of("apply.carried_in.total", "apply.carried_out.total"),
						"X1 总计列：2021 年上年结转政府信息公开申请数量 5，不等于 2020 年结转下年度继续办理 3（差 2）"));
	}

	@Test
	void x1HoldsWhenEveryColumnCarriesOver() {
		TestValues previous = TestValues.of(ReportFormat.F2019);
		TestValues current = TestValues.of(ReportFormat.F2019);
		for (String column : CrossYearRules.APPLICANT_COLUMNS) {
			previous.set("apply.carried_out." + column, 7);
			current.set("apply.carried_in." + column, 7);
		}
		assertThat(check(2020, previous, current)).isEmpty();
	}

	@Test
	void x1SkipsAnAbsentCell() {
		TestValues previous = TestValues.of(ReportFormat.F2021).set("apply.carried_out.org_other", null);
		TestValues current = TestValues.of(ReportFormat.F2021).set("apply.carried_in.org_other", 4);

		assertThat(check(2022, previous, current)).isEmpty();
	}

	@Test
	void x2WarnsWhenThisYearsItemsAreNotLastYearsPlusItsChange() {
		TestValues previous = TestValues.of(ReportFormat.F2019)
			.set("active.art20_5.licensing.prev_items", 10)
			.set("active.art20_5.licensing.delta", 1)
			.set("active.art20_8.admin_fee.prev_items", 20)
			.set("active.art20_8.admin_fee.delta", -2);
		TestValues current = TestValues.of(ReportFormat.F2019)
			.set("active.art20_5.licensing.prev_items", 12)
			.set("active.art20_8.admin_fee.prev_items", 18);

		List<Finding> findings = check(2020, previous, current);

		assertThat(findings).containsExactly(new Finding(SOURCE, UNIT, 2020, "X2", Severity.WARNING,
				List.of("active.art20_5.licensing.prev_items", "active.art20_5.licensing.delta"),
				"X2 行政许可：2020 年上一年项目数量 12，不等于 2019 年上一年项目数量 10 加本年增/减 1 之和 11"));
	}

	@Test
	void x2CoversEveryRowOfFiveSixAndEight() {
		TestValues previous = TestValues.of(ReportFormat.F2019);
		TestValues current = TestValues.of(ReportFormat.F2019);
		for (String row : CrossYearRules.ITEM_COUNT_ROWS) {
			current.set(row + ".prev_items", 1);
		}

		assertThat(check(2020, previous, current)).extracting(Finding::ruleId).containsExactly("X2", "X2", "X2", "X2", "X2");
	}

	@Test
	void x2IsNotCheckedAcrossTheFormatChange() {
		TestValues previous = TestValues.of(ReportFormat.F2019).set("active.art20_5.licensing.prev_items", 10);

		assertThat(check(2021, previous, TestValues.of(ReportFormat.F2021))).isEmpty();
	}

	@Test
	void x3WarnsWhenInForceDoesNotMoveByIssuedMinusRepealed() {
		TestValues previous = TestValues.of(ReportFormat.F2021).set("active.art20_1.normative_doc.in_force", 28);
		TestValues current = TestValues.of(ReportFormat.F2021)
			.set("active.art20_1.normative_doc.in_force", 31)
			.set("active.art20_1.normative_doc.issued", 3)
			.set("active.art20_1.normative_doc.repealed", 1)
			.set("active.art20_1.regulation.in_force", 2)
			.set("active.art20_1.regulation.issued", 2);

		List<Finding> findings = check(2022, previous, current);

		assertThat(findings).containsExactly(new Finding(SOURCE, UNIT, 2022, "X3", Severity.WARNING,
				List.of("active.art20_1.normative_doc.in_force", "active.art20_1.normative_doc.issued",
						"active.art20_1.normative_doc.repealed"),
				"X3 行政规范性文件：2022 年现行有效件数 31，不等于 2021 年现行有效件数 28 + 2022 年本年制发件数 3 − 本年废止件数 1 = 30"));
	}

	@Test
	void x3IsNotCheckedAcrossTheFormatChange() {
		TestValues current = TestValues.of(ReportFormat.F2021).set("active.art20_1.regulation.in_force", 50);

		assertThat(check(2021, TestValues.of(ReportFormat.F2019), current)).isEmpty();
	}

	@Test
	void j1WarnsOnAJumpUp() {
		TestValues previous = TestValues.of(ReportFormat.F2019).set("apply.new.total", 20);
		TestValues current = TestValues.of(ReportFormat.F2021).set("apply.new.total", 150);

		assertThat(check(2021, previous, current)).containsExactly(new Finding(SOURCE, UNIT, 2021, "J1",
				Severity.WARNING, List.of("apply.new.total"),
				"J1 本年新收政府信息公开申请数量（总计）：2021 年 150，为 2020 年 20 的 7.5 倍，超过 5 倍，请核实"));
	}

	@Test
	void j1WarnsOnAFallBelowAFifth() {
		TestValues previous = TestValues.of(ReportFormat.F2021).set("litigation.direct.total", 200);
		TestValues current = TestValues.of(ReportFormat.F2021).set("litigation.direct.total", 30);

		assertThat(check(2022, previous, current)).containsExactly(new Finding(SOURCE, UNIT, 2022, "J1",
				Severity.WARNING, List.of("litigation.direct.total"),
				"J1 未经复议直接起诉（总计）：2022 年 30，为 2021 年 200 的 0.15 倍，不到 0.2 倍，请核实"));
	}

	@ParameterizedTest
	@CsvSource({ "20, 100, false", "20, 101, true", "100, 20, false", "101, 20, true", "101, 19, false",
			"19, 500, false", "0, 500, false", "500, 0, false", "120, 23, true" })
	void jumpNeedsBothYearsBigEnough(String previous, String current, boolean jump) {
		assertThat(JumpThreshold.DEFAULT.isJump(new BigDecimal(previous), new BigDecimal(current))).isEqualTo(jump);
	}

	@Test
	void smallCountsNeverJump() {
		TestValues previous = TestValues.of(ReportFormat.F2021).set("review.total", 2).set("apply.result.total.total", 19);
		TestValues current = TestValues.of(ReportFormat.F2021).set("review.total", 18).set("apply.result.total.total", 200);

		assertThat(check(2022, previous, current)).isEmpty();
	}

	private static List<Finding> check(int year, TestValues previous, TestValues current) {
		return CrossYearRules.check(UNIT, year, SOURCE, previous.catalog(), previous.values(), current.catalog(),
				current.values());
	}

}
