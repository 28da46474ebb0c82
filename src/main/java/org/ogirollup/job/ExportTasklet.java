package org.ogirollup.job;

import java.io.IOException;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.ogirollup.export.MachineTables;
import org.ogirollup.rollup.Coverage;
import org.ogirollup.rollup.UnitOutcome;
import org.ogirollup.store.FindingStore;
import org.ogirollup.store.SubmissionStore;
import org.ogirollup.store.TotalStore;

/** Writes the year's machine tables: totals, findings, coverage and the units that sent nothing. */
class ExportTasklet implements Tasklet {

	private final SubmissionStore submissions;

	private final FindingStore findings;

	private final TotalStore totals;

	private final YearOutputs outputs;

	ExportTasklet(SubmissionStore submissions, FindingStore findings, TotalStore totals, YearOutputs outputs) {
		this.submissions = submissions;
		this.findings = findings;
		this.totals = totals;
		this.outputs = outputs;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		Map<String, UnitOutcome> outcomes = this.submissions.ownOutcomes(this.outputs.year());
		MachineTables.writeTotals(this.outputs.folder().resolve(MachineTables.TOTALS), this.outputs.year(),
				this.totals.load(this.outputs.year(), this.outputs.registry().governments()));
		MachineTables.writeValidation(this.outputs.folder().resolve(MachineTables.VALIDATION), this.outputs.registry(),
				(consumer) -> this.findings.forEach(this.outputs.year(), consumer));
		MachineTables.writeCoverage(this.outputs.folder().resolve(MachineTables.COVERAGE), this.outputs.year(),
				Coverage.compute(this.outputs.registry(), outcomes));
		MachineTables.writeMissing(this.outputs.folder().resolve(MachineTables.MISSING), this.outputs.year(),
				Coverage.missingUnits(this.outputs.registry(), outcomes));
		return RepeatStatus.FINISHED;
	}

}
