package org.ogirollup.localisation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Severity;
import org.ogirollup.rules.Equation;
import org.ogirollup.rules.LinearRule;
import org.ogirollup.rules.Rule;
import org.ogirollup.rules.RuleSet;
import org.ogirollup.rules.Term;
import org.ogirollup.rules.ValueType;
import org.ogirollup.rules.ValueTypeRule;

/**
 * What a fix of a format must keep, read from its rules file: every instance of every linear rule
 * of severity error as a {@link Constraint}, and the value type that the value-type rules demand
 * of each cell. Nothing here names a rule or a cell, so a rule added to the file is kept by every
 * suggestion without a change of code.
 *
 * <p>Warning-severity rules (R11, R12) are left out on purpose: they are legitimately breakable,
 * and a fix must not be bent to satisfy them.
 */
final class RuleSystem {

	private static final Map<ReportFormat, RuleSystem> LOADED = new EnumMap<>(ReportFormat.class);

	private final Catalog catalog;

	private final List<Constraint> constraints;

	private final int[][] constraintsOf;

	private final ValueType[] types;

	private final Set<String> ruleIds;

	private RuleSystem(Catalog catalog, List<Constraint> constraints, ValueType[] types, Set<String> ruleIds) {
		this.catalog = catalog;
		this.constraints = List.copyOf(constraints);
		this.types = types;
		this.ruleIds = Set.copyOf(ruleIds);
		List<List<Integer>> of = new ArrayList<>();
		for (int cell = 0; cell < catalog.size(); cell++) {
			of.add(new ArrayList<>());
		}
		for (int c = 0; c < constraints.size(); c++) {
			for (int cell : constraints.get(c).cells()) {
				of.get(cell).add(c);
			}
		}
		this.constraintsOf = of.stream().map((list) -> list.stream().mapToInt(Integer::intValue).toArray())
			.toArray(int[][]::new);
	}

	/** The system of a format's shipped rules; built once, then shared, as the rules never change. */
	static synchronized RuleSystem of(ReportFormat format) {
		return LOADED.computeIfAbsent(format, (key) -> from(RuleSet.of(key)));
	}

	/** The system of any rule set, such as one read from a test's own rules file. */
	static RuleSystem from(RuleSet rules) {
		Catalog catalog = Catalog.of(rules.format());
		List<Constraint> constraints = new ArrayList<>();
		ValueType[] types = new ValueType[catalog.size()];
		Set<String> ids = new LinkedHashSet<>();
		for (Rule rule : rules.rules()) {
			if (rule.severity() != Severity.ERROR) {
				continue;
			}
			if (rule instanceof LinearRule linear) {
				ids.add(linear.id());
				for (Equation instance : linear.instances()) {
					constraints.add(constraint(linear.id(), instance));
				}
			}
			else if (rule instanceof ValueTypeRule valueType) {
				for (Item item : valueType.items()) {
					if (types[item.index()] == null) {
						types[item.index()] = valueType.type();
					}
				}
			}
		}
		return new RuleSystem(catalog, constraints, types, ids);
	}

	private static Constraint constraint(String ruleId, Equation instance) {
		// a cell may occur in several terms (or on both sides): add its coefficients up
		Map<Integer, Long> coefficients = new TreeMap<>();
		long constant = 0;
		for (int side = 0; side < 2; side++) {
			long sign = (side == 0) ? 1 : -1;
			for (Term term : (side == 0) ? instance.left() : instance.right()) {
				if (term.items().isEmpty()) {
					constant += sign * term.coefficient();
				}
				for (Item item : term.items()) {
					coefficients.merge(item.index(), sign * term.coefficient(), Long::sum);
				}
			}
		}
		coefficients.values().removeIf((coefficient) -> coefficient == 0);
		int[] cells = coefficients.keySet().stream().mapToInt(Integer::intValue).toArray();
		long[] factors = coefficients.values().stream().mapToLong(Long::longValue).toArray();
		return new Constraint(ruleId, instance.relation(), cells, factors, constant);
	}

	Catalog catalog() {
		return this.catalog;
	}

	List<Constraint> constraints() {
		return this.constraints;
	}

	/** Whether some constraint contains a cell. */
	boolean uses(int cell) {
		return this.constraintsOf[cell].length > 0;
	}

	/** The indices of the constraints that contain a cell. */
	int[] constraintsOf(int cell) {
		return this.constraintsOf[cell];
	}

	/** The type a value-type rule demands of a cell, {@code null} when none does. */
	ValueType type(int cell) {
		return this.types[cell];
	}

	/** The ids of the rules kept, such as R1, R2, R3, R5. */
	Set<String> ruleIds() {
		return this.ruleIds;
	}

}
