package org.ogirollup.job;

import java.io.IOException;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.ogirollup.export.workbook.SummaryWorkbooks;
import org.ogirollup.store.FindingStore;
import org.ogirollup.store.SubmissionStore;
import org.ogirollup.store.TotalStore;

/**
 * Writes the year's workbook {@code <year>-汇总.xlsx} (and, for the nation, one per province):
 * the official tables of every government, the coverage and the findings, for people.
 */
class WorkbooksTasklet implements Tasklet {

	private final SubmissionStore submissions;

	private final FindingStore findings;

	private final TotalStore totals;

	private final YearOutputs outputs;

	WorkbooksTasklet(SubmissionStore submissions, FindingStore findings, TotalStore totals, YearOutputs outputs) {
		this.submissions = submissions;
		this.findings = findings;
		this.totals = totals;
		this.outputs = outputs;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		int year = this.outputs.year();
		SummaryWorkbooks workbooks = new SummaryWorkbooks(this.outputs.registry(), year,
				WorkbookInputs.results(this.totals, this.submissions, this.outputs, year),
				WorkbookInputs.results(this.totals, this.submissions, this.outputs, year - 1),
				WorkbookInputs.findings(this.findings, this.submissions, this.outputs));
		List<?> written = workbooks.write(this.outputs.folder());
		contribution.incrementWriteCount(written.size());
		return RepeatStatus.FINISHED;
	}

}
