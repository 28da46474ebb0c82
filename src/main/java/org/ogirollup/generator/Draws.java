package org.ogirollup.generator;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Random streams keyed by what they are for, so that every number depends only on the seed, the
 * unit, the year and the purpose: never on iteration order or thread count.
 */
final class Draws {

	private Draws() {
	}

	/** A fresh stream for one purpose of one unit in one year. */
	static SplittableRandom stream(long seed, String unitCode, int year, String purpose) {
		long h = mix(seed ^ 0x9E3779B97F4A7C15L);
		h = mix(h ^ hash(unitCode));
		h = mix(h ^ year);
		h = mix(h ^ hash(purpose));
		return new SplittableRandom(h);
	}

	/** A Poisson draw: small counts that are mostly 0 or 1 for small means, as real tables are. */
	static int poisson(SplittableRandom random, double mean) {
		if (mean <= 0) {
			return 0;
		}
		if (mean > 30) {
			// normal approximation: Knuth's product loop underflows and slows down for large means
			double value = mean + Math.sqrt(mean) * gaussian(random);
			return (int) Math.max(0, Math.round(value));
		}
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int count = 0;
		while (product > limit) {
			count++;
			product *= random.nextDouble();
		}
		return count;
	}

	/** How many of n trials succeed with probability p. */
	static int binomial(SplittableRandom random, int n, double p) {
		int count = 0;
		for (int i = 0; i < n; i++) {
			if (random.nextDouble() < p) {
				count++;
			}
		}
		return count;
	}

	/** Whether an event of probability p happens. */
	static boolean chance(SplittableRandom random, double p) {
		return random.nextDouble() < p;
	}

	/** An index drawn with the given weights (which need not sum to 1). */
	static int weighted(SplittableRandom random, double[] weights, double sum) {
		double point = random.nextDouble() * sum;
		for (int i = 0; i < weights.length; i++) {
			point -= weights[i];
			if (point < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static double gaussian(SplittableRandom random) {
		double u = 1.0 - random.nextDouble();
		double v = random.nextDouble();
		return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
	}

	private static long hash(String text) {
		long h = 0xCBF29CE484222325L;
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			h ^= (b & 0xff);
			h *= 0x100000001B3L;
		}
		return h;
	}

	// the finaliser of SplitMix64: spreads small differences in the key over all 64 bits
	private static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
