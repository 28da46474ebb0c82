package org.ogirollup.localisation;

import java.util.List;
import java.util.Optional;

/**
 * Which cells of a submission that breaks its rules are probably wrong, and what they should
 * hold: the result of error localisation, for {@code validation.csv} and the workbooks that
 * colour the cells and show the fix.
 *
 * <p>The fixes all change the same, smallest number of cells, likeliest first ({@link Fix}'s
 * order: a typing slip, then the lower cost). The suggestion is {@link #unique()} only when no
 * other fix of that size exists: the weights rank equally small fixes but never make one of them
 * the answer, because arithmetic that cannot tell two cells apart is no evidence for either.
 *
 * @param brokenRules the ids of the rules the submission breaks, each once, in the order R1, R2, R3
 * @param brokenInstances how many rule instances it breaks (each is one finding)
 * @param size the number of cells every fix changes; when none is found, the most the search tried
 * @param fixes the smallest fixes, likeliest first, at most {@link Localiser#LISTED}; empty when none
 * was found within the bound
 * @param count how many fixes of that size exist (at least {@code fixes.size()})
 * @param complete false when the search stopped at its budget: then smaller or other fixes may exist
 */
public record Suggestion(List<String> brokenRules, int brokenInstances, int size, List<Fix> fixes, int count,
		boolean complete) {

	public Suggestion {
		brokenRules = List.copyOf(brokenRules);
		fixes = List.copyOf(fixes);
	}

	/** Whether a fix of at most the bound's size was found. */
	public boolean found() {
		return !this.fixes.isEmpty();
	}

	/** The likeliest fix, empty when none was found. */
	public Optional<Fix> best() {
		return this.fixes.stream().findFirst();
	}

	/** The other fixes of the same size, likeliest first (those listed). */
	public List<Fix> alternatives() {
		return this.fixes.isEmpty() ? List.of() : this.fixes.subList(1, this.fixes.size());
	}

	/** Whether exactly one smallest fix exists: the cells it names are the answer, not a guess. */
	public boolean unique() {
		return this.complete && this.count == 1;
	}

	/** Whether one cell explains every broken instance. */
	public boolean oneCell() {
		return found() && this.size == 1;
	}

	/**
	 * Whether the likeliest fix is a typing slip and the next one is not (or a transposition where
	 * the next is a one-digit slip), so the slip is the reason to prefer it.
	 */
	public boolean preferredAsSlip() {
		return this.fixes.size() > 1 && this.fixes.get(0).slip().compareTo(this.fixes.get(1).slip()) < 0;
	}

}
