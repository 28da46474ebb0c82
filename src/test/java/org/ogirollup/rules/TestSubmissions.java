package org.ogirollup.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.submission.Scope;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.Value;

/**
 * Builds submissions for rule tests: every catalog cell 0 (which satisfies every rule) except the
 * cells given, each read from line {@code index + 2} of {@value #SOURCE}, as in a CSV with a header.
 */
public final class TestSubmissions {

	public static final String SOURCE = "2019/test.csv";

	public static final String UNIT = "210900";

	/** The applicant columns and the total, in the official order. */
	public static final List<String> COLUMNS = List.of("natural_person", "org_commercial", "org_research", "org_nonprofit",
			"org_legal_service", "org_other", "total");

	private TestSubmissions() {
	}

	/**
	 * A submission with the given cells; a value is a number, {@code ""} (blank) or {@code "-"} (not
	 * applicable); every other cell is 0.
	 */
	public static Submission of(ReportFormat format, Map<String, String> cells) {
		Catalog catalog = Catalog.of(format);
		Value[] values = new Value[catalog.size()];
		for (Item item : catalog.printedItems()) {
			values[item.index()] = Value.given(BigDecimal.ZERO, line(format, item.code().value()), item.code().value());
		}
		cells.forEach((code, text) -> {
			Item item = catalog.require(code);
			int line = line(format, code);
			values[item.index()] = switch (text) {
				case "" -> Value.blank(line, code);
				case "-" -> Value.notApplicable(line, code);
				default -> Value.given(new BigDecimal(text), line, code);
			};
		});
		int year = (format == ReportFormat.F2019) ? 2019 : 2021;
		return new Submission(UNIT, year, Scope.OWN, catalog, SOURCE, 2, values);
	}

	/** The line a cell is read from. */
	public static int line(ReportFormat format, String code) {
		return Catalog.of(format).require(code).index() + 2;
	}

	/** The source with the line of a cell, as findings name it. */
	public static String at(ReportFormat format, String code) {
		return SOURCE + ":" + line(format, code);
	}

	/** Cells builder: {@code cells().put("a", "1").row("apply.new", 1, 0, 0, 0, 0, 0, 1).map()}. */
	public static Cells cells() {
		return new Cells();
	}

	/** A small builder of the cells map, so that a table row can be written as in the report. */
	public static final class Cells {

		private final Map<String, String> cells = new LinkedHashMap<>();

		public Cells put(String code, String value) {
			this.cells.put(code, value);
			return this;
		}

		/** The seven values of a section-三 row, in the official column order. */
		public Cells row(String row, long... values) {
			for (int i = 0; i < values.length; i++) {
				this.cells.put(row + "." + COLUMNS.get(i), Long.toString(values[i]));
			}
			return this;
		}

		public Map<String, String> map() {
			return this.cells;
		}

	}

}
