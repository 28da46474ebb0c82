package org.ogirollup.submission.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.finding.Severity;
import org.ogirollup.submission.Value;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading one cell: noise, signs, units, blanks and marks. */
class ValueParserTest {

	private static Item item(ReportFormat format, String code) {
		return Catalog.of(format).require(code);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = ';', value = { "7;7", "??7;7", "0??;0", "?0?;0", "\u00A012\u3000;12", "１２３;123", "1,234;1234" })
	void countsIgnoreNoiseAroundNumbers(String written, String expected) {
		ValueParser.Parsed parsed = ValueParser.parse(Folding.fold(written), item(ReportFormat.F2019, "apply.new.total"));
		assertThat(parsed.state()).isEqualTo(Value.State.GIVEN);
		assertThat(parsed.number()).isEqualByComparingTo(expected);
		assertThat(parsed.ruleId()).isNull();
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = ';', value = { "增82;82", "减5;-5", "+2;2", "-1;-1", "-417;-417", "0;0", "增５０１;501" })
	void signedChanges(String written, String expected) {
		ValueParser.Parsed parsed = ValueParser.parse(Folding.fold(written),
				item(ReportFormat.F2019, "active.art20_5.licensing.delta"));
		assertThat(parsed.number()).isEqualByComparingTo(expected);
	}

	@ParameterizedTest(name = "{0} -> {1} {2}")
	@CsvSource(delimiter = ';', nullValues = "none",
			value = { "F2019;21469172.33元;21469172.33;none", "F2019;251000元;251000;none", "F2019;35.5万元;355000;none",
					"F2019;0;0;none", "F2019;35000;35000;R13", "F2021;96171.6;96171.6;none", "F2021;12.5万元;12.5;none",
					"F2021;125000元;12.5;R16" })
	void moneyIsConvertedToTheCatalogUnit(ReportFormat format, String written, String expected, String rule) {
		String code = (format == ReportFormat.F2019) ? "active.art20_9.central_procurement.amount"
				: "active.art20_8.admin_fee.amount_wan";
		ValueParser.Parsed parsed = ValueParser.parse(written, item(format, code));
		assertThat(parsed.number()).isEqualByComparingTo(expected);
		assertThat(parsed.ruleId()).isEqualTo(rule);
		if (rule != null) {
			assertThat(parsed.severity()).isEqualTo(Severity.WARNING);
		}
	}

	@ParameterizedTest(name = "{0} under a header in {1} -> {2}")
	@CsvSource(delimiter = ';', nullValues = "none",
			value = { "F2019;万元;3.5;35000;none", "F2019;元;35000;35000;none", "F2019;元;2万元;20000;none",
					"F2021;元;125000;12.5;R16", "F2021;万元;12.5;12.5;none" })
	void aMoneyUnitInTheHeaderAppliesToBareAmounts(ReportFormat format, String headerUnit, String written,
			String expected, String rule) {
		String code = (format == ReportFormat.F2019) ? "active.art20_9.central_procurement.amount"
				: "active.art20_8.admin_fee.amount_wan";
		ValueParser.Parsed parsed = ValueParser.parse(written, item(format, code), headerUnit);
		assertThat(parsed.number()).isEqualByComparingTo(expected);
		assertThat(parsed.ruleId()).isEqualTo(rule);
	}

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { "-", "/", "—", "－" })
	void dashAndSlashAreNotApplicable(String written) {
		ValueParser.Parsed parsed = ValueParser.parse(Folding.fold(written),
				item(ReportFormat.F2021, "active.art20_6.coercion.decisions"));
		assertThat(parsed.state()).isEqualTo(Value.State.NOT_APPLICABLE);
		assertThat(parsed.number()).isNull();
		assertThat(parsed.ruleId()).isEqualTo(RuleIds.NOT_APPLICABLE);
	}

	@Test
	void blankIsZeroWithAWarning() {
		ValueParser.Parsed parsed = ValueParser.parse("??", item(ReportFormat.F2021, "apply.new.total"));
		assertThat(parsed.state()).isEqualTo(Value.State.BLANK);
		assertThat(parsed.number()).isZero();
		assertThat(parsed.ruleId()).isEqualTo(RuleIds.BLANK_VALUE);
	}

	@Test
	void wordsAreNotNumbers() {
		ValueParser.Parsed parsed = ValueParser.parse("若干", item(ReportFormat.F2021, "apply.new.total"));
		assertThat(parsed.isNumber()).isFalse();
		assertThat(parsed.severity()).isEqualTo(Severity.ERROR);
	}

}
