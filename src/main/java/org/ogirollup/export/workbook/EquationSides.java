package org.ogirollup.export.workbook;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Finding;
import org.ogirollup.rules.Equation;
import org.ogirollup.rules.LinearRule;
import org.ogirollup.rules.Rule;
import org.ogirollup.rules.RuleSet;
import org.ogirollup.rules.Term;

/**
 * The two sides of the equation a finding reports broken, computed again from the submission's
 * stored values and the rules file, so that a list can give them as numbers beside the message.
 * A finding names its rule and the cells of its instance, which pick the equation.
 */
final class EquationSides {

	/** The left side, the right side and their difference. */
	record Sides(BigDecimal left, BigDecimal right) {

		BigDecimal difference() {
			return this.left.subtract(this.right);
		}

	}

	/** Every linear rule instance of each format, by rule id and cells. */
	private static final Map<ReportFormat, Map<String, Equation>> EQUATIONS = equations();

	private EquationSides() {
	}

	private static Map<ReportFormat, Map<String, Equation>> equations() {
		Map<ReportFormat, Map<String, Equation>> equations = new EnumMap<>(ReportFormat.class);
		for (ReportFormat format : ReportFormat.values()) {
			Map<String, Equation> byKey = new HashMap<>();
			for (Rule rule : RuleSet.of(format).rules()) {
				if (rule instanceof LinearRule linear) {
					for (Equation equation : linear.instances()) {
						byKey.putIfAbsent(key(linear.id(), equation.items().stream().map(Item::toString).toList()),
								equation);
					}
				}
			}
			equations.put(format, Map.copyOf(byKey));
		}
		return equations;
	}

	/** The sides of a finding of a linear rule; empty for any other finding. */
	static Optional<Sides> of(Finding finding, ReportFormat format, BigDecimal[] values) {
		Equation equation = EQUATIONS.get(format).get(key(finding.ruleId(), finding.items()));
		if (equation == null) {
			return Optional.empty();
		}
		return Optional.of(new Sides(side(equation.left(), values), side(equation.right(), values)));
	}

	private static BigDecimal side(List<Term> terms, BigDecimal[] values) {
		BigDecimal sum = BigDecimal.ZERO;
		for (Term term : terms) {
			BigDecimal cells = term.items().isEmpty() ? BigDecimal.ONE : BigDecimal.ZERO;
			for (Item item : term.items()) {
				BigDecimal value = values[item.index()];
				cells = (value != null) ? cells.add(value) : cells;
			}
			sum = sum.add(cells.multiply(BigDecimal.valueOf(term.coefficient())));
		}
		return sum;
	}

	private static String key(String ruleId, List<String> items) {
		return ruleId + " " + String.join(" ", items);
	}

}
