package org.ogirollup.generator;

import java.util.List;
import java.util.SplittableRandom;

import org.ogirollup.registry.Unit;

/** Draws section 四 (administrative review and litigation) so that R5 holds by construction. */
final class ReviewFigures {

	private static final List<String> GROUPS = List.of("review", "litigation.direct", "litigation.after_review");

	private static final double[] MEANS = { 0.12, 0.06, 0.04 };

	private static final List<String> RESULTS = List.of("upheld", "corrected", "other", "pending");

	private static final double[] WEIGHTS = { 0.55, 0.10, 0.15, 0.20 };

	private final long seed;

	ReviewFigures(long seed) {
		this.seed = seed;
	}

	void fill(Figures figures, Unit unit, int year) {
		SplittableRandom random = Draws.stream(this.seed, unit.code(), year, "review");
		double scale = Scale.of(unit.level());
		for (int g = 0; g < GROUPS.size(); g++) {
			long[] counts = new long[RESULTS.size()];
			int cases = Draws.poisson(random, MEANS[g] * scale);
			for (int i = 0; i < cases; i++) {
				counts[Draws.weighted(random, WEIGHTS, 1.0)]++;
			}
			for (int r = 0; r < RESULTS.size(); r++) {
				figures.set(GROUPS.get(g) + "." + RESULTS.get(r), counts[r]);
			}
			figures.set(GROUPS.get(g) + ".total", cases);
		}
	}

}
