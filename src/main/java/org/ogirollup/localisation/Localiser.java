package org.ogirollup.localisation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.rules.RuleSet;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.Value;

/**
 * Finds which cells of a submission that breaks its format's rules are probably wrong, and the
 * values that would make every rule hold (Fellegi–Holt error localisation over the rules file).
 * A submission that keeps every rule gets no suggestion and costs one pass over the equations.
 */
public final class Localiser {

	/** The most cells a fix may change: beyond it the errors are many, and a guess would mislead. */
	public static final int MAX_CELLS = 4;

	/** Fixes a suggestion lists at most. */
	public static final int LISTED = 10;

	private static final Map<ReportFormat, Localiser> SHIPPED = new EnumMap<>(ReportFormat.class);

	private final RuleSystem system;

	private final int budget;

	private Localiser(RuleSystem system, int budget) {
		this.system = system;
		this.budget = budget;
	}

	/** The localiser of a format's shipped rules; shared, as the rules never change. */
	public static synchronized Localiser of(ReportFormat format) {
		return SHIPPED.computeIfAbsent(format, (key) -> new Localiser(RuleSystem.of(key), FixSearch.BUDGET));
	}

	/** A localiser over any rule set, such as one read from another rules file. */
	public static Localiser of(RuleSet rules) {
		return new Localiser(RuleSystem.from(rules), FixSearch.BUDGET);
	}

	/** The same rules with another budget of solved sets, for measuring the bound. */
	Localiser withBudget(int solvedSets) {
		return new Localiser(this.system, solvedSets);
	}

	/** The ids of the rules a fix keeps: the linear rules of severity error, such as R1, R2, R3, R5. */
	public Set<String> ruleIds() {
		return this.system.ruleIds();
	}

	/**
	 * The suggestion for a submission of this localiser's format: empty when it keeps every rule
	 * (or holds numbers too large or too finely divided for exact whole-number arithmetic).
	 */
	public Optional<Suggestion> localise(Submission submission) {
		if (submission.format() != this.system.catalog().format()) {
			throw new IllegalArgumentException(
					"rules of " + this.system.catalog().format() + " cannot localise a submission of " + submission.format());
		}
		Optional<ExactValues> exact = ExactValues.of(submission, this.system);
		if (exact.isEmpty()) {
			return Optional.empty();
		}
		FixSolver solver = new FixSolver(this.system, exact.get());
		int[] broken = solver.broken();
		if (broken.length == 0) {
			return Optional.empty();
		}
		Set<String> brokenRules = new LinkedHashSet<>();
		int[] brokenOf = new int[this.system.catalog().size()];
		for (int c : broken) {
			Constraint constraint = this.system.constraints().get(c);
			brokenRules.add(constraint.ruleId());
			for (int cell : constraint.cells()) {
				brokenOf[cell]++;
			}
		}
		// R1, R2, R3 as a clerk counts, whatever order the rules file checks them in
		List<String> restores = brokenRules.stream()
			.sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
			.toList();
		FixSearch.Result result;
		try {
			result = new FixSearch(this.system, solver, MAX_CELLS, this.budget).search();
		}
		catch (ArithmeticException ex) {
			// numbers beyond long after elimination: say no small fix was found rather than guess
			return Optional.of(new Suggestion(restores, broken.length, MAX_CELLS, List.of(), 0, false));
		}
		List<Fix> fixes = new ArrayList<>();
		for (FixSearch.Found found : result.fixes()) {
			fixes.add(fix(submission, exact.get(), found, brokenOf, restores));
		}
		fixes.sort(Fix.LIKELIEST_FIRST);
		return Optional.of(new Suggestion(restores, broken.length, result.size(),
				fixes.subList(0, Math.min(LISTED, fixes.size())), result.count(), result.complete()));
	}

	private Fix fix(Submission submission, ExactValues exact, FixSearch.Found found, int[] brokenOf,
			List<String> restores) {
		List<CellChange> changes = new ArrayList<>();
		double[] weights = new double[found.cells().length];
		for (int j = 0; j < found.cells().length; j++) {
			Item item = this.system.catalog().item(found.cells()[j]);
			BigDecimal reported = submission.amount(item);
			boolean given = submission.value(item).map(Value::state).orElse(null) == Value.State.GIVEN;
			BigDecimal suggested = exact.decimal(found.values()[j]);
			changes.add(new CellChange(item, reported, given, suggested, DigitSlip.between(reported, suggested)));
			weights[j] = CellWeights.weight(item, brokenOf[item.index()]);
		}
		return new Fix(changes, restores, CellWeights.cost(weights));
	}

}
