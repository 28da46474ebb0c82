package org.ogirollup.generator;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ogirollup.catalog.ReportFormat;

/**
 * What to generate: the region, the report years, how many departments each government has,
 * the seed every draw derives from, and how many defects of each kind to plant.
 *
 * @param scope {@code national} or a two-digit province code such as {@code 21}
 * @param years the report years, ascending, each 2019 or later
 * @param departments departments per government, 0 to 99
 * @param seed the seed every random draw derives from
 * @param defects how many defects of each {@link DefectKind} to plant
 * @param consolidated whether cities and provinces also get a region-wide submission
 * @param documents how many units a year send their report as each kind of document (a web page,
 * Word, Excel, PDF) instead of canonical CSV
 * @param pdfFont the font with Chinese characters for PDF reports; empty to look in the
 * system's known places ({@link org.ogirollup.generator.report.CjkFonts})
 */
public record GeneratorOptions(String scope, List<Integer> years, int departments, long seed, int defects,
		boolean consolidated, int documents, Optional<Path> pdfFont) {

	/** The scope that covers the whole country under a {@code nation} root. */
	public static final String NATIONAL = "national";

	public static final List<Integer> DEFAULT_YEARS = List.of(2019, 2020, 2021);

	public static final int DEFAULT_DEPARTMENTS = 3;

	public static final long DEFAULT_SEED = 2019;

	/** The highest report year accepted: far enough ahead for any benchmark, small enough to catch typos. */
	static final int LAST_YEAR = 2099;

	private static final Pattern PROVINCE = Pattern.compile("[1-9][0-9]");

	public GeneratorOptions {
		Objects.requireNonNull(scope, "scope");
		if (!NATIONAL.equals(scope) && !PROVINCE.matcher(scope).matches()) {
			throw new IllegalArgumentException("scope must be 'national' or a two-digit province code, not '" + scope + "'");
		}
		years = List.copyOf(years);
		if (years.isEmpty()) {
			throw new IllegalArgumentException("years must name at least one report year");
		}
		for (int i = 0; i < years.size(); i++) {
			int year = years.get(i);
			if (!ReportFormat.covers(year) || year > LAST_YEAR) {
				throw new IllegalArgumentException("years: " + year + " is not a report year between 2019 and " + LAST_YEAR);
			}
			if (i > 0 && year <= years.get(i - 1)) {
				throw new IllegalArgumentException("years must be ascending and distinct: " + years);
			}
		}
		if (departments < 0 || departments > 99) {
			throw new IllegalArgumentException("departments must be between 0 and 99, not " + departments);
		}
		if (defects < 0) {
			throw new IllegalArgumentException("defects must be 0 or more, not " + defects);
		}
		if (documents < 0) {
			throw new IllegalArgumentException("documents must be 0 or more, not " + documents);
		}
		Objects.requireNonNull(pdfFont, "pdfFont");
	}

	/** Options with every default, for a province or {@code national}. */
	public static GeneratorOptions defaults(String scope) {
		return builder(scope).build();
	}

	public static Builder builder(String scope) {
		return new Builder(scope);
	}

	public boolean isNational() {
		return NATIONAL.equals(this.scope);
	}

	/** Builds options step by step, starting from the defaults. */
	public static final class Builder {

		private final String scope;

		private List<Integer> years = DEFAULT_YEARS;

		private int departments = DEFAULT_DEPARTMENTS;

		private long seed = DEFAULT_SEED;

		private int defects;

		private boolean consolidated;

		private int documents;

		private Optional<Path> pdfFont = Optional.empty();

		private Builder(String scope) {
			this.scope = scope;
		}

		public Builder years(List<Integer> years) {
			this.years = years;
			return this;
		}

		public Builder years(Integer... years) {
			return years(List.of(years));
		}

		public Builder departments(int departments) {
			this.departments = departments;
			return this;
		}

		public Builder seed(long seed) {
			this.seed = seed;
			return this;
		}

		public Builder defects(int defects) {
			this.defects = defects;
			return this;
		}

		public Builder consolidated(boolean consolidated) {
			this.consolidated = consolidated;
			return this;
		}

		public Builder documents(int documents) {
			this.documents = documents;
			return this;
		}

		public Builder pdfFont(Path pdfFont) {
			this.pdfFont = Optional.ofNullable(pdfFont);
			return this;
		}

		public GeneratorOptions build() {
			return new GeneratorOptions(this.scope, this.years, this.departments, this.seed, this.defects,
					this.consolidated, this.documents, this.pdfFont);
		}

	}

}
