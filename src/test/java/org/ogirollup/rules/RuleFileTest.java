package org.ogirollup.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Severity;

/** The rules files load, cover the cells they must, and a wrong file fails naming file and rule. */
class RuleFileTest {

	@ParameterizedTest
	@EnumSource(ReportFormat.class)
	void everyRuleFileLoadsAndEveryCodeInItExists(ReportFormat format) {
		// loading is what validates the codes: any unknown code throws
		RuleSet rules = RuleSet.load(format, RuleSet.resource(format));

		// only the rules the spec calls soft or warn may keep a submission in the totals
		assertThat(rules.rules()).isNotEmpty()
			.allSatisfy((rule) -> assertThat(rule.severity())
				.isEqualTo(Set.of("R11", "R12").contains(rule.id()) ? Severity.WARNING : Severity.ERROR));
		Catalog catalog = Catalog.of(format);
		for (Rule rule : rules.rules()) {
			assertThat(rule.items()).isNotEmpty().allSatisfy((item) -> assertThat(catalog.require(item.code().value())).isEqualTo(item));
		}
	}

	@Test
	void theRulesOfEachFormatAreTheExpectedOnes() {
		assertThat(RuleSet.of(ReportFormat.F2019).rules()).extracting(Rule::id)
			.containsExactly("R2", "R3", "R1", "R5", "R6", "R9", "R10", "R11", "R12", "R13");
		assertThat(RuleSet.of(ReportFormat.F2021).rules()).extracting(Rule::id)
			.containsExactly("R2", "R3", "R1", "R5", "R6", "R15", "R16");
		assertThat(RuleSet.of(ReportFormat.F2019)).isSameAs(RuleSet.of(ReportFormat.F2019));
	}

	@Test
	void linearRulesExpandOneInstancePerBinding() {
		assertThat(instances(ReportFormat.F2019, "R1")).isEqualTo(7);
		assertThat(instances(ReportFormat.F2019, "R2")).isEqualTo(23);
		assertThat(instances(ReportFormat.F2021, "R2")).isEqualTo(25);
		assertThat(instances(ReportFormat.F2021, "R5")).isEqualTo(3);
	}

	@ParameterizedTest
	@EnumSource(ReportFormat.class)
	void everyCellHasAValueTypeRuleAndSections3And4HaveR6(ReportFormat format) {
		Set<Item> typed = new HashSet<>();
		for (Rule rule : RuleSet.of(format).rules()) {
			if (rule instanceof ValueTypeRule values) {
				typed.addAll(values.items());
				if (rule.id().equals("R6")) {
					assertThat(values.items()).extracting(Item::section).containsOnly("三", "四");
					assertThat(values.items()).hasSize((format == ReportFormat.F2019) ? 161 + 15 : 175 + 7 + 15);
				}
			}
		}
		assertThat(typed).containsExactlyInAnyOrderElementsOf(Catalog.of(format).items());
	}

	@Test
	void anUnknownCodeFailsNamingFileAndRule() {
		String file = """
				sets:
				  C: [natural_person, total]
				rules:
				  - id: R1
				    severity: error
				    title: t
				    for: { c: C }
				    rule: "apply.new.{c} = apply.result.other.misc.{c}"
				""";

		assertThatThrownBy(() -> RuleSet.read(ReportFormat.F2019, "bad.yml", new StringReader(file)))
			.isInstanceOf(RuleFileException.class)
			.hasMessageContaining("bad.yml")
			.hasMessageContaining("rule R1")
			.hasMessageContaining("apply.result.other.misc.natural_person");
	}

	@Test
	void aPatternMatchingNothingFails() {
		String file = """
				rules:
				  - { id: R6, severity: error, title: t, type: non_negative_integer, items: "apply.* nothing.*" }
				""";

		assertThatThrownBy(() -> RuleSet.read(ReportFormat.F2021, "bad.yml", new StringReader(file)))
			.isInstanceOf(RuleFileException.class)
			.hasMessageContaining("rule R6")
			.hasMessageContaining("nothing.*");
	}

	@Test
	void syntaxErrorsAndUnknownSetsFailNamingTheRule() {
		String syntax = """
				rules:
				  - { id: R9, severity: error, title: t, rule: "review.total = = review.upheld" }
				""";
		String unknownSet = """
				rules:
				  - { id: R5, severity: error, title: t, rule: "review.total = review.{k in NOPE}" }
				""";

		assertThatThrownBy(() -> RuleSet.read(ReportFormat.F2019, "a.yml", new StringReader(syntax)))
			.isInstanceOf(RuleFileException.class)
			.hasMessageContaining("rule R9");
		assertThatThrownBy(() -> RuleSet.read(ReportFormat.F2019, "b.yml", new StringReader(unknownSet)))
			.isInstanceOf(RuleFileException.class)
			.hasMessageContaining("rule R5")
			.hasMessageContaining("NOPE");
	}

	@Test
	void coefficientsAndInequalitiesAreUnderstood() {
		String file = """
				rules:
				  - { id: T1, severity: warning, title: t, rule: "2*review.total - review.upheld >= review.pending" }
				""";
		RuleSet rules = RuleSet.read(ReportFormat.F2019, "t.yml", new StringReader(file));
		var submission = TestSubmissions.of(ReportFormat.F2019,
				TestSubmissions.cells().put("review.total", "1").put("review.upheld", "1").put("review.pending", "3").map());

		assertThat(rules.check(submission)).singleElement().satisfies((finding) -> {
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.items()).containsExactly("review.total", "review.upheld", "review.pending");
			assertThat(finding.message())
				.isEqualTo("T1 行政复议不成立：2×总计 1 - 结果维持 1 = 1，小于 尚未审结 3（差 2）");
		});
	}

	private static int instances(ReportFormat format, String id) {
		return RuleSet.of(format).rules().stream()
			.filter((rule) -> rule.id().equals(id))
			.map((rule) -> ((LinearRule) rule).instances().size())
			.findFirst()
			.orElseThrow();
	}

}
