package org.ogirollup.localisation;

import java.util.Arrays;

import org.ogirollup.rules.Relation;

/**
 * One instance of a linear rule as integer arithmetic over catalog cells, the form the search
 * solves: {@code Σ coefficients[i] × value(cells[i]) + constant (= | <= | >=) 0}.
 *
 * @param ruleId the rule it is an instance of, such as R2
 * @param relation how the left side minus the right side compares with 0
 * @param cells catalog indices of the cells, each once, ascending
 * @param coefficients the coefficient of each cell, none zero
 * @param constant the constant terms of the rule, left minus right
 */
record Constraint(String ruleId, Relation relation, int[] cells, long[] coefficients, long constant) {

	/** Whether a value of the left side minus the right side keeps the constraint. */
	boolean holds(long difference) {
		return switch (this.relation) {
			case EQUAL -> difference == 0;
			case AT_MOST -> difference <= 0;
			case AT_LEAST -> difference >= 0;
		};
	}

	boolean isEquation() {
		return this.relation == Relation.EQUAL;
	}

	/** The coefficient of a cell, 0 when the constraint does not contain it. */
	long coefficient(int cell) {
		int at = Arrays.binarySearch(this.cells, cell);
		return (at >= 0) ? this.coefficients[at] : 0;
	}

}
