package org.ogirollup.localisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.rules.RuleSet;
import org.ogirollup.rules.TestSubmissions;
import org.ogirollup.submission.Scope;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.report.PublishedReportReader;
import org.ogirollup.submission.text.TextDocumentReader;

/**
 * Error localisation on a consistent report ({@link ConsistentTables}) with planted faults: the
 * suggestion must name the planted cells and their true values, say when it cannot choose, and
 * say nothing on a consistent report.
 */
class LocaliserTest {

	/** One wrong cell of every kind: the only smallest fix is that cell, set back to its true value. */
	@ParameterizedTest(name = "{0} {1}: {2} instead of {3}")
	@CsvSource(delimiter = '|', textBlock = """
			# format | cell                                              | reported | true | rules    | slip
			F2019    | apply.result.disclosed.natural_person             | 83       | 70   | R2 R3    | NONE
			F2019    | apply.result.disclosed.org_commercial             | 6        | 4    | R2 R3    | ONE_DIGIT
			F2019    | apply.result.withheld.state_secret.org_research   | 2        | 0    | R2 R3    | ONE_DIGIT
			F2019    | apply.result.disclosed.total                      | 80       | 78   | R2 R3    | NONE
			F2019    | apply.result.partial.total                        | 41       | 14   | R2 R3    | TRANSPOSITION
			F2019    | apply.result.total.org_commercial                 | 10       | 8    | R1 R2 R3 | NONE
			F2019    | apply.result.total.total                          | 171      | 170  | R1 R2 R3 | ONE_DIGIT
			F2019    | apply.carried_out.natural_person                  | 1        | 7    | R1 R2    | ONE_DIGIT
			F2019    | apply.carried_out.total                           | 21       | 12   | R1 R2    | TRANSPOSITION
			F2019    | apply.carried_in.org_commercial                   | 0        | 1    | R1 R2    | ONE_DIGIT
			F2019    | apply.new.natural_person                          | 125      | 152  | R1 R2    | TRANSPOSITION
			F2019    | apply.new.total                                   | 107      | 171  | R1 R2    | NONE
			F2019    | apply.result.unable.not_held.natural_person       | 69       | 59   | R2 R3    | ONE_DIGIT
			F2021    | apply.result.other.misc.natural_person            | 20       | 2    | R2 R3    | NONE
			F2021    | apply.result.other.fee_unpaid.org_research        | 3        | 0    | R2 R3    | ONE_DIGIT
			F2021    | apply.result.total.org_legal_service              | 0        | 1    | R1 R2 R3 | ONE_DIGIT
			""")
	void oneWrongCellIsNamedWithItsTrueValue(ReportFormat format, String cell, long reported, long truth, String rules,
			DigitSlip slip) {
		Suggestion suggestion = localise(format, Map.of(cell, reported));

		assertThat(suggestion.unique()).as(SuggestionMessage.of(suggestion)).isTrue();
		assertThat(suggestion.oneCell()).isTrue();
		assertThat(suggestion.best().orElseThrow().changes())
			.extracting(CellChange::code, CellChange::reported, CellChange::suggested, CellChange::slip)
			.containsExactly(tuple(cell, BigDecimal.valueOf(reported), BigDecimal.valueOf(truth), slip));
		assertThat(suggestion.brokenRules()).containsExactly(rules.split(" "));
		assertThat(suggestion.best().orElseThrow().restores()).containsExactly(rules.split(" "));
	}

	@Test
	void aWrongTotalIsNamedInTheReportsWords() {
		Suggestion suggestion = localise(ReportFormat.F2019, Map.of("apply.result.disclosed.total", 80L));

		assertThat(SuggestionMessage.of(suggestion))
			.isEqualTo("（一）予以公开（总计）很可能有误：填报 80；改为 78 则 R2、R3 均成立，这一格即可解释全部 2 处不平衡");
	}

	@Test
	void aTranspositionIsNamedAsSuch() {
		Suggestion suggestion = localise(ReportFormat.F2019, Map.of("apply.new.natural_person", 125L));

		assertThat(SuggestionMessage.of(suggestion)).isEqualTo("一、本年新收政府信息公开申请数量（自然人）很可能把 152 误填为 125（数字颠倒）："
				+ "改为 152 则 R1、R2 均成立，这一格即可解释全部 2 处不平衡");
	}

	@Test
	void aSlipOfOneDigitIsNamedAsSuch() {
		Suggestion suggestion = localise(ReportFormat.F2019, Map.of("apply.result.unable.not_held.natural_person", 69L));

		assertThat(SuggestionMessage.of(suggestion)).isEqualTo("（四）无法提供 / 1.本机关不掌握相关政府信息（自然人）很可能把 59 误填为 69"
				+ "（错写一位数字）：改为 59 则 R2、R3 均成立，这一格即可解释全部 2 处不平衡");
	}

