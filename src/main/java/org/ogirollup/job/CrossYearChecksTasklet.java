package org.ogirollup.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.comparison.CrossYearRules;
import org.ogirollup.finding.Finding;
import org.ogirollup.store.ChangeStore;
import org.ogirollup.store.SubmissionStore;

/**
 * Sets every accepted own submission against the same unit's of the year before (X1–X3, J1) and
 * stores the warnings beside the year's other findings; run again, it replaces them, of the units
 * the run changed (or whose last year changed) when the rest are checked already.
 */
class CrossYearChecksTasklet implements Tasklet {

	private final SubmissionStore store;

	private final ChangeStore changes;

	private final int year;

	CrossYearChecksTasklet(SubmissionStore store, ChangeStore changes, int year) {
		this.store = store;
		this.changes = changes;
		this.year = year;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		boolean changedUnitsOnly = !this.changes.wholeYear(this.year);
		List<Finding> findings = new ArrayList<>();
		this.store.forEachWithPreviousYear(this.year, changedUnitsOnly, (unit, source, previousFormat, previous, currentFormat,
				current) -> findings.addAll(CrossYearRules.check(unit, this.year, source, Catalog.of(previousFormat),
						previous, Catalog.of(currentFormat), current)));
		this.store.replaceCrossYearFindings(this.year, findings, changedUnitsOnly);
		contribution.incrementWriteCount(findings.size());
		return RepeatStatus.FINISHED;
	}

}
