package org.ogirollup.submission.report;

import java.util.List;
import java.util.OptionalInt;
import org.ogirollup.finding.RuleIds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.Severity;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.SubmissionRead;
import org.ogirollup.submission.Value;
import org.ogirollup.submission.text.TextDocumentReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogirollup.submission.report.ReportFixtures.findings;
import static org.ogirollup.submission.report.ReportFixtures.number;
import static org.ogirollup.submission.report.ReportFixtures.report;
import static org.ogirollup.submission.report.ReportFixtures.value;

/**
 * Reads the F2021 fixtures, which hold the same figures laid out in different ways, and the
 * variations around them: blanks, not applicable, money units, run-together cells, traditional
 * script, full-width digits, extra rows, the F2019 template used for 2021, and a text that is no
 * report.
 */
class PublishedReportReaderTest {

	/** The figures every F2021 fixture holds, in catalog order (section 二, 三, 四). */
	private static final String FIGURES = "2 1 15 12 3 40 1520 36 4 12.5 " + "71 3 0 0 0 0 74 " + "2 0 0 0 0 0 2 "
			+ "40 1 0 0 0 0 41 " + "5 0 0 0 0 0 5 " + "0 0 0 0 0 0 0 ".repeat(3) + "1 0 0 0 0 0 1 "
			+ "0 0 0 0 0 0 0 ".repeat(4) + "10 1 0 0 0 0 11 " + "0 0 0 0 0 0 0 ".repeat(2) + "3 0 0 0 0 0 3 "
			+ "1 0 0 0 0 0 1 " + "0 0 0 0 0 0 0 ".repeat(3) + "2 0 0 0 0 0 2 " + "0 0 0 0 0 0 0 " + "1 0 0 0 0 0 1 "
			+ "63 2 0 0 0 0 65 " + "10 1 0 0 0 0 11 " + "3 1 0 1 5 2 0 0 1 3 1 0 0 0 1";

	@ParameterizedTest
	@ValueSource(strings = { "f2021-spaces.txt", "f2021-bars.txt" })
	void readsEveryFigureOfTheRevisedFormat(String fixture) {
		Submission submission = report(fixture, 2021).submission();
		assertThat(submission.format()).isEqualTo(ReportFormat.F2021);
		assertFigures(submission, List.of());
	}

	@Test
	void valuesOnTheLineAfterTheirLabel() {
		String text = ReportFixtures.text("f2021-spaces.txt").replaceAll("(?m)^(\\S+) ((?:\\d+ ){6}\\d+)$", "$1\n$2");
		assertThat(text).contains("（七）总计\n63 2 0 0 0 0 65");
		SubmissionRead read = ReportFixtures.read("x.txt", text, 2021).orElseThrow();
		assertFigures(read.submission(), List.of());
		assertThat(read.findings()).extracting(Finding::ruleId).containsOnly(RuleIds.EXTRA_ROW);
	}

	@Test
	void htmlLineBreaksInsideLabelsAreBlanks() {
		String text = ReportFixtures.text("f2021-bars.txt").replace("| 行政规范性文件 |", "| 行政规范<br />性文件 |");
		SubmissionRead read = ReportFixtures.read("x.txt", text, 2021).orElseThrow();
		assertThat(number(read.submission(), "active.art20_1.normative_doc.in_force")).isEqualByComparingTo("40");
	}

	@Test
	void spaceSeparatedReportWithNarrativeAndNavigationWarnsOnlyOfItsExtraRows() {
		SubmissionRead read = report("f2021-spaces.txt", 2021);
		assertThat(read.findings()).extracting(Finding::ruleId).containsOnly(RuleIds.EXTRA_ROW);
		assertThat(findings(read, RuleIds.EXTRA_ROW)).extracting(Finding::source)
			.containsExactly("f2021-spaces.txt:12", "f2021-spaces.txt:42");
		assertThat(findings(read, RuleIds.EXTRA_ROW).get(0).message()).contains("其他主动公开文件")
			.contains("5 3 8");
		assertThat(findings(read, RuleIds.EXTRA_ROW).get(1).message()).contains("小计");
		assertThat(findings(read, RuleIds.EXTRA_ROW)).allMatch((f) -> f.severity() == Severity.WARNING);
	}