	/**
	 * A wrong 行政复议 总计 breaks R5 only, and so would a wrong part: the arithmetic cannot tell
	 * them apart, so all five are listed, the total first because a total is trusted less.
	 */
	@Test
	void aWrongReviewTotalIsRankedFirstAmongTheFiveCellsOfItsEquation() {
		Suggestion suggestion = localise(ReportFormat.F2019, Map.of("review.total", 23L));

		assertThat(suggestion.unique()).isFalse();
		assertThat(suggestion.count()).isEqualTo(5);
		assertThat(suggestion.brokenRules()).containsExactly("R5");
		assertThat(suggestion.fixes()).extracting((fix) -> fix.changes().get(0))
			.extracting(CellChange::code, CellChange::suggested)
			.containsExactly(tuple("review.total", BigDecimal.valueOf(22)), tuple("review.upheld", BigDecimal.valueOf(15)),
					tuple("review.corrected", BigDecimal.valueOf(2)), tuple("review.other", BigDecimal.ONE),
					tuple("review.pending", BigDecimal.valueOf(8)));
		assertThat(SuggestionMessage.of(suggestion)).startsWith("以下 5 种改法同样最少（各改 1 格即可使 R5 成立），无法确定是哪一格："
				+ "①行政复议（总计） 由 23 改为 22（错写一位数字）；②行政复议（结果维持） 由 14 改为 15（错写一位数字）；");
	}

	/** A part typed with two digits swapped: of the two cells that could mend R5, the swap is preferred. */
	@Test
	void aTranspositionIsPreferredOverACheaperTotal() {
		Suggestion suggestion = localise(ReportFormat.F2019, Map.of("review.upheld", 41L));

		// the other parts would have to become negative
		assertThat(suggestion.fixes()).extracting(Fix::items)
			.containsExactly(List.of("review.upheld"), List.of("review.total"));
		assertThat(suggestion.preferredAsSlip()).isTrue();
		assertThat(suggestion.fixes().get(0).cost()).isGreaterThan(suggestion.fixes().get(1).cost());
		assertThat(SuggestionMessage.of(suggestion)).isEqualTo("以下 2 种改法同样最少（各改 1 格即可使 R5 成立），最可能是①（数字颠倒）："
				+ "①行政复议（结果维持） 由 41 改为 14（数字颠倒）；②行政复议（总计） 由 22 改为 49");
	}

	@Test
	void twoWrongCellsAreBothNamed() {
		Suggestion suggestion = localise(ReportFormat.F2019,
				Map.of("apply.result.disclosed.natural_person", 75L, "apply.result.partial.org_commercial", 3L));

		assertThat(suggestion.unique()).isTrue();
		assertThat(suggestion.size()).isEqualTo(2);
		assertThat(suggestion.best().orElseThrow().changes())
			.extracting(CellChange::code, CellChange::reported, CellChange::suggested)
			.containsExactly(tuple("apply.result.disclosed.natural_person", BigDecimal.valueOf(75), BigDecimal.valueOf(70)),
					tuple("apply.result.partial.org_commercial", BigDecimal.valueOf(3), BigDecimal.ONE));
		assertThat(SuggestionMessage.of(suggestion)).isEqualTo("最少须改 2 格，且只有这一种改法：①（一）予以公开（自然人）：填报 75，改为 70；"
				+ "②（二）部分公开（商业企业）：填报 3，改为 1；改后 R2、R3 均成立");
	}

	/**
	 * Two cells at opposite corners of a rectangle, both raised by 2: the other two corners,
	 * lowered by 2, mend the same four equations. Both fixes are listed and neither is picked.
	 */
	@Test
	void twoEquallySmallFixesAreBothListed() {
		Suggestion suggestion = localise(ReportFormat.F2019,
				Map.of("apply.result.disclosed.natural_person", 72L, "apply.result.partial.org_commercial", 3L));

		assertThat(suggestion.unique()).isFalse();
		assertThat(suggestion.count()).isEqualTo(2);
		assertThat(suggestion.preferredAsSlip()).isFalse();
		assertThat(suggestion.fixes()).extracting(Fix::items)
			.containsExactlyInAnyOrder(List.of("apply.result.disclosed.natural_person", "apply.result.partial.org_commercial"),
					List.of("apply.result.disclosed.org_commercial", "apply.result.partial.natural_person"));
		assertThat(suggestion.fixes().get(0).cost()).isEqualTo(suggestion.fixes().get(1).cost());
		assertThat(SuggestionMessage.of(suggestion)).isEqualTo("以下 2 种改法同样最少（各改 2 格即可使 R2、R3 均成立），无法确定是哪几格："
				+ "①（一）予以公开（自然人） 由 72 改为 70，（二）部分公开（商业企业） 由 3 改为 1（错写一位数字）；"
				+ "②（一）予以公开（商业企业） 由 4 改为 2，（二）部分公开（自然人） 由 12 改为 10（错写一位数字）");
	}

