package org.ogirollup.comparison;

import java.math.BigDecimal;
import java.util.Arrays;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;

/** Builds value arrays in a catalog's order: every cell 0 except those set. */
final class TestValues {

	private final Catalog catalog;

	private final BigDecimal[] values;

	private TestValues(Catalog catalog) {
		this.catalog = catalog;
		this.values = new BigDecimal[catalog.size()];
		Arrays.fill(this.values, BigDecimal.ZERO);
	}

	static TestValues of(ReportFormat format) {
		return new TestValues(Catalog.of(format));
	}

	TestValues set(String code, String value) {
		this.values[this.catalog.require(code).index()] = (value != null) ? new BigDecimal(value) : null;
		return this;
	}

	TestValues set(String code, long value) {
		return set(code, Long.toString(value));
	}

	Catalog catalog() {
		return this.catalog;
	}

	BigDecimal[] values() {
		return this.values.clone();
	}

}
