package org.ogirollup.finding;

import java.util.List;
import java.util.Objects;

/**
 * Something wrong with a submission or a file, said so that a clerk can find and fix it.
 *
 * @param source the file relative to the input folder, with {@code :line} where known
 * @param unitCode the reporting unit, empty when the file could not be attributed to one
 * @param reportYear the report year the finding belongs to
 * @param ruleId the rule id of {@code spec/rules.md} (R1, X1, ...) or one of the project's own
 * @param severity error (rejects) or warning (keeps)
 * @param items the catalog codes involved, empty when none is
 * @param message what is wrong, in words a clerk understands, with both sides of a broken equation
 */
public record Finding(String source, String unitCode, int reportYear, String ruleId, Severity severity,
		List<String> items, String message) {

	public Finding {
		Objects.requireNonNull(source, "source");
		unitCode = (unitCode != null) ? unitCode : "";
		Objects.requireNonNull(ruleId, "ruleId");
		Objects.requireNonNull(severity, "severity");
		items = List.copyOf(items);
		Objects.requireNonNull(message, "message");
	}

	/** The same finding on another unit: a file's finding once the file is known to be the unit's. */
	public Finding withUnitCode(String code) {
		return new Finding(this.source, code, this.reportYear, this.ruleId, this.severity, this.items, this.message);
	}

	public boolean isError() {
		return this.severity == Severity.ERROR;
	}

	/** The items as written in the single {@code item} column of {@code validation.csv}. */
	public String itemColumn() {
		return String.join(" ", this.items);
	}

}