	@ParameterizedTest
	@EnumSource(ReportFormat.class)
	void aConsistentReportGetsNoSuggestion(ReportFormat format) {
		assertThat(Localiser.of(format).localise(ConsistentTables.consistent(format))).isEmpty();
		assertThat(Localiser.of(format).localise(TestSubmissions.of(format, Map.of()))).isEmpty();
	}

	/** Errors in five places need five cells: beyond the bound, so the suggestion says no small fix exists. */
	@Test
	void manyWrongCellsHaveNoSmallFix() {
		Suggestion suggestion = localise(ReportFormat.F2019,
				Map.of("apply.result.disclosed.natural_person", 75L, "apply.result.partial.org_commercial", 3L,
						"apply.result.withheld.third_party.natural_person", 9L, "review.upheld", 20L,
						"litigation.direct.pending", 5L));

		assertThat(suggestion.found()).isFalse();
		assertThat(suggestion.complete()).isTrue();
		assertThat(SuggestionMessage.of(suggestion)).isEqualTo("改动 4 格以内无法使 R2、R3、R5 均成立：错误可能不止几处，请逐项核对");
	}

	/** A count typed with a decimal breaks R6 and the sums: the arithmetic stays exact, and the fix is whole. */
	@Test
	void aCountWithADecimalIsSetBackToAWholeNumber() {
		Map<String, String> cells = new LinkedHashMap<>();
		ConsistentTables.cells(ReportFormat.F2019).forEach((code, value) -> cells.put(code, Long.toString(value)));
		cells.put("apply.result.disclosed.org_research", "1.5");
		Suggestion suggestion = Localiser.of(ReportFormat.F2019)
			.localise(TestSubmissions.of(ReportFormat.F2019, cells))
			.orElseThrow();

		assertThat(suggestion.unique()).isTrue();
		assertThat(suggestion.best().orElseThrow().changes())
			.extracting(CellChange::code, CellChange::reported, CellChange::suggested)
			.containsExactly(tuple("apply.result.disclosed.org_research", new BigDecimal("1.5"), BigDecimal.ONE));
	}

	/** A cell marked not applicable ({@code -}) is never filled in: the fix changes a cell that was given. */
	@Test
	void aCellMarkedNotApplicableIsNeverChanged() {
		Map<String, String> cells = new LinkedHashMap<>();
		ConsistentTables.cells(ReportFormat.F2019).forEach((code, value) -> cells.put(code, Long.toString(value)));
		cells.put("review.other", "-");
		cells.put("review.total", "23");
		Suggestion suggestion = Localiser.of(ReportFormat.F2019)
			.localise(TestSubmissions.of(ReportFormat.F2019, cells))
			.orElseThrow();

		assertThat(suggestion.fixes()).flatExtracting(Fix::items)
			.containsExactly("review.total", "review.upheld", "review.corrected", "review.pending");
	}

	/**
	 * The real 阜新 2019 tables break R1 in four columns while R2 and R3 hold. Only changing the
	 * four cells of 一、本年新收 in those columns makes R1 hold again: the same change in 二、上年结转
	 * or 四、结转下年度 would need negative counts, and any other cell breaks R2 or R3. The
	 * suggestion says so, with the doubt a four-cell change deserves.
	 */
	@Test
	void theSeedReportsOnlyFourCellFixIsTheRowOfNewApplications() throws Exception {
		Submission seed = seed();

		Suggestion suggestion = Localiser.of(ReportFormat.F2019).localise(seed).orElseThrow();

		assertThat(suggestion.brokenRules()).containsExactly("R1");
		assertThat(suggestion.brokenInstances()).isEqualTo(4);
		assertThat(suggestion.unique()).isTrue();
		assertThat(suggestion.best().orElseThrow().changes())
			.extracting(CellChange::code, CellChange::reported, CellChange::suggested)
			.containsExactly(tuple("apply.new.natural_person", BigDecimal.valueOf(125), BigDecimal.valueOf(137)),
					tuple("apply.new.org_nonprofit", BigDecimal.valueOf(2), BigDecimal.valueOf(1)),
					tuple("apply.new.org_other", BigDecimal.valueOf(4), BigDecimal.valueOf(8)),
					tuple("apply.new.total", BigDecimal.valueOf(131), BigDecimal.valueOf(146)));
		assertThat(SuggestionMessage.of(suggestion)).isEqualTo("最少须改 4 格，且只有这一种改法："
				+ "①一、本年新收政府信息公开申请数量（自然人）：填报 125，改为 137；②一、本年新收政府信息公开申请数量（社会公益组织）：填报 2，改为 1；"
				+ "③一、本年新收政府信息公开申请数量（其他）：填报 4，改为 8；④一、本年新收政府信息公开申请数量（总计）：填报 131，改为 146；"
				+ "改后 R1 成立（改动较多，可能另有原因，仅供核对参考）");
	}

