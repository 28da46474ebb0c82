package org.ogirollup.job;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.ogirollup.export.workbook.SummaryWorkbooks;
import org.ogirollup.store.ChangeStore;
import org.ogirollup.store.FindingStore;
import org.ogirollup.store.SubmissionStore;
import org.ogirollup.store.TotalStore;

/**
 * Writes the year's workbook {@code <year>-汇总.xlsx} (and, for the nation, one per province):
 * the official tables of every government, the coverage and the findings, for people. A run that
 * changed nothing keeps the workbooks as they are; one that changed some units writes the year's
 * workbook again and, for the nation, the files of the provinces of those units, each with the
 * sheets of the governments above those units made anew and the others taken as they were.
 */
class WorkbooksTasklet implements Tasklet {

	private final SubmissionStore submissions;

	private final FindingStore findings;

	private final TotalStore totals;

	private final ChangeStore changes;

	private final YearOutputs outputs;

	WorkbooksTasklet(SubmissionStore submissions, FindingStore findings, TotalStore totals, ChangeStore changes,
			YearOutputs outputs) {
		this.submissions = submissions;
		this.findings = findings;
		this.totals = totals;
		this.changes = changes;
		this.outputs = outputs;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		int year = this.outputs.year();
		YearChanges changed = YearChanges.ofOutputs(this.changes, this.outputs);
		if (WorkbookInputs.nothingChanged(changed)
				&& Files.isRegularFile(this.outputs.folder().resolve(SummaryWorkbooks.fileName(year)))) {
			return RepeatStatus.FINISHED;
		}
		SummaryWorkbooks workbooks = new SummaryWorkbooks(this.outputs.registry(), year,
				WorkbookInputs.results(this.totals, this.submissions, this.outputs, year),
				WorkbookInputs.results(this.totals, this.submissions, this.outputs, year - 1),
				WorkbookInputs.findings(this.findings, this.submissions, this.outputs));
		List<?> written = changed.wholeYear() ? workbooks.write(this.outputs.folder())
				: workbooks.write(this.outputs.folder(), changedGovernments(changed)::contains);
		contribution.incrementWriteCount(written.size());
		return RepeatStatus.FINISHED;
	}

	/**
	 * The governments above the units the run changed, and their own: the sheets, and nationally
	 * the province files, to write again.
	 */
	private Set<String> changedGovernments(YearChanges changed) {
		Set<String> governments = new HashSet<>();
		for (String unit : WorkbookInputs.changedUnits(changed, this.findings, this.outputs.year())) {
			governments.addAll(this.outputs.registry().governmentChain(unit));
		}
		return governments;
	}

}
