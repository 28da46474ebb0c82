package org.ogirollup.submission;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;

/**
 * One unit's report for one year, as read from a CSV file or a published report: the values of
 * its format's catalog cells and where each came from. Cells the source did not give are absent.
 */
public final class Submission {

	private final String unitCode;

	private final int reportYear;

	private final Scope scope;

	private final Catalog catalog;

	private final String source;

	private final int line;

	private final Value[] values;

	/**
	 * @param unitCode the reporting unit
	 * @param reportYear the year reported on (the year of the input folder)
	 * @param scope own or consolidated
	 * @param catalog the catalog of the format the values follow
	 * @param source the file, relative to the input folder
	 * @param line the first line of the submission in that file
	 * @param values one entry per catalog item, {@code null} where the source gave none
	 */
	public Submission(String unitCode, int reportYear, Scope scope, Catalog catalog, String source, int line,
			Value[] values) {
		this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
		this.reportYear = reportYear;
		this.scope = Objects.requireNonNull(scope, "scope");
		this.catalog = Objects.requireNonNull(catalog, "catalog");
		this.source = Objects.requireNonNull(source, "source");
		this.line = line;
		if (values.length != catalog.size()) {
			throw new IllegalArgumentException("expected " + catalog.size() + " values, got " + values.length);
		}
		this.values = values.clone();
	}

	/**
	 * The stand-in of a unit whose file could not be read: no values at all, so that the unit
	 * counts as having sent something that was rejected, not as having sent nothing.
	 */
	public static Submission unread(String unitCode, int reportYear, Scope scope, String source) {
		Catalog catalog = Catalog.of(ReportFormat.covers(reportYear) ? ReportFormat.forReportYear(reportYear)
				: ReportFormat.F2019);
		return new Submission(unitCode, reportYear, scope, catalog, source, 0, new Value[catalog.size()]);
	}

	/** Whether not one value was read: the stand-in of an unreadable file. */
	public boolean isUnread() {
		for (Value value : this.values) {
			if (value != null) {
				return false;
			}
		}
		return true;
	}

	public String unitCode() {
		return this.unitCode;
	}

	public int reportYear() {
		return this.reportYear;
	}

	public Scope scope() {
		return this.scope;
	}

	public ReportFormat format() {
		return this.catalog.format();
	}

	public Catalog catalog() {
		return this.catalog;
	}

	public String source() {
		return this.source;
	}

	public int line() {
		return this.line;
	}

	/** The source with the line, as findings name it. */
	public String sourceAt(int atLine) {
		return (atLine > 0) ? this.source + ":" + atLine : this.source;
	}

	/** The value of a cell, empty when the source did not give it. */
	public Optional<Value> value(Item item) {
		return Optional.ofNullable(this.values[item.index()]);
	}

	/** The number of a cell for arithmetic: zero when absent or not applicable. */
	public BigDecimal amount(Item item) {
		Value value = this.values[item.index()];
		return (value != null) ? value.amount() : BigDecimal.ZERO;
	}

	/** The number of a cell by code, for arithmetic. */
	public BigDecimal amount(String code) {
		return amount(this.catalog.require(code));
	}

	/** A copy of the values, one per catalog item. */
	public Value[] values() {
		return this.values.clone();
	}

	@Override
	public String toString() {
		return "Submission[" + this.unitCode + " " + this.reportYear + " " + this.scope.label() + " "
				+ format() + " " + sourceAt(this.line) + ", " + Arrays.stream(this.values).filter(Objects::nonNull).count()
				+ " values]";
	}

}
