package org.ogirollup.submission.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Splitting run-together digits by the table's arithmetic. */
class CellSplitterTest {

	private final CellSplitter applications = CellSplitter.groupsWithTotal(7);

	@Test
	void theIssueExampleHasExactlyOneSplit() {
		assertThat(this.applications.splits(List.of("713000074"), 7)).singleElement()
			.isEqualTo(new long[] { 71, 3, 0, 0, 0, 0, 74 });
	}

	@Test
	void severalFittingSplitsAreAllReturned() {
		assertThat(this.applications.splits(List.of("211203018"), 7)).containsExactlyInAnyOrder(
				new long[] { 2, 1, 12, 0, 3, 0, 18 }, new long[] { 2, 11, 2, 0, 3, 0, 18 });
	}

	@Test
	void noSplitWhenTheTotalCannotFit() {
		assertThat(this.applications.splits(List.of("12", "0", "0", "0", "0", "0"), 7)).isEmpty();
	}

	@Test
	void zerosNeverLeadANumber() {
		assertThat(this.applications.splits(List.of("0000000"), 7)).singleElement().isEqualTo(new long[7]);
		assertThat(CellSplitter.plain().splits(List.of("105"), 2)).singleElement().isEqualTo(new long[] { 10, 5 });
	}

	@Test
	void runsSeparatedByBlanksAreSplitOnlyWithinThemselves() {
		assertThat(this.applications.splits(List.of("7", "13", "0", "0", "0", "074"), 7)).isEmpty();
		assertThat(this.applications.splits(List.of("713", "0", "0", "0", "0", "74"), 7)).singleElement()
			.isEqualTo(new long[] { 71, 3, 0, 0, 0, 0, 74 });
	}

	@Test
	void sectionFourSplitsIntoThreeGroupsWithTheirTotals() {
		assertThat(CellSplitter.groupsWithTotal(5).splits(List.of("310152001310001"), 15)).singleElement()
			.isEqualTo(new long[] { 3, 1, 0, 1, 5, 2, 0, 0, 1, 3, 1, 0, 0, 0, 1 });
		// the seed's own row run together fits several ways: the reader must report it, not pick one
		assertThat(CellSplitter.groupsWithTotal(5).splits(List.of("141072210401152210023"), 15)).hasSizeGreaterThan(1)
			.contains(new long[] { 14, 1, 0, 7, 22, 10, 4, 0, 1, 15, 22, 1, 0, 0, 23 });
	}

	@Test
	void withoutArithmeticOnlyForcedSplitsAreUnique() {
		assertThat(CellSplitter.plain().splits(List.of("503"), 3)).singleElement().isEqualTo(new long[] { 5, 0, 3 });
		assertThat(CellSplitter.plain().splits(List.of("1234"), 3)).hasSize(3);
	}

}
