package org.ogirollup.submission.report;

import java.util.OptionalInt;

import org.ogirollup.submission.Scope;
import org.ogirollup.submission.SubmissionRead;
import org.ogirollup.submission.document.ReportDocument;

/**
 * Reads the statistical tables of a published annual report, whatever document it came in (its
 * reader made it rows), into the same {@link org.ogirollup.submission.Submission} the CSV reader
 * produces, with findings for everything it had to interpret. The findings carry the ids of
 * {@link org.ogirollup.finding.RuleIds}. Stateless: one instance serves every thread.
 */
public final class PublishedReportReader {

	/**
	 * What reading a document came to.
	 * @param read the submission with its findings; {@code null} when the document is no report
	 * @param whyNotAReport why it is not, in Chinese; {@code null} when it is one
	 */
	public record Reading(SubmissionRead read, String whyNotAReport) {

		public boolean isReport() {
			return this.read != null;
		}

	}

	/**
	 * Reads a report.
	 * @param document the report's rows, as its reader made them
	 * @param source the file relative to the input folder, named in findings
	 * @param unitCode the reporting unit
	 * @param reportYear the year reported on
	 * @param scope own or consolidated
	 */
	public Reading read(ReportDocument document, String source, String unitCode, int reportYear, Scope scope) {
		ReportReading.Outcome outcome = new ReportReading(source, unitCode, reportYear, document).read(scope);
		return new Reading(outcome.read(), outcome.notAReport());
	}

	/** The year a report's title names, when a title is found near the top. */
	public static OptionalInt titleYear(ReportDocument document) {
		return new ReportReading("", "", 0, document).titleYearAsInt();
	}

}
