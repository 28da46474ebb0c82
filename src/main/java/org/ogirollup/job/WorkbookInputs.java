package org.ogirollup.job;

import java.util.ArrayList;
import java.util.List;

import org.ogirollup.export.workbook.SubmittedValues;
import org.ogirollup.export.workbook.YearFindings;
import org.ogirollup.export.workbook.YearResults;
import org.ogirollup.finding.Finding;
import org.ogirollup.store.FindingStore;
import org.ogirollup.store.SubmissionStore;
import org.ogirollup.store.TotalStore;

/** What the workbook steps read from the stores: the year's findings, results and submissions. */
final class WorkbookInputs {

	private WorkbookInputs() {
	}

	/** The findings of {@code validation.csv}, with their submissions' equation sides and fixes. */
	static YearFindings findings(FindingStore findings, SubmissionStore submissions, YearOutputs outputs) {
		List<Finding> rows = new ArrayList<>();
		findings.forEach(outputs.year(), rows::add);
		return YearFindings.of(outputs.registry(), outputs.year(), rows, submitted(submissions, outputs.year()));
	}

	/** The stored submissions of a year that have findings, streamed from the database. */
	static SubmittedValues.Source submitted(SubmissionStore submissions, int year) {
		return (consumer) -> submissions.forEachWithFindings(year,
				(unit, scope, file, line, format, values, accepted) -> consumer
					.accept(new SubmittedValues(unit, scope, file, line, format, values, accepted)));
	}

	/** A year's totals and outcomes, or nothing for a year without totals in the database. */
	static YearResults results(TotalStore totals, SubmissionStore submissions, YearOutputs outputs, int year) {
		var byNode = totals.loadByNode(year, outputs.registry().governments());
		return byNode.isEmpty() ? YearResults.NONE : new YearResults(byNode, submissions.ownOutcomes(year));
	}

}
