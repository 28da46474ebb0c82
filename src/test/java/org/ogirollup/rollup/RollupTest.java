package org.ogirollup.rollup;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.registry.Level;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.TestRegistries;
import org.ogirollup.registry.Unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RollupTest {

	private static final Catalog F2019 = Catalog.of(ReportFormat.F2019);

	private static final Catalog F2021 = Catalog.of(ReportFormat.F2021);

	private static final String NEW_TOTAL = "apply.new.total";

	private static final String MONEY = "active.art20_9.central_procurement.amount";

	private final Registry registry = TestRegistries.small();

	/** Each unit submits a distinct power of two, so every sum says exactly who is in it. */
	@ParameterizedTest
	@CsvSource({ "210000, 63", "210100, 31", "210102, 3", "210103, 4" })
	void governmentTotalIsTheSumOverItsSubtreeItselfIncluded(String node, long expected) {
		// given
		Rollup rollup = new Rollup(this.registry, F2019);
		Map<String, Long> submitted = Map.of("210102", 1L, "210102-D01", 2L, "210103", 4L, "210100", 8L,
				"210100-D01", 16L, "210000", 32L);

		// when
		submitted.forEach((unit, count) -> rollup.add(unit, ReportFormat.F2019, values(F2019, Map.of(NEW_TOTAL,
				BigDecimal.valueOf(count)))));

		// then
		NodeTotal total = totalOf(rollup, node);
		assertThat(value(total, NEW_TOTAL)).isEqualByComparingTo(BigDecimal.valueOf(expected));
		assertThat(total.values()).filteredOn((number) -> number.signum() != 0).hasSize(1);
	}

	@Test
	void onlyGovernmentsGetTotalsOrderedByCode() {
		// when
		List<NodeTotal> totals = new Rollup(this.registry, F2019).totals();

		// then
		assertThat(totals).extracting(NodeTotal::node)
			.extracting(Unit::code, Unit::level)
			.containsExactly(tuple("210000", Level.PROVINCE),
					tuple("210100", Level.CITY),
					tuple("210102", Level.COUNTY),
					tuple("210103", Level.COUNTY));
		assertThat(totals).allSatisfy((total) -> {
			assertThat(total.catalog()).isSameAs(F2019);
			assertThat(total.values()).hasSize(F2019.size()).allSatisfy((number) -> assertThat(number).isZero());
		});
	}

	@Test
	void submissionOfTheOtherFormatLandsThroughTheMapping() {
		// given: an F2019 report in an F2021 year
		Rollup rollup = new Rollup(this.registry, F2021);

		// when
		rollup.add("210102", ReportFormat.F2019, values(F2019, Map.of(NEW_TOTAL, new BigDecimal("3"),
				"apply.result.other.total", new BigDecimal("5"), "apply.result.other.natural_person",
				new BigDecimal("2"), "active.art20_5.licensing.decisions", new BigDecimal("9"), "review.upheld",
				new BigDecimal("7"))));

		// then: section 三 and 四 keep their codes, the other row goes to 其他 / 3.其他, section 二 is dropped;
		// the group （六）其他处理 of the node adds up its three rows
		NodeTotal county = totalOf(rollup, "210102");
		assertThat(nonZero(county)).containsExactlyInAnyOrderEntriesOf(Map.of(NEW_TOTAL, new BigDecimal("3"),
				"apply.result.other.misc.total", new BigDecimal("5"), "apply.result.other.misc.natural_person",
				new BigDecimal("2"), "review.upheld", new BigDecimal("7"), "apply.result.other.total", new BigDecimal("5"),
				"apply.result.other.natural_person", new BigDecimal("2")));
		assertThat(nonZero(totalOf(rollup, "210000"))).isEqualTo(nonZero(county));
	}

	@Test
	void threeOtherSubRowsOf2021AddIntoThe2019Row() {
		// given: an F2021 report in an F2019 year
		Rollup rollup = new Rollup(this.registry, F2019);

		// when
		rollup.add("210103", ReportFormat.F2021, values(F2021, Map.of("apply.result.other.no_correction.total",
				new BigDecimal("1"), "apply.result.other.fee_unpaid.total", new BigDecimal("2"),
				"apply.result.other.misc.total", new BigDecimal("4"), "active.art20_8.admin_fee.amount_wan",
				new BigDecimal("100"))));

		// then
		assertThat(nonZero(totalOf(rollup, "210103"))).containsExactlyEntriesOf(Map.of("apply.result.other.total",
				new BigDecimal("7")));
	}

	@Test
	void moneyIsAddedExactly() {
		// given
		Rollup rollup = new Rollup(this.registry, F2019);

		// when
		rollup.add("210102", ReportFormat.F2019, values(F2019, Map.of(MONEY, new BigDecimal("0.1"))));
		rollup.add("210103", ReportFormat.F2019, values(F2019, Map.of(MONEY, new BigDecimal("0.2"))));
		rollup.add("210100-D01", ReportFormat.F2019, values(F2019, Map.of(MONEY, new BigDecimal("21469171.03"))));

		// then
		assertThat(value(totalOf(rollup, "210100"), MONEY)).isEqualTo(new BigDecimal("21469171.33"));
		assertThat(value(totalOf(rollup, "210102"), MONEY)).isEqualTo(new BigDecimal("0.1"));
		assertThat(value(totalOf(rollup, "210000"), MONEY).toPlainString()).isEqualTo("21469171.33");
	}

	@Test
	void pointOnePlusPointTwoIsPointThree() {
		// given
		Rollup rollup = new Rollup(this.registry, F2019);

		// when
		rollup.add("210102", ReportFormat.F2019, values(F2019, Map.of(MONEY, new BigDecimal("0.1"))));
		rollup.add("210102-D01", ReportFormat.F2019, values(F2019, Map.of(MONEY, new BigDecimal("0.2"))));

		// then
		assertThat(value(totalOf(rollup, "210102"), MONEY)).isEqualTo(new BigDecimal("0.3"));
	}

	@Test
	void nullValuesAddNothing() {
		// given
		Rollup rollup = new Rollup(this.registry, F2019);
		BigDecimal[] values = new BigDecimal[F2019.size()];

		// when
		rollup.add("210102", ReportFormat.F2019, values);
		rollup.add("210103", ReportFormat.F2019, values(F2019, Map.of(NEW_TOTAL, BigDecimal.ONE)));

		// then
		assertThat(nonZero(totalOf(rollup, "210102"))).isEmpty();
		assertThat(totalOf(rollup, "210102").values()).doesNotContainNull();
		assertThat(nonZero(totalOf(rollup, "210000"))).containsExactlyEntriesOf(Map.of(NEW_TOTAL, BigDecimal.ONE));
	}

	@Test
	void unitOutsideTheRegistryAddsNothing() {
		// given
		Rollup rollup = new Rollup(this.registry, F2019);

		// when
		rollup.add("999999", ReportFormat.F2019, values(F2019, Map.of(NEW_TOTAL, BigDecimal.TEN)));

		// then
		assertThat(rollup.totals()).allSatisfy((total) -> assertThat(nonZero(total)).isEmpty());
	}

	@Test
	void negativeValuesSubtract() {
		// given
		Rollup rollup = new Rollup(this.registry, F2019);
		String delta = "active.art20_5.licensing.delta";

		// when
		rollup.add("210102", ReportFormat.F2019, values(F2019, Map.of(delta, new BigDecimal("5"))));
		rollup.add("210103", ReportFormat.F2019, values(F2019, Map.of(delta, new BigDecimal("-8"))));

		// then
		assertThat(value(totalOf(rollup, "210100"), delta)).isEqualByComparingTo("-3");
	}

	private static BigDecimal[] values(Catalog catalog, Map<String, BigDecimal> cells) {
		BigDecimal[] values = new BigDecimal[catalog.size()];
		cells.forEach((code, number) -> values[catalog.require(code).index()] = number);
		return values;
	}

	private static NodeTotal totalOf(Rollup rollup, String node) {
		return rollup.totals().stream().filter((total) -> total.node().code().equals(node)).findFirst().orElseThrow();
	}

	private static BigDecimal value(NodeTotal total, String code) {
		return total.values().get(total.catalog().require(code).index());
	}

	private static Map<String, BigDecimal> nonZero(NodeTotal total) {
		Map<String, BigDecimal> cells = new LinkedHashMap<>();
		total.catalog().items().forEach((item) -> {
			BigDecimal number = total.values().get(item.index());
			if (number.signum() != 0) {
				cells.put(item.code().value(), number);
			}
		});
		return cells;
	}

}
