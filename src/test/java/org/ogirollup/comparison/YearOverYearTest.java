package org.ogirollup.comparison;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;

import static org.assertj.core.api.Assertions.assertThat;

class YearOverYearTest {

	@ParameterizedTest
	@EnumSource(ReportFormat.class)
	void sameFormatComparesEveryItemExactly(ReportFormat format) {
		TestValues previous = TestValues.of(format).set("apply.new.total", 40).set("review.total", 3);
		TestValues current = TestValues.of(format).set("apply.new.total", 50).set("review.total", 3);

		List<Delta> deltas = compare(previous, current);

		assertThat(deltas).extracting(Delta::item)
			.containsExactlyElementsOf(Catalog.of(format).printedItems().stream().map((item) -> item.code().value()).toList());
		assertThat(deltas).allMatch((delta) -> delta.comparability() == Comparability.EXACT);
		assertThat(byItem(deltas).get("apply.new.total"))
			.isEqualTo(new Delta("apply.new.total", bd("40"), bd("50"), bd("10"), bd("25.0"), Comparability.EXACT));
		assertThat(byItem(deltas).get("review.total").deltaPct()).isEqualByComparingTo("0");
	}

	@Test
	void sectionThreeAndFourAndDecisionsAreExactAcrossTheFormatChange() {
		TestValues previous = TestValues.of(ReportFormat.F2019)
			.set("apply.result.withheld.state_secret.org_research", 4)
			.set("litigation.after_review.pending", 2)
			.set("active.art20_6.penalty.decisions", 1000);
		TestValues current = TestValues.of(ReportFormat.F2021)
			.set("apply.result.withheld.state_secret.org_research", 5)
			.set("litigation.after_review.pending", 1)
			.set("active.art20_6.penalty.decisions", 1234);

		Map<String, Delta> deltas = byItem(compare(previous, current));

		assertThat(deltas.get("apply.result.withheld.state_secret.org_research")).isEqualTo(new Delta(
				"apply.result.withheld.state_secret.org_research", bd("4"), bd("5"), bd("1"), bd("25.0"), Comparability.EXACT));
		assertThat(deltas.get("litigation.after_review.pending")).isEqualTo(new Delta("litigation.after_review.pending",
				bd("2"), bd("1"), bd("-1"), bd("-50.0"), Comparability.EXACT));
		assertThat(deltas.get("active.art20_6.penalty.decisions")).isEqualTo(new Delta(
				"active.art20_6.penalty.decisions", bd("1000"), bd("1234"), bd("234"), bd("23.4"), Comparability.EXACT));
		assertThat(deltas.get("active.art20_5.licensing.decisions").comparability()).isEqualTo(Comparability.EXACT);
		assertThat(deltas.get("active.art20_6.coercion.decisions").comparability()).isEqualTo(Comparability.EXACT);
		Catalog f2021 = Catalog.of(ReportFormat.F2021);
		assertThat(f2021.items()
			.stream()
			.filter((item) -> item.section().equals("四")
					|| (item.section().equals("三") && !item.code().value().startsWith("apply.result.other.")))
			.map((item) -> deltas.get(item.code().value()).comparability())).hasSize(15 + 154).containsOnly(Comparability.EXACT);
	}

	@Test
	void documentsMadeAreApproximatelyDocumentsIssued() {
		TestValues previous = TestValues.of(ReportFormat.F2019)
			.set("active.art20_1.regulation.made", 8)
			.set("active.art20_1.normative_doc.made", 30)
			.set("active.art20_1.normative_doc.published", 25);
		TestValues current = TestValues.of(ReportFormat.F2021)
			.set("active.art20_1.regulation.issued", 6)
			.set("active.art20_1.normative_doc.issued", 33);

		Map<String, Delta> deltas = byItem(compare(previous, current));

		assertThat(deltas.get("active.art20_1.regulation.issued")).isEqualTo(new Delta(
				"active.art20_1.regulation.issued", bd("8"), bd("6"), bd("-2"), bd("-25.0"), Comparability.APPROXIMATE));
		assertThat(deltas.get("active.art20_1.normative_doc.issued")).isEqualTo(new Delta(
				"active.art20_1.normative_doc.issued", bd("30"), bd("33"), bd("3"), bd("10.0"), Comparability.APPROXIMATE));
		assertThat(deltas).doesNotContainKeys("active.art20_1.regulation.made", "active.art20_1.normative_doc.published");
	}

