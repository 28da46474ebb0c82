package org.ogirollup.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.registry.Unit;

/**
 * Draws section 三 (applications) so that R1, R2, R3 and R6 hold by construction, and X1 across
 * years: each application is received, then either decided in exactly one outcome or carried
 * over, and what one year carries out the next year carries in.
 */
final class ApplicationFigures {

	/** The six applicant columns, in catalog order. */
	static final List<String> APPLICANTS = List.of("natural_person", "org_commercial", "org_research",
			"org_nonprofit", "org_legal_service", "org_other");

	// mean new applications per department and year, by applicant column
	private static final double[] MEANS = { 2.5, 0.5, 0.05, 0.05, 0.15, 0.2 };

	private static final double CARRY_OUT = 0.08;

	private final long seed;

	private final List<String> outcomes;

	private final double[] weights;

	private final double weightSum;

	ApplicationFigures(long seed, Catalog catalog) {
		this.seed = seed;
		this.outcomes = outcomeRows(catalog);
		this.weights = new double[this.outcomes.size()];
		double sum = 0;
		for (int i = 0; i < this.weights.length; i++) {
			this.weights[i] = weight(this.outcomes.get(i));
			sum += this.weights[i];
		}
		this.weightSum = sum;
	}

	/** The outcome rows of section 三 (every result row but the total), in catalog order. */
	static List<String> outcomeRows(Catalog catalog) {
		List<String> rows = new ArrayList<>();
		for (Item item : catalog.printedItems()) {
			String code = item.code().value();
			if (code.startsWith("apply.result.") && code.endsWith(".natural_person")
					&& !code.startsWith("apply.result.total.")) {
				rows.add(code.substring(0, code.length() - ".natural_person".length()));
			}
		}
		return rows;
	}

	void fill(Figures figures, Unit unit, int year) {
		Intake intake = intake(unit, year);
		Intake previous = intake(unit, year - 1);
		SplittableRandom random = Draws.stream(this.seed, unit.code(), year, "apply.outcome");
		long[][] decided = new long[this.outcomes.size()][APPLICANTS.size()];
		for (int c = 0; c < APPLICANTS.size(); c++) {
			long toDecide = intake.fresh[c] + previous.carriedOut[c] - intake.carriedOut[c];
			for (long i = 0; i < toDecide; i++) {
				decided[Draws.weighted(random, this.weights, this.weightSum)][c]++;
			}
		}
		setRow(figures, "apply.new", intake.fresh);
		setRow(figures, "apply.carried_in", previous.carriedOut);
		long[] resultTotal = new long[APPLICANTS.size()];
		for (int r = 0; r < this.outcomes.size(); r++) {
			setRow(figures, this.outcomes.get(r), decided[r]);
			for (int c = 0; c < resultTotal.length; c++) {
				resultTotal[c] += decided[r][c];
			}
		}
		setRow(figures, "apply.result.total", resultTotal);
		setRow(figures, "apply.carried_out", intake.carriedOut);
	}

	private static void setRow(Figures figures, String row, long[] columns) {
		long total = 0;
		for (int c = 0; c < columns.length; c++) {
			figures.set(row + "." + APPLICANTS.get(c), columns[c]);
			total += columns[c];
		}
		figures.set(row + ".total", total);
	}

	/**
	 * New applications of a year and how many of them are still open at its end. Depends only on
	 * the unit and that year, so the next year's carried-in can be computed without this year's
	 * outcomes; the carried-out share is drawn from the year's new applications, which keeps
	 * every outcome count non-negative.
	 */
	private Intake intake(Unit unit, int year) {
		SplittableRandom random = Draws.stream(this.seed, unit.code(), year, "apply.intake");
		double scale = Scale.of(unit.level());
		// many departments receive no application at all in a year
		boolean active = unit.level().isGovernment() || Draws.chance(random, 0.7);
		long[] fresh = new long[APPLICANTS.size()];
		long[] carriedOut = new long[APPLICANTS.size()];
		for (int c = 0; c < fresh.length; c++) {
			fresh[c] = active ? Draws.poisson(random, MEANS[c] * scale) : 0;
			carriedOut[c] = Draws.binomial(random, (int) fresh[c], CARRY_OUT);
		}
		return new Intake(fresh, carriedOut);
	}

	private static double weight(String row) {
		String outcome = row.substring("apply.result.".length());
		return switch (outcome) {
			case "disclosed" -> 0.45;
			case "partial" -> 0.10;
			case "withheld.third_party", "withheld.process_info" -> 0.02;
			case "unable.not_held" -> 0.15;
			case "unable.needs_creation" -> 0.04;
			case "unable.still_unclear" -> 0.02;
			case "not_processed.petition_complaint", "not_processed.repeated" -> 0.03;
			case "other" -> 0.05;
			case "other.no_correction", "other.misc" -> 0.025;
			case "other.fee_unpaid" -> 0.002;
			default -> 0.006;
		};
	}

	private record Intake(long[] fresh, long[] carriedOut) {
	}

}
