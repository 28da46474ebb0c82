package org.ogirollup.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.Severity;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.TestRegistries;
import org.ogirollup.rules.RuleSet;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.submission.Scope;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.SubmissionRead;
import org.ogirollup.submission.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

class ValidatorTest {

	private static final Catalog F2019 = Catalog.of(ReportFormat.F2019);

	private static final String SOURCE = "2019/210102.csv";

	private final Registry registry = TestRegistries.small();

	@Test
	void unknownUnitIsAnErrorOnTheSubmissionsFirstLine() {
		// given
		Validator validator = new Validator(this.registry, (submission) -> List.of());

		// when
		CheckedSubmission checked = validator.check(read(submission("219999"), List.of()));

		// then
		assertThat(checked.findings()).extracting(Finding::ruleId, Finding::severity, Finding::source,
				Finding::unitCode, Finding::reportYear, Finding::items)
			.containsExactly(tuple(RuleIds.UNKNOWN_UNIT, Severity.ERROR, SOURCE + ":2", "219999", 2019, List.of()));
		assertThat(checked.findings().get(0).message()).contains("219999", "units.csv");
		assertThat(checked.accepted()).isFalse();
	}

	@Test
	void knownUnitWithoutFindingsIsAccepted() {
		// given
		Validator validator = new Validator(this.registry, (submission) -> List.of());
		Submission submission = submission("210102-D01");

		// when
		CheckedSubmission checked = validator.check(read(submission, List.of()));

		// then
		assertThat(checked.submission()).isSameAs(submission);
		assertThat(checked.findings()).isEmpty();
		assertThat(checked.accepted()).isTrue();
	}

	@Test
	void readerFindingsComeFirstThenUnknownUnitThenRules() {
		// given
		Finding blank = finding("blank-value", Severity.WARNING);
		Finding broken = finding("R1", Severity.ERROR);
		Validator validator = new Validator(this.registry, (submission) -> List.of(broken));

		// when
		CheckedSubmission checked = validator.check(read(submission("219999"), List.of(blank)));

		// then
		assertThat(checked.findings()).extracting(Finding::ruleId)
			.containsExactly("blank-value", RuleIds.UNKNOWN_UNIT, "R1");
		assertThat(checked.findings().get(0)).isSameAs(blank);
		assertThat(checked.findings().get(2)).isSameAs(broken);
	}

	@Test
	void rulesRunEvenOnASubmissionTheReaderFaulted() {
		// given
		List<Submission> checkedByRules = new ArrayList<>();
		Function<Submission, List<Finding>> rules = (submission) -> {
			checkedByRules.add(submission);
			return List.of(finding("R2", Severity.WARNING));
		};
		Submission submission = submission("210102");

		// when
		CheckedSubmission checked = new Validator(this.registry, rules)
			.check(read(submission, List.of(finding(RuleIds.NOT_A_NUMBER, Severity.ERROR))));

		// then
		assertThat(checkedByRules).containsExactly(submission);
		assertThat(checked.findings()).extracting(Finding::ruleId).containsExactly(RuleIds.NOT_A_NUMBER, "R2");
		assertThat(checked.accepted()).isFalse();
	}

	/** Severities of the reader's and the rules' findings ({@code -} for none), and the verdict. */
	@ParameterizedTest
	@CsvSource({ "-, -, true", "warning, -, true", "-, warning, true", "warning, warning, true", "error, -, false",
			"-, error, false", "warning, error, false", "error;warning, warning, false", "warning;warning, -, true" })
	void acceptedIffNoFindingIsAnError(String reader, String rules, boolean accepted) {
		// given
		Validator validator = new Validator(this.registry, (submission) -> findings(rules));

		// when
		CheckedSubmission checked = validator.check(read(submission("210102"), findings(reader)));

		// then
		assertThat(checked.accepted()).isEqualTo(accepted);
		assertThat(checked.findings()).hasSize(findings(reader).size() + findings(rules).size());
	}

	@Test
	void withTheShippedRulesABalancedSubmissionIsAcceptedAndABrokenTotalIsNot() {
		// given
		Validator validator = new Validator(this.registry, (submission) -> RuleSet.of(submission.format())
			.check(submission));
		Submission zeros = submission("210102");
		Value[] values = zeros.values();
		values[F2019.require("apply.new.total").index()] = Value.given(new BigDecimal("5"), 40, "apply.new.total");
		Submission broken = new Submission("210102", 2019, Scope.OWN, F2019, SOURCE, 2, values);

		// when
		CheckedSubmission good = validator.check(read(zeros, List.of()));
		CheckedSubmission bad = validator.check(read(broken, List.of()));

		// then
		assertThat(good.findings()).isEmpty();
		assertThat(good.accepted()).isTrue();
		assertThat(bad.accepted()).isFalse();
		assertThat(bad.findings()).filteredOn(Finding::isError)
			.allSatisfy((finding) -> assertThat(finding.items()).contains("apply.new.total"))
			.isNotEmpty();
	}

	@Test
	void adviceSeesTheRulesFindingsAndComesAfterThemWithoutChangingTheVerdict() {
		// given
		Finding broken = finding("R1", Severity.ERROR);
		List<List<Finding>> seen = new ArrayList<>();
		Validator.Advice advice = (submission, ruleFindings) -> {
			seen.add(ruleFindings);
			return List.of(finding(RuleIds.SUGGESTED_FIX, Severity.WARNING));
		};
		Validator validator = new Validator(this.registry, (submission) -> List.of(broken), advice);

		// when
		CheckedSubmission checked = validator.check(read(submission("210102"), List.of(finding("blank-value",
				Severity.WARNING))));

		// then
		assertThat(seen).containsExactly(List.of(broken));
		assertThat(checked.findings()).extracting(Finding::ruleId)
			.containsExactly("blank-value", "R1", RuleIds.SUGGESTED_FIX);
		assertThat(checked.accepted()).isFalse();
	}

	@Test
	void adviceThatWouldRejectASubmissionIsAFault() {
		Validator validator = new Validator(this.registry, (submission) -> List.of(),
				(submission, ruleFindings) -> List.of(finding(RuleIds.SUGGESTED_FIX, Severity.ERROR)));

		assertThatIllegalStateException().isThrownBy(() -> validator.check(read(submission("210102"), List.of())));
	}

	private static SubmissionRead read(Submission submission, List<Finding> findings) {
		return new SubmissionRead(submission, findings);
	}

	/** Every F2019 cell 0, which keeps every rule. */
	private static Submission submission(String unit) {
		Value[] values = new Value[F2019.size()];
		F2019.items().forEach((item) -> values[item.index()] = Value.given(BigDecimal.ZERO, item.index() + 2,
				item.code().value()));
		return new Submission(unit, 2019, Scope.OWN, F2019, SOURCE, 2, values);
	}

	private static Finding finding(String ruleId, Severity severity) {
		return new Finding(SOURCE + ":5", "210102", 2019, ruleId, severity, List.of("apply.new.total"), "x");
	}

	private static List<Finding> findings(String severities) {
		if (severities.equals("-")) {
			return List.of();
		}
		return Arrays.stream(severities.split(";")).map((label) -> finding("x", Severity.fromLabel(label))).toList();
	}

}
