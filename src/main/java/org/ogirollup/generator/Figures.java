package org.ogirollup.generator;

import java.math.BigDecimal;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ItemKind;

/**
 * The values of one generated submission, one per catalog item; money is kept in hundredths of
 * the catalog's unit so that sums stay exact.
 */
final class Figures {

	private final Catalog catalog;

	private final long[] values;

	Figures(Catalog catalog) {
		this.catalog = catalog;
		this.values = new long[catalog.size()];
	}

	Catalog catalog() {
		return this.catalog;
	}

	long get(String code) {
		return this.values[this.catalog.require(code).index()];
	}

	void set(String code, long value) {
		this.values[this.catalog.require(code).index()] = value;
	}

	/** Adds another submission of the same format, item by item: how region-wide summaries are made. */
	void add(Figures other) {
		if (other.catalog != this.catalog) {
			throw new IllegalArgumentException("cannot add " + other.catalog.format() + " to " + this.catalog.format());
		}
		for (int i = 0; i < this.values.length; i++) {
			this.values[i] += other.values[i];
		}
	}

	/** The value of an item as written in a submission: an integer, or money with two decimals. */
	String text(Item item) {
		long value = this.values[item.index()];
		if (item.kind() == ItemKind.MONEY) {
			return BigDecimal.valueOf(value, 2).toPlainString();
		}
		return Long.toString(value);
	}

}
