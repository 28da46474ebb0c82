package org.ogirollup.submission;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cell of a submission as it was read, with where it came from.
 *
 * @param number the number, zero for a blank cell, the sum of the parts for a derived total,
 * {@code null} when not applicable
 * @param state whether the cell was given, blank or marked not applicable
 * @param line the line of the source file it was read from (0 when unknown)
 * @param label what the reader matched the cell by: a CSV item code or a published label
 */
public record Value(BigDecimal number, State state, int line, String label) {

	/** How a cell was filled in. */
	public enum State {

		/** A number was written. */
		GIVEN,

		/** Nothing was written: read as zero, with a warning. */
		BLANK,

		/** A total left blank, taken as the sum of its parts (rules.md §7), with a warning. */
		DERIVED,

		/** Marked {@code -} or {@code /}: left out of sums. */
		NOT_APPLICABLE

	}

	public Value {
		Objects.requireNonNull(state, "state");
		if ((number == null) != (state == State.NOT_APPLICABLE)) {
			throw new IllegalArgumentException("a value has a number unless it is not applicable");
		}
		label = (label != null) ? label : "";
	}

	public static Value given(BigDecimal number, int line, String label) {
		return new Value(Objects.requireNonNull(number, "number"), State.GIVEN, line, label);
	}

	/** A blank total with the sum of its parts. */
	public static Value derived(BigDecimal sum, int line, String label) {
		return new Value(Objects.requireNonNull(sum, "sum"), State.DERIVED, line, label);
	}

	public static Value blank(int line, String label) {
		return new Value(BigDecimal.ZERO, State.BLANK, line, label);
	}

	public static Value notApplicable(int line, String label) {
		return new Value(null, State.NOT_APPLICABLE, line, label);
	}

	/** The number to use in arithmetic: zero when not applicable. */
	public BigDecimal amount() {
		return (this.number != null) ? this.number : BigDecimal.ZERO;
	}

}
