package org.ogirollup.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;

/**
 * The few figures an office looks at first, each a sum of catalog cells that both formats have
 * (sections 三 and 四 keep their codes across the 2021 change), or a rate of two such sums.
 */
enum HeadlineItem {

	NEW_APPLICATIONS("本年新收申请", "件", List.of("apply.new.total"), List.of()),

	DISCLOSED("予以公开", "件", List.of("apply.result.disclosed.total"), List.of()),

	HANDLED("办理结果总计", "件", List.of("apply.result.total.total"), List.of()),

	CARRIED_OUT("结转下年度继续办理", "件", List.of("apply.carried_out.total"), List.of()),

	REVIEWS("行政复议", "件", List.of("review.total"), List.of()),

	LITIGATION("行政诉讼", "件", List.of("litigation.direct.total", "litigation.after_review.total"), List.of()),

	/** 纠错率: of the reviews and lawsuits, the share whose result corrected the agency. */
	CORRECTION_RATE("纠错率（复议和诉讼结果纠正 ÷ 总计）", "%",
			List.of("review.corrected", "litigation.direct.corrected", "litigation.after_review.corrected"),
			List.of("review.total", "litigation.direct.total", "litigation.after_review.total"));

	private final String words;

	private final String unit;

	private final List<String> numerator;

	private final List<String> denominator;

	HeadlineItem(String words, String unit, List<String> numerator, List<String> denominator) {
		this.words = words;
		this.unit = unit;
		this.numerator = numerator;
		this.denominator = denominator;
	}

	public String words() {
		return this.words;
	}

	public String unit() {
		return this.unit;
	}

	public boolean isRate() {
		return !this.denominator.isEmpty();
	}

	/** The name used in addresses: {@code new_applications}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<HeadlineItem> ofKey(String key) {
		for (HeadlineItem item : values()) {
			if (item.key().equals(key)) {
				return Optional.of(item);
			}
		}
		return Optional.empty();
	}

	/**
	 * The figure of values in a catalog's order; empty when a cell is missing, or for a rate
	 * whose denominator is 0.
	 */
	Optional<BigDecimal> of(Catalog catalog, BigDecimal[] values) {
		Optional<BigDecimal> top = sum(catalog, values, this.numerator);
		if (!isRate()) {
			return top;
		}
		Optional<BigDecimal> bottom = sum(catalog, values, this.denominator);
		if (top.isEmpty() || bottom.isEmpty() || bottom.get().signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(top.get().multiply(BigDecimal.valueOf(100)).divide(bottom.get(), 1, RoundingMode.HALF_UP));
	}

	private static Optional<BigDecimal> sum(Catalog catalog, BigDecimal[] values, List<String> codes) {
		BigDecimal total = BigDecimal.ZERO;
		for (String code : codes) {
			Optional<Item> item = catalog.item(code);
			if (item.isEmpty()) {
				return Optional.empty();
			}
			BigDecimal value = values[item.get().index()];
			total = total.add((value != null) ? value : BigDecimal.ZERO);
		}
		return Optional.of(total);
	}

}
