package org.ogirollup.catalog;

import java.util.Objects;

/** The code of a catalog cell, such as {@code apply.new.total}; the contract across the pipeline. */
public record ItemCode(String value) implements Comparable<ItemCode> {

	public ItemCode {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public int compareTo(ItemCode other) {
		return this.value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