	/**
	 * One column's new applications and their total raised by 2, as the generator's R1 defect
	 * plants them: lowering them back, or carrying 2 more out, are equally small; carrying 2 fewer
	 * in would need −2 applications and is not offered.
	 */
	@Test
	void aFixThatNeedsANegativeCountIsNotOffered() {
		Suggestion suggestion = localise(ReportFormat.F2019,
				Map.of("apply.new.org_research", 5L, "apply.new.total", 173L));

		assertThat(suggestion.brokenRules()).containsExactly("R1");
		assertThat(suggestion.fixes()).extracting(Fix::changes)
			.map((changes) -> changes.stream().map((change) -> change.code() + "=" + change.suggested()).toList())
			.containsExactly(List.of("apply.new.org_research=3", "apply.new.total=171"),
					List.of("apply.carried_out.org_research=3", "apply.carried_out.total=14"));
	}

	/** The rules come from the file: with R2 alone a wrong part could be any cell of its row. */
	@Test
	void aRulesFileWithFewerRulesGivesMoreAlternatives() {
		RuleSet rowsOnly = RuleSet.read(ReportFormat.F2019, "rows-only.yml", new StringReader("""
				sets:
				  C_APP: [natural_person, org_commercial, org_research, org_nonprofit, org_legal_service, org_other]
				rules:
				  - id: R2
				    severity: error
				    title: 每一行的总计应等于各类申请人之和
				    for: { r: ROWS }
				    rule: "apply.{r}.total = apply.{r}.{a in C_APP}"
				  - id: R6
				    severity: error
				    title: 非负整数
				    type: non_negative_integer
				    items: "apply.*"
				""".replace("ROWS", "R").replace("rules:", "  R: [result.disclosed]\nrules:")));
		Submission wrongPart = ConsistentTables.with(ReportFormat.F2019, Map.of("apply.result.disclosed.org_commercial", 6L));

		Suggestion fromRowsOnly = Localiser.of(rowsOnly).localise(wrongPart).orElseThrow();
		Suggestion fromShippedRules = Localiser.of(ReportFormat.F2019).localise(wrongPart).orElseThrow();

		// lowering 商业企业 by 2, raising 总计 by 2, or lowering 自然人 or 其他 (the only parts of at least 2)
		assertThat(fromRowsOnly.count()).isEqualTo(4);
		assertThat(fromRowsOnly.fixes()).flatExtracting(Fix::items)
			.containsExactlyInAnyOrder("apply.result.disclosed.total", "apply.result.disclosed.org_commercial",
					"apply.result.disclosed.natural_person", "apply.result.disclosed.org_other");
		assertThat(fromShippedRules.unique()).isTrue();
	}

	/** A budget too small for the search says so rather than pretending no fix exists. */
	@Test
	void aSearchCutShortByItsBudgetSaysSo() throws Exception {
		Suggestion suggestion = Localiser.of(ReportFormat.F2019).withBudget(3).localise(seed()).orElseThrow();

		assertThat(suggestion.found()).isFalse();
		assertThat(suggestion.complete()).isFalse();
		assertThat(SuggestionMessage.of(suggestion)).isEqualTo("在限定的搜索范围内未找到少量改法使 R1 成立：请逐项核对");
	}

	@Test
	void aSubmissionOfAnotherFormatIsRefused() {
		Submission f2021 = ConsistentTables.consistent(ReportFormat.F2021);
		assertThatIllegalArgumentException().isThrownBy(() -> Localiser.of(ReportFormat.F2019).localise(f2021));
	}

	static Submission seed() throws Exception {
		byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/reports/fuxin-2019.txt"));
		return new PublishedReportReader()
			.read(new TextDocumentReader().read(bytes), "2019/210900.txt", "210900", 2019, Scope.OWN)
			.read()
			.submission();
	}

	private static Suggestion localise(ReportFormat format, Map<String, Long> planted) {
		return Localiser.of(format).localise(ConsistentTables.with(format, planted)).orElseThrow();
	}

}
