package org.ogirollup.submission;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;

import static org.assertj.core.api.Assertions.assertThat;

class BlankTotalsTest {

	private final Catalog catalog = Catalog.of(ReportFormat.F2021);

	private final Value[] values = new Value[this.catalog.size()];

	@Test
	void blankTotalsAreTheSumOfTheirPartsRowsThenColumnsThenSectionFour() {
		// given every cell 0, a few parts set, and the totals that depend on them blank
		for (Item item : this.catalog.items()) {
			this.values[item.index()] = Value.given(BigDecimal.ZERO, 1, "");
		}
		set("apply.new.natural_person", "3");
		set("apply.new.org_other", "2");
		blank("apply.new.total");
		set("apply.result.disclosed.natural_person", "4");
		set("apply.result.other.misc.natural_person", "1");
		blank("apply.result.disclosed.total");
		blank("apply.result.total.natural_person");
		blank("apply.result.total.total");
		set("litigation.direct.upheld", "2");
		set("litigation.direct.pending", "1");
		blank("litigation.direct.total");

		// when
		Map<Item, BigDecimal> derived = BlankTotals.derive(this.catalog, this.values);

		// then
		assertThat(number("apply.new.total")).isEqualByComparingTo("5");
		assertThat(number("apply.result.disclosed.total")).isEqualByComparingTo("4");
		assertThat(number("apply.result.total.natural_person")).isEqualByComparingTo("5");
		assertThat(number("apply.result.total.total")).isEqualByComparingTo("5");
		assertThat(number("litigation.direct.total")).isEqualByComparingTo("3");
		assertThat(derived).hasSize(5);
	}

	@Test
	void aBlankPartIsNotDerivedAndATotalWithAnAbsentPartStaysBlank() {
		for (Item item : this.catalog.items()) {
			this.values[item.index()] = Value.given(BigDecimal.ONE, 1, "");
		}
		blank("apply.new.natural_person");
		this.values[this.catalog.require("apply.carried_in.org_other").index()] = null;
		blank("apply.carried_in.total");

		Map<Item, BigDecimal> derived = BlankTotals.derive(this.catalog, this.values);

		assertThat(derived).isEmpty();
		assertThat(this.values[this.catalog.require("apply.new.natural_person").index()].state())
			.isEqualTo(Value.State.BLANK);
		assertThat(this.values[this.catalog.require("apply.carried_in.total").index()].state())
			.isEqualTo(Value.State.BLANK);
	}

	private void set(String code, String number) {
		this.values[this.catalog.require(code).index()] = Value.given(new BigDecimal(number), 1, code);
	}

	private void blank(String code) {
		this.values[this.catalog.require(code).index()] = Value.blank(1, code);
	}

	private BigDecimal number(String code) {
		return this.values[this.catalog.require(code).index()].number();
	}

}
