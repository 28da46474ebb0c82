package org.ogirollup.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class FormatMappingTest {

	/** Where a code of one format lands in the other; an empty target means nowhere (-1). */
	@ParameterizedTest(name = "{0} {1} -> {2} {3}")
	@CsvSource(delimiter = '|', textBlock = """
			F2019 | apply.new.total                                  | F2021 | apply.new.total
			F2019 | apply.new.natural_person                         | F2021 | apply.new.natural_person
			F2019 | apply.carried_in.org_other                       | F2021 | apply.carried_in.org_other
			F2019 | apply.result.disclosed.total                     | F2021 | apply.result.disclosed.total
			F2019 | apply.result.withheld.state_secret.org_other     | F2021 | apply.result.withheld.state_secret.org_other
			F2019 | apply.result.other.natural_person                | F2021 | apply.result.other.misc.natural_person
			F2019 | apply.result.other.org_other                     | F2021 | apply.result.other.misc.org_other
			F2019 | apply.result.other.total                         | F2021 | apply.result.other.misc.total
			F2019 | review.upheld                                    | F2021 | review.upheld
			F2019 | active.art20_1.regulation.made                   | F2021 |
			F2019 | active.art20_5.licensing.decisions               | F2021 |
			F2019 | active.art20_9.central_procurement.amount        | F2021 |
			F2021 | apply.new.total                                  | F2019 | apply.new.total
			F2021 | apply.result.other.no_correction.natural_person  | F2019 | apply.result.other.natural_person
			F2021 | apply.result.other.fee_unpaid.org_research      | F2019 | apply.result.other.org_research
			F2021 | apply.result.other.misc.total                    | F2019 | apply.result.other.total
			F2021 | apply.result.other.no_correction.total           | F2019 | apply.result.other.total
			F2021 | apply.result.other.fee_unpaid.total             | F2019 | apply.result.other.total
			F2021 | review.corrected                                 | F2019 | review.corrected
			F2021 | active.art20_1.regulation.issued                 | F2019 |
			F2021 | active.art20_6.penalty.decisions                 | F2019 |
			F2021 | active.art20_8.admin_fee.amount_wan              | F2019 |
			F2019 | apply.result.other.total                         | F2019 | apply.result.other.total
			F2019 | active.art20_1.regulation.made                   | F2019 | active.art20_1.regulation.made
			F2021 | apply.result.other.misc.total                    | F2021 | apply.result.other.misc.total
			F2021 | apply.result.other.no_correction.total           | F2021 | apply.result.other.no_correction.total
			F2021 | active.art20_8.admin_fee.amount_wan              | F2021 | active.art20_8.admin_fee.amount_wan
			""")
	void codeLandsOnItsCounterpart(ReportFormat from, String code, ReportFormat to, String target) {
		// given
		Catalog source = Catalog.of(from);
		Catalog destination = Catalog.of(to);

		// when
		int[] targets = FormatMapping.targetIndexes(source, destination);

		// then
		int expected = (target != null) ? destination.require(target).index() : -1;
		assertThat(targets[source.require(code).index()]).isEqualTo(expected);
	}

	@ParameterizedTest
	@EnumSource(ReportFormat.class)
	void withinAFormatEveryPrintedItemLandsOnItself(ReportFormat format) {
		// given
		Catalog catalog = Catalog.of(format);

		// when
		int[] targets = FormatMapping.targetIndexes(catalog, catalog);

		// then
		assertThat(targets).hasSize(catalog.size());
		for (Item item : catalog.printedItems()) {
			assertThat(targets[item.index()]).as(item.code().value()).isEqualTo(item.index());
		}
	}

	@Test
	void theOneRowOfA2021ReportPrintingTable三The2019WayLandsOn3其他AsA2019ReportsDoes() {
		// given
		Catalog f2021 = Catalog.of(ReportFormat.F2021);

		// when
		int[] targets = FormatMapping.targetIndexes(f2021, f2021);

		// then
		assertThat(targets[f2021.require("apply.result.other.total").index()])
			.isEqualTo(f2021.require("apply.result.other.misc.total").index());
		assertThat(targets[f2021.require("apply.result.other.natural_person").index()])
			.isEqualTo(f2021.require("apply.result.other.misc.natural_person").index());
	}

	@ParameterizedTest
	@CsvSource({ "F2019, F2021", "F2021, F2019" })
	void acrossFormatsSection二IsDroppedAndEverythingElseLands(ReportFormat from, ReportFormat to) {
		// given
		Catalog source = Catalog.of(from);

		// when
		int[] targets = FormatMapping.targetIndexes(source, Catalog.of(to));

		// then
		for (Item item : source.items()) {
			if (item.section().equals("二")) {
				assertThat(targets[item.index()]).as(item.code().value()).isEqualTo(-1);
			}
			else {
				assertThat(targets[item.index()]).as(item.code().value()).isNotNegative();
			}
		}
	}

	@Test
	void threeOtherSubRowsOf2021AndTheirOneRowFoldIntoTheOne2019Row() {
		// given
		Catalog f2021 = Catalog.of(ReportFormat.F2021);
		Catalog f2019 = Catalog.of(ReportFormat.F2019);

		// when
		int[] targets = FormatMapping.targetIndexes(f2021, f2019);

		// then
		int otherTotal = f2019.require("apply.result.other.total").index();
		assertThat(f2021.items()).filteredOn((item) -> targets[item.index()] == otherTotal)
			.extracting((item) -> item.code().value())
			.containsExactly("apply.result.other.no_correction.total", "apply.result.other.fee_unpaid.total",
					"apply.result.other.misc.total", "apply.result.other.total");
	}

}