	@Test
	void otherProcessingComparesAsTheSumOfItsThreeSubRows() {
		TestValues previous = TestValues.of(ReportFormat.F2019)
			.set("apply.result.other.natural_person", 10)
			.set("apply.result.other.total", 12);
		TestValues current = TestValues.of(ReportFormat.F2021)
			.set("apply.result.other.no_correction.natural_person", 2)
			.set("apply.result.other.fee_unpaid.natural_person", 3)
			.set("apply.result.other.misc.natural_person", 4)
			.set("apply.result.other.misc.total", 12);

		List<Delta> deltas = compare(previous, current);
		Map<String, Delta> byItem = byItem(deltas);

		assertThat(byItem.get("apply.result.other.natural_person")).isEqualTo(new Delta("apply.result.other.natural_person",
				bd("10"), bd("9"), bd("-1"), bd("-10.0"), Comparability.GROUP));
		assertThat(byItem.get("apply.result.other.total"))
			.isEqualTo(new Delta("apply.result.other.total", bd("12"), bd("12"), bd("0"), bd("0.0"), Comparability.GROUP));
		assertThat(deltas.stream().filter((delta) -> delta.comparability() == Comparability.GROUP)).hasSize(7);
		assertThat(byItem.get("apply.result.other.fee_unpaid.natural_person"))
			.isEqualTo(new Delta("apply.result.other.fee_unpaid.natural_person", null, bd("3"), null, null,
					Comparability.NOT_COMPARABLE));
		// the seven group rows stand just before the first sub-row they sum
		List<String> items = deltas.stream().map(Delta::item).toList();
		int first = items.indexOf("apply.result.other.no_correction.natural_person");
		assertThat(items.subList(first - 7, first)).containsExactly("apply.result.other.natural_person",
				"apply.result.other.org_commercial", "apply.result.other.org_research", "apply.result.other.org_nonprofit",
				"apply.result.other.org_legal_service", "apply.result.other.org_other", "apply.result.other.total");
	}

	@Test
	void itemsWithoutAComparablePreviousItemHaveNoPreviousValueNorDelta() {
		TestValues previous = TestValues.of(ReportFormat.F2019)
			.set("active.art20_1.regulation.public_total", 100)
			.set("active.art20_8.admin_fee.prev_items", 7);
		TestValues current = TestValues.of(ReportFormat.F2021)
			.set("active.art20_1.regulation.in_force", 90)
			.set("active.art20_1.regulation.repealed", 2)
			.set("active.art20_8.admin_fee.amount_wan", "12.34");

		List<Delta> deltas = compare(previous, current);

		assertThat(deltas.stream()
			.filter((delta) -> delta.item().startsWith("active.") && delta.comparability() == Comparability.NOT_COMPARABLE))
			.extracting(Delta::item)
			.containsExactly("active.art20_1.regulation.repealed", "active.art20_1.regulation.in_force",
					"active.art20_1.normative_doc.repealed", "active.art20_1.normative_doc.in_force",
					"active.art20_8.admin_fee.amount_wan");
		Map<String, Delta> byItem = byItem(deltas);
		assertThat(byItem.get("active.art20_1.regulation.in_force")).isEqualTo(
				new Delta("active.art20_1.regulation.in_force", null, bd("90"), null, null, Comparability.NOT_COMPARABLE));
		assertThat(byItem.get("active.art20_8.admin_fee.amount_wan")).isEqualTo(new Delta(
				"active.art20_8.admin_fee.amount_wan", null, bd("12.34"), null, null, Comparability.NOT_COMPARABLE));
	}

