package org.ogirollup.job;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.ogirollup.export.workbook.FeedbackWorkbooks;
import org.ogirollup.store.ChangeStore;
import org.ogirollup.store.FindingStore;
import org.ogirollup.store.SubmissionStore;

/**
 * Writes the files an analyst sends back ({@code <year>/问题清单/}): one per unit with findings,
 * its own tables coloured where they fail, and one per city with its units' lists. A run that
 * changed some units writes only their files and their cities'.
 */
class FeedbackWorkbooksTasklet implements Tasklet {

	private final SubmissionStore submissions;

	private final FindingStore findings;

	private final ChangeStore changes;

	private final YearOutputs outputs;

	FeedbackWorkbooksTasklet(SubmissionStore submissions, FindingStore findings, ChangeStore changes,
			YearOutputs outputs) {
		this.submissions = submissions;
		this.findings = findings;
		this.changes = changes;
		this.outputs = outputs;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		int year = this.outputs.year();
		YearChanges changed = YearChanges.ofOutputs(this.changes, this.outputs);
		if (WorkbookInputs.nothingChanged(changed)
				&& Files.isDirectory(this.outputs.folder().resolve(FeedbackWorkbooks.FOLDER))) {
			return RepeatStatus.FINISHED;
		}
		FeedbackWorkbooks workbooks = new FeedbackWorkbooks(this.outputs.registry(), year,
				WorkbookInputs.findings(this.findings, this.submissions, this.outputs), this.submissions.ownOutcomes(year));
		List<?> written = changed.wholeYear()
				? workbooks.write(this.outputs.folder(), WorkbookInputs.submitted(this.submissions, year))
				: workbooks.write(this.outputs.folder(), WorkbookInputs.submitted(this.submissions, year),
						WorkbookInputs.changedUnits(changed, this.findings, year));
		contribution.incrementWriteCount(written.size());
		return RepeatStatus.FINISHED;
	}

}
