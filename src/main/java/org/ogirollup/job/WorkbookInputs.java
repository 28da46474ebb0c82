package org.ogirollup.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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

	/**
	 * The units whose workbooks may have changed: those whose submissions changed, and those the
	 * findings of the changed files are on (a file that cannot be read is on the unit its name
	 * says, with no submission).
	 */
	static Set<String> changedUnits(YearChanges changed, FindingStore findings, int year) {
		Set<String> units = new TreeSet<>(changed.units());
		if (!changed.files().isEmpty()) {
			findings.forEach(year, changed.files(), (finding) -> {
				if (!finding.unitCode().isEmpty()) {
					units.add(finding.unitCode());
				}
			});
		}
		return units;
	}

	/** Whether nothing of the year changed since its outputs were written. */
	static boolean nothingChanged(YearChanges changed) {
		return !changed.wholeYear() && changed.units().isEmpty() && changed.files().isEmpty();
	}

}