	@Test
	void everyCurrentItemAndEveryGroupHasOneRow() {
		List<Delta> deltas = compare(TestValues.of(ReportFormat.F2019), TestValues.of(ReportFormat.F2021));

		assertThat(deltas).hasSize(Catalog.of(ReportFormat.F2021).printedItems().size() + 7);
		assertThat(deltas.stream().filter((delta) -> delta.comparability() == Comparability.NOT_COMPARABLE))
			.extracting(Delta::item)
			.hasSize(5 + 21)
			.allMatch((item) -> item.startsWith("active.") || item.matches("apply\\.result\\.other\\.[a-z_]+\\.[a-z_]+"));
	}

	@ParameterizedTest
	@CsvSource({ "3, 4, 33.3", "3, 5, 66.7", "8, 9, 12.5", "8, 7, -12.5", "6, 5, -16.7", "1000, 1001, 0.1",
			"2000, 2001, 0.1", "0.30, 0.31, 3.3", "40, 0, -100.0" })
	void deltaPercentIsRoundedHalfUpToOneDecimal(String before, String after, String percent) {
		assertThat(YearOverYear.percent(bd(after).subtract(bd(before)), bd(before))).isEqualTo(bd(percent));
	}

	@Test
	void zeroOrAbsentPreviousGivesNoPercent() {
		TestValues previous = TestValues.of(ReportFormat.F2021).set("apply.new.total", 0).set("review.total", null);
		TestValues current = TestValues.of(ReportFormat.F2021).set("apply.new.total", 7).set("review.total", 2);

		Map<String, Delta> deltas = byItem(compare(previous, current));

		assertThat(deltas.get("apply.new.total"))
			.isEqualTo(new Delta("apply.new.total", bd("0"), bd("7"), bd("7"), null, Comparability.EXACT));
		assertThat(deltas.get("review.total"))
			.isEqualTo(new Delta("review.total", null, bd("2"), null, null, Comparability.EXACT));
	}

	@Test
	void moneyDeltasAreExact() {
		TestValues previous = TestValues.of(ReportFormat.F2021).set("active.art20_8.admin_fee.amount_wan", "1234.56");
		TestValues current = TestValues.of(ReportFormat.F2021).set("active.art20_8.admin_fee.amount_wan", "1300.07");

		assertThat(byItem(compare(previous, current)).get("active.art20_8.admin_fee.amount_wan"))
			.isEqualTo(new Delta("active.art20_8.admin_fee.amount_wan", bd("1234.56"), bd("1300.07"), bd("65.51"),
					bd("5.3"), Comparability.EXACT));
	}

	@Test
	void aNewerPreviousFormatComparesNothing() {
		List<Delta> deltas = compare(TestValues.of(ReportFormat.F2021), TestValues.of(ReportFormat.F2019));

		assertThat(deltas).hasSize(Catalog.of(ReportFormat.F2019).size())
			.allMatch((delta) -> delta.comparability() == Comparability.NOT_COMPARABLE && delta.delta() == null);
	}

	@Test
	void mappingNamesOnlyItemsOfTheCatalogs() {
		Catalog f2019 = Catalog.of(ReportFormat.F2019);
		Catalog f2021 = Catalog.of(ReportFormat.F2021);
		for (ComparablePair pair : FormatPairs.pairs(f2019, f2021)) {
			pair.previousCodes().forEach(f2019::require);
			pair.currentCodes().forEach(f2021::require);
		}
		assertThat(f2021.printedItems()).extracting(Item::code).hasSize(200);
	}

	private static List<Delta> compare(TestValues previous, TestValues current) {
		return YearOverYear.compare(previous.catalog(), previous.values(), current.catalog(), current.values());
	}

	private static Map<String, Delta> byItem(List<Delta> deltas) {
		return deltas.stream().collect(Collectors.toMap(Delta::item, Function.identity()));
	}

	private static BigDecimal bd(String value) {
		return new BigDecimal(value);
	}

}
