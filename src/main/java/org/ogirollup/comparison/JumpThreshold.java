package org.ogirollup.comparison;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * When a key count changed so much since last year that a clerk should look again (rule J1): this
 * year's value above {@code maxRatio} times last year's, or below {@code minRatio} times it, when
 * both years reach {@code minimum}, so that small counts (3 → 17) are not flagged.
 *
 * @param maxRatio the largest ratio this year / last year that passes
 * @param minRatio the smallest ratio this year / last year that passes
 * @param minimum both years must reach this value for the rule to apply
 * @param items the key counts checked, codes present in both formats
 */
public record JumpThreshold(BigDecimal maxRatio, BigDecimal minRatio, BigDecimal minimum, List<String> items) {

	/** The thresholds the job uses: above 5×, below 0.2×, both years at least 20. */
	public static final JumpThreshold DEFAULT = new JumpThreshold(new BigDecimal("5"), new BigDecimal("0.2"),
			new BigDecimal("20"), List.of("apply.new.total", "apply.result.total.total", "review.total",
					"litigation.direct.total", "litigation.after_review.total"));

	public JumpThreshold {
		Objects.requireNonNull(maxRatio, "maxRatio");
		Objects.requireNonNull(minRatio, "minRatio");
		Objects.requireNonNull(minimum, "minimum");
		items = List.copyOf(items);
	}

	/** Whether the change from {@code previous} to {@code current} is a jump worth a warning. */
	public boolean isJump(BigDecimal previous, BigDecimal current) {
		if (previous.compareTo(this.minimum) < 0 || current.compareTo(this.minimum) < 0) {
			return false;
		}
		return current.compareTo(previous.multiply(this.maxRatio)) > 0
				|| current.compareTo(previous.multiply(this.minRatio)) < 0;
	}

}
