package org.ogirollup.localisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.finding.Severity;
import org.ogirollup.rules.RuleSet;
import org.ogirollup.rules.TestSubmissions;
import org.ogirollup.submission.Submission;

/** The suggestion as a finding of {@code validation.csv}: a warning that names the cells to change. */
class LocalisationFindingsTest {

	private final SuggestionFindings findings = new SuggestionFindings();

	@Test
	void aUniqueFixIsAWarningOnItsCellsLine() {
		Submission submission = ConsistentTables.with(ReportFormat.F2019, Map.of("apply.result.disclosed.total", 80L));

		List<Finding> found = this.findings.findings(submission, RuleSet.of(ReportFormat.F2019).check(submission));

		assertThat(found).singleElement().satisfies((finding) -> {
			assertThat(finding.ruleId()).isEqualTo(RuleIds.SUGGESTED_FIX);
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.items()).containsExactly("apply.result.disclosed.total");
			assertThat(finding.source()).isEqualTo(TestSubmissions.at(ReportFormat.F2019, "apply.result.disclosed.total"));
			assertThat(finding.unitCode()).isEqualTo(TestSubmissions.UNIT);
			assertThat(finding.reportYear()).isEqualTo(2019);
			assertThat(finding.message()).startsWith("（一）予以公开（总计）很可能有误：填报 80；改为 78");
		});
	}

	@Test
	void equallySmallFixesNameEveryCellTheMessageLists() {
		Submission submission = ConsistentTables.with(ReportFormat.F2019,
				Map.of("apply.result.disclosed.natural_person", 72L, "apply.result.partial.org_commercial", 3L));

		List<Finding> found = this.findings.findings(submission, RuleSet.of(ReportFormat.F2019).check(submission));

		assertThat(found).singleElement()
			.extracting(Finding::items)
			.isEqualTo(List.of("apply.result.disclosed.natural_person", "apply.result.partial.org_commercial",
					"apply.result.disclosed.org_commercial", "apply.result.partial.natural_person"));
	}

	@Test
	void noSmallFixIsItsOwnWarningWithoutCells() {
		Submission submission = ConsistentTables.with(ReportFormat.F2019,
				Map.of("apply.result.disclosed.natural_person", 75L, "apply.result.partial.org_commercial", 3L,
						"apply.result.withheld.third_party.natural_person", 9L, "review.upheld", 20L,
						"litigation.direct.pending", 5L));

		List<Finding> found = this.findings.findings(submission, RuleSet.of(ReportFormat.F2019).check(submission));

		assertThat(found).extracting(Finding::ruleId, Finding::severity, Finding::items)
			.containsExactly(tuple(RuleIds.NO_SMALL_FIX, Severity.WARNING, List.of()));
	}

	/** Only the linear rules' findings start a search: a negative count alone (R6) has nothing to balance. */
	@Test
	void aSubmissionWithoutBrokenLinearRulesIsNotSearched() {
		Submission negative = TestSubmissions.of(ReportFormat.F2019,
				TestSubmissions.cells().put("apply.result.disclosed.natural_person", "-1")
					.put("apply.result.disclosed.total", "-1")
					.put("apply.result.unable.not_held.natural_person", "1")
					.put("apply.result.unable.not_held.total", "1")
					.map());
		List<Finding> rules = RuleSet.of(ReportFormat.F2019).check(negative);

		assertThat(rules).extracting(Finding::ruleId).containsOnly("R6");
		assertThat(this.findings.findings(negative, rules)).isEmpty();
		// and a submission with broken rules is not searched when no rule finding says so
		Submission broken = ConsistentTables.with(ReportFormat.F2019, Map.of("review.total", 23L));
		assertThat(this.findings.findings(broken, List.of())).isEmpty();
		assertThat(this.findings.findings(broken, RuleSet.of(ReportFormat.F2019).check(broken))).hasSize(1);
	}

	@Test
	void theSuggestedValueIsExact() {
		Submission submission = ConsistentTables.with(ReportFormat.F2019, Map.of("apply.result.total.total", 1170L));

		Suggestion suggestion = Localiser.of(ReportFormat.F2019).localise(submission).orElseThrow();

		assertThat(suggestion.best().orElseThrow().changes().get(0).suggested()).isEqualTo(new BigDecimal("170"));
		assertThat(suggestion.best().orElseThrow().changes().get(0).difference()).isEqualTo(new BigDecimal("-1000"));
	}

}
