package org.ogirollup.export.workbook;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Consumer;

import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.submission.Scope;

/**
 * A submission as stored, whatever its verdict: the values a feedback workbook shows and the
 * two sides of its broken equations are computed from.
 *
 * @param unitCode the reporting unit
 * @param scope own or consolidated
 * @param sourceFile the file, relative to the input folder, without a line
 * @param line the first line of the submission in its file
 * @param format the format its values follow
 * @param values one per catalog item, {@code null} where the file gave none (or marked it not applicable)
 * @param accepted whether it is in the totals
 */
public record SubmittedValues(String unitCode, Scope scope, String sourceFile, int line, ReportFormat format,
		BigDecimal[] values, boolean accepted) {

	public SubmittedValues {
		Objects.requireNonNull(unitCode, "unitCode");
		Objects.requireNonNull(sourceFile, "sourceFile");
		Objects.requireNonNull(values, "values");
	}

	/** Whether nothing was read: the stand-in of a file that could not be read. */
	public boolean isEmpty() {
		for (BigDecimal value : this.values) {
			if (value != null) {
				return false;
			}
		}
		return true;
	}

	/** The submissions of a year that have findings, ordered by unit code, then file and line. */
	@FunctionalInterface
	public interface Source {

		void forEach(Consumer<SubmittedValues> consumer);

	}

}
