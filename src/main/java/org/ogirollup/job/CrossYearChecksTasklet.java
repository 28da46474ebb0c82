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
import org.ogirollup.store.SubmissionStore;

/**
 * Sets every accepted own submission against the same unit's of the year before (X1–X3, J1) and
 * stores the warnings beside the year's other findings; run again, it replaces them.
 */
class CrossYearChecksTasklet implements Tasklet {

	private final SubmissionStore store;

	private final int year;

	CrossYearChecksTasklet(SubmissionStore store, int year) {
		this.store = store;
		this.year = year;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		List<Finding> findings = new ArrayList<>();
		this.store.forEachWithPreviousYear(this.year, (unit, source, previousFormat, previous, currentFormat,
				current) -> findings.addAll(CrossYearRules.check(unit, this.year, source, Catalog.of(previousFormat),
						previous, Catalog.of(currentFormat), current)));
		this.store.replaceCrossYearFindings(this.year, findings);
		contribution.incrementWriteCount(findings.size());
		return RepeatStatus.FINISHED;
	}

}
