package org.ogirollup.rollup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.ogirollup.registry.Registry;
import org.ogirollup.registry.TestRegistries;
import org.ogirollup.registry.Unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CoverageTest {

	private final Registry registry = TestRegistries.small();

	/** 和平区 accepted, its department rejected, the city's department accepted, one unknown code. */
	private static final Map<String, UnitOutcome> OUTCOMES = Map.of("210102", UnitOutcome.ACCEPTED, "210102-D01",
			UnitOutcome.REJECTED, "210100-D01", UnitOutcome.ACCEPTED, "999999", UnitOutcome.ACCEPTED, "999999-D01",
			UnitOutcome.REJECTED);

	@ParameterizedTest
	@CsvSource({ "210000, 6, 2, 1, 3", "210100, 5, 2, 1, 2", "210102, 2, 1, 1, 0", "210103, 1, 0, 0, 1" })
	void countsUnitsOverEachSubtreeItselfIncluded(String node, int expected, int accepted, int rejected,
			int missing) {
		// when
		NodeCoverage coverage = coverageOf(Coverage.compute(this.registry, OUTCOMES), node);

		// then
		assertThat(coverage).extracting(NodeCoverage::expected, NodeCoverage::accepted, NodeCoverage::rejected,
				NodeCoverage::missing)
			.containsExactly(expected, accepted, rejected, missing);
	}

	@Test
	void oneRowPerGovernmentOrderedByCode() {
		// when
		List<NodeCoverage> coverage = Coverage.compute(this.registry, OUTCOMES);

		// then
		assertThat(coverage).extracting((node) -> node.node().code())
			.containsExactly("210000", "210100", "210102", "210103");
	}

	@Test
	void nobodyReportedMeansEveryUnitIsMissing() {
		// when
		List<NodeCoverage> coverage = Coverage.compute(this.registry, Map.of());

		// then
		assertThat(coverage).extracting(NodeCoverage::expected, NodeCoverage::missing)
			.containsExactly(tuple(6, 6), tuple(5, 5),
					tuple(2, 2), tuple(1, 1));
		assertThat(coverage).allSatisfy((node) -> assertThat(node.accepted() + node.rejected()).isZero());
	}

	@Test
	void missingUnitsAreThoseWithoutOutcomeInRegistryOrder() {
		// when
		List<Unit> missing = Coverage.missingUnits(this.registry, OUTCOMES);

		// then
		assertThat(missing).extracting(Unit::code).containsExactly("210000", "210100", "210103");
	}

	@Test
	void everyUnitAcceptedLeavesNobodyMissing() {
		// given
		Map<String, UnitOutcome> outcomes = new HashMap<>();
		this.registry.units().forEach((unit) -> outcomes.put(unit.code(), UnitOutcome.ACCEPTED));

		// when / then
		assertThat(Coverage.missingUnits(this.registry, outcomes)).isEmpty();
		assertThat(Coverage.compute(this.registry, outcomes))
			.allSatisfy((node) -> assertThat(node.accepted()).isEqualTo(node.expected()));
	}

	private static NodeCoverage coverageOf(List<NodeCoverage> coverage, String node) {
		return coverage.stream().filter((row) -> row.node().code().equals(node)).findFirst().orElseThrow();
	}

}