	@Test
	void numberingWithCommaAndParenthesesMatchesTheSubRows() {
		Submission spaces = report("f2021-spaces.txt", 2021).submission();
		assertThat(value(spaces, "apply.result.other.no_correction.natural_person").label())
			.isEqualTo("1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
		Submission bars = report("f2021-bars.txt", 2021).submission();
		assertThat(value(bars, "apply.result.other.misc.total").label()).isEqualTo("(3)其他");
		assertThat(value(bars, "apply.result.withheld.state_secret.total").label()).isEqualTo("1.属于国家秘密");
	}

	@Test
	void blankCellsReadAsZeroAndBlankTotalsAreDerived() {
		SubmissionRead read = report("f2021-bars.txt", 2021);
		Submission submission = read.submission();
		assertThat(value(submission, "apply.carried_in.org_commercial").state()).isEqualTo(Value.State.BLANK);
		assertThat(value(submission, "apply.result.disclosed.total").state()).isEqualTo(Value.State.DERIVED);
		assertThat(number(submission, "apply.result.disclosed.total")).isEqualByComparingTo("41");
		assertThat(number(submission, "apply.result.total.natural_person")).isEqualByComparingTo("63");
		assertThat(number(submission, "litigation.direct.total")).isEqualByComparingTo("3");
		List<Finding> blanks = findings(read, RuleIds.BLANK_VALUE);
		assertThat(blanks).allMatch((f) -> f.severity() == Severity.WARNING);
		assertThat(blanks).flatExtracting(Finding::items)
			.contains("apply.carried_in.org_commercial", "apply.carried_in.org_other", "apply.result.disclosed.total",
					"apply.result.total.natural_person", "litigation.direct.total");
		assertThat(blanks).filteredOn((f) -> f.items().contains("apply.result.disclosed.total"))
			.singleElement()
			.satisfies((f) -> assertThat(f.message()).contains("按各分项之和计为").contains("41"));
	}

	@Test
	void dashIsNotApplicableAndYuanIsConvertedToWanYuan() {
		SubmissionRead read = report("f2021-bars.txt", 2021);
		Value coercion = value(read.submission(), "active.art20_6.coercion.decisions");
		assertThat(coercion.state()).isEqualTo(Value.State.NOT_APPLICABLE);
		assertThat(coercion.number()).isNull();
		assertThat(findings(read, RuleIds.NOT_APPLICABLE)).singleElement()
			.satisfies((f) -> assertThat(f.items()).containsExactly("active.art20_6.coercion.decisions"));
		assertThat(number(read.submission(), "active.art20_8.admin_fee.amount_wan")).isEqualByComparingTo("12.5");
		assertThat(findings(read, RuleIds.MONEY_UNIT_CONVERTED)).singleElement()
			.satisfies((f) -> assertThat(f.message()).contains("125000元").contains("12.5"));
	}

	@Test
	void runTogetherCellsAreSplitByTheTablesArithmetic() {
		SubmissionRead read = report("f2021-runtogether.txt", 2021);
		Submission submission = read.submission();
		assertThat(submission.format()).isEqualTo(ReportFormat.F2021);
		List<String> expected = List.of(FIGURES.split(" "));
		List<Item> items = submission.catalog().printedItems();
		for (int i = 0; i < items.size(); i++) {
			String code = items.get(i).code().value();
			if (code.startsWith("apply.carried_out.") || code.equals("active.art20_8.admin_fee.amount_wan")) {
				continue;
			}
			assertThat(number(submission, code)).as(code).isEqualByComparingTo(expected.get(i));
		}
		assertThat(number(submission, "active.art20_8.admin_fee.amount_wan")).isEqualByComparingTo("0");
	}

	@Test
	void aRunOfTheBalanceIsDecidedByTheBalanceAcrossTheTable() {
		// 四、结转下年度继续办理 101000011 splits as 1,0,10,0,0,0,11 or 10,1,0,0,0,0,11; only the second keeps
		// 一 + 二 = （七） + 四 in every column
		SubmissionRead read = report("f2021-runtogether.txt", 2021);
		assertThat(number(read.submission(), "apply.carried_out.natural_person")).isEqualByComparingTo("10");
		assertThat(number(read.submission(), "apply.carried_out.org_commercial")).isEqualByComparingTo("1");
		assertThat(findings(read, RuleIds.AMBIGUOUS_CELLS))
			.filteredOn((f) -> f.items().contains("apply.carried_out.total"))
			.singleElement()
			.satisfies((f) -> {
				assertThat(f.severity()).isEqualTo(Severity.WARNING);
				assertThat(f.source()).isEqualTo("f2021-runtogether.txt:47");
				assertThat(f.message()).contains("101000011", "10,1,0,0,0,0,11", "第一项加第二项等于第三项加第四项");
			});
		assertThat(findings(read, RuleIds.MISSING_ITEM)).isEmpty();
	}

	@Test
	void aRunThatSplitsSeveralWaysIsAnErrorListingTheCandidatesNotAGuess() {
		String text = ReportFixtures.text("f2021-runtogether.txt").replace("規章　２　１　１５", "規章　２１１５");
		SubmissionRead read = ReportFixtures.read("x.txt", text, 2021).orElseThrow();
		Finding regulations = findings(read, RuleIds.AMBIGUOUS_CELLS).stream()
			.filter((f) -> f.items().contains("active.art20_1.regulation.issued"))
			.findFirst()
			.orElseThrow();
		assertThat(regulations.isError()).isTrue();
		assertThat(regulations.message()).contains("2115", "2,1,15", "21,1,5", "未读取");
		assertThat(value(read.submission(), "active.art20_1.regulation.issued")).isNull();
		assertThat(findings(read, RuleIds.MISSING_ITEM)).isEmpty();
	}

	@Test
	void anAmbiguousResultsRowIsSettledByTheColumnTotals() {
		SubmissionRead read = report("f2021-runtogether.txt", 2021);
		assertThat(number(read.submission(), "apply.result.unable.not_held.natural_person")).isEqualByComparingTo("10");
		assertThat(number(read.submission(), "apply.result.unable.not_held.org_commercial")).isEqualByComparingTo("1");
		assertThat(findings(read, RuleIds.AMBIGUOUS_CELLS))
			.filteredOn((f) -> f.items().contains("apply.result.unable.not_held.total"))
			.singleElement()
			.satisfies((f) -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
	}

	@Test
	void traditionalScriptAndFullWidthDigitsAreFolded() {
		Submission submission = report("f2021-runtogether.txt", 2021).submission();
		assertThat(number(submission, "active.art20_1.normative_doc.in_force")).isEqualByComparingTo("40");
		assertThat(value(submission, "active.art20_1.normative_doc.in_force").label()).isEqualTo("行政规范性文件");
		assertThat(number(submission, "active.art20_5.licensing.decisions")).isEqualByComparingTo("1520");
		assertThat(number(submission, "apply.result.not_processed.repeated.natural_person")).isEqualByComparingTo("1");
	}

	@Test
	void aReportOnTheOldTemplateIsReadInTheOldFormatWithWarnings() {
		SubmissionRead read = report("f2019-template-2021.txt", 2021);
		Submission submission = read.submission();
		assertThat(submission.format()).isEqualTo(ReportFormat.F2019);
		assertThat(submission.catalog().size()).isEqualTo(198);
		assertThat(findings(read, RuleIds.FORMAT_DIFFERS)).singleElement()
			.satisfies((f) -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
		assertThat(read.isOfAnotherYear()).isFalse();
		assertThat(number(submission, "active.art20_5.licensing.delta")).isEqualByComparingTo("2");
		assertThat(number(submission, "active.art20_5.other_mgmt_service.delta")).isEqualByComparingTo("-1");
		assertThat(number(submission, "active.art20_9.central_procurement.amount")).isEqualByComparingTo("35000");
		assertThat(findings(read, RuleIds.MONEY_UNIT_UNKNOWN)).singleElement()
			.satisfies((f) -> assertThat(f.items()).containsExactly("active.art20_9.central_procurement.amount"));
		assertThat(value(submission, "apply.result.other.natural_person").number()).isEqualByComparingTo("0");
	}

	@Test
	void aReportTitledWithAnotherYearIsThatYearsFileWithOneFindingOnly() {
		String text = ReportFixtures.text("f2019-template-2021.txt").replace("正阳镇2021年度", "正阳镇2020年度");
		SubmissionRead read = ReportFixtures.read("x.txt", text, 2021).orElseThrow();

		assertThat(read.otherYear()).isEqualTo(2020);
		assertThat(read.findings()).singleElement().satisfies((f) -> {
			assertThat(f.ruleId()).isEqualTo(RuleIds.OTHER_YEAR);
			assertThat(f.isError()).isTrue();
			assertThat(f.message()).contains("2020 年度", "不应放在 2021 目录");
		});
	}

	@Test
	void theProcurementHeaderCanGiveTheUnit() {
		String text = ReportFixtures.text("f2019-template-2021.txt")
			.replace("|采购总金额|", "|采购总金额（万元）|")
			.replace("|政府集中采购|3|35000|", "|政府集中采购|3|3.5|");
		SubmissionRead read = ReportFixtures.read("x.txt", text, 2020).orElseThrow();
		assertThat(number(read.submission(), "active.art20_9.central_procurement.amount")).isEqualByComparingTo("35000");
		assertThat(findings(read, RuleIds.MONEY_UNIT_UNKNOWN)).isEmpty();
	}

	@Test
	void rowsLeftEmptyAreBlankAndTheirTotalsDerived() {
		SubmissionRead read = report("f2019-template-2021.txt", 2021);
		Submission submission = read.submission();
		assertThat(value(submission, "apply.result.withheld.state_secret.natural_person").state())
			.isEqualTo(Value.State.BLANK);
		assertThat(value(submission, "apply.result.withheld.state_secret.total").state()).isEqualTo(Value.State.DERIVED);
		assertThat(value(submission, "apply.result.withheld.state_secret.total").number()).isEqualByComparingTo("0");
		assertThat(read.findings()).noneMatch(Finding::isError);
		assertThat(submission.catalog().printedItems()).allMatch((item) -> submission.value(item).isPresent());
	}

	@Test
	void aTextWithoutTheApplicationsTableIsNotAReport() {
		assertThat(ReportFixtures.read("not-a-report.txt", 2021)).isEmpty();
		assertThat(ReportFixtures.read("x.txt", "", 2021)).isEmpty();
	}

	@Test
	void itemsTheTextLacksAreAbsentAndReported() {
		String text = ReportFixtures.text("f2021-spaces.txt").replace("行政处罚 36\n", "");
		SubmissionRead read = ReportFixtures.read("x.txt", text, 2021).orElseThrow();
		assertThat(value(read.submission(), "active.art20_6.penalty.decisions")).isNull();
		assertThat(findings(read, RuleIds.MISSING_ITEM)).singleElement().satisfies((f) -> {
			assertThat(f.isError()).isTrue();
			assertThat(f.items()).containsExactly("active.art20_6.penalty.decisions");
			assertThat(f.message()).contains("行政处罚").contains("本年处理决定数量");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "fuxin-2019.txt", "f2021-spaces.txt" })
	void sectionFourIsFoundWithoutItsHeading(String fixture) {
		String text = ReportFixtures.text(fixture)
			.replace("四、政府信息公开行政复议、行政诉讼情况", "")
			.replace("三、收到和处理政府信息公开申请情况", "");
		SubmissionRead read = ReportFixtures.read(fixture, text, 2021).orElseThrow();
		assertThat(number(read.submission(), "review.upheld")).isPositive();
		assertThat(number(read.submission(), "litigation.after_review.total")).isPositive();
		assertThat(findings(read, RuleIds.MISSING_ITEM)).isEmpty();
		assertThat(number(read.submission(), "apply.carried_out.total")).isPositive();
	}

	@Test
	void theSubmissionStartsAtTheFirstTable() {
		assertThat(report("f2021-spaces.txt", 2021).submission().line()).isEqualTo(8);
		assertThat(report("fuxin-2019.txt", 2019).submission().line()).isEqualTo(16);
	}

	@Test
	void findsTheTitleYear() {
		assertThat(PublishedReportReader.titleYear(new TextDocumentReader().read(ReportFixtures.text("f2021-spaces.txt")))).hasValue(2021);
		assertThat(PublishedReportReader.titleYear(new TextDocumentReader().read(ReportFixtures.text("f2019-template-2021.txt")))).hasValue(2021);
		assertThat(PublishedReportReader.titleYear(new TextDocumentReader().read(ReportFixtures.text("fuxin-2019.txt")))).isEqualTo(OptionalInt.empty());
		assertThat(PublishedReportReader.titleYear(new TextDocumentReader().read("上一篇：东城区2020年政府信息公开工作年度报告\n东城区2021年度政府信息公开工作年度报告")))
			.hasValue(2021);
	}

	private static void assertFigures(Submission submission, List<String> skipped) {
		List<String> expected = List.of(FIGURES.split(" "));
		List<Item> items = submission.catalog().printedItems();
		assertThat(expected).hasSize(items.size());
		for (int i = 0; i < items.size(); i++) {
			String code = items.get(i).code().value();
			Value value = submission.value(items.get(i)).orElse(null);
			assertThat(value).as(code).isNotNull();
			if (value.state() != Value.State.NOT_APPLICABLE && !skipped.contains(code)) {
				assertThat(value.number()).as(code).isEqualByComparingTo(expected.get(i));
			}
		}
	}

}
