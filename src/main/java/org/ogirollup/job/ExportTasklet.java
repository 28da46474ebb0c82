package org.ogirollup.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.ogirollup.export.Blocks;
import org.ogirollup.export.MachineTables;
import org.ogirollup.rollup.Coverage;
import org.ogirollup.rollup.UnitOutcome;
import org.ogirollup.store.ChangeStore;
import org.ogirollup.store.FindingStore;
import org.ogirollup.store.SubmissionStore;
import org.ogirollup.store.TotalStore;

/**
 * Writes the year's machine tables: totals and findings, of the nodes and files the run changed
 * when the rest is written already, and the coverage and the units that sent nothing, which are
 * small and written whole.
 */
class ExportTasklet implements Tasklet {

	private final SubmissionStore submissions;

	private final FindingStore findings;

	private final TotalStore totals;

	private final ChangeStore changes;

	private final YearOutputs outputs;

	ExportTasklet(SubmissionStore submissions, FindingStore findings, TotalStore totals, ChangeStore changes,
			YearOutputs outputs) {
		this.submissions = submissions;
		this.findings = findings;
		this.totals = totals;
		this.changes = changes;
		this.outputs = outputs;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		YearChanges changed = YearChanges.ofOutputs(this.changes, this.outputs);
		int year = this.outputs.year();
		Path totalsFile = this.outputs.folder().resolve(MachineTables.TOTALS);
		if (!MachineTables.writeTotals(totalsFile, year, this.totals.load(year, changed.governments(this.outputs.registry())),
				changed.nodeBlocks())) {
			MachineTables.writeTotals(totalsFile, year, this.totals.load(year, this.outputs.registry().governments()),
					Blocks.all());
		}
		Path validationFile = this.outputs.folder().resolve(MachineTables.VALIDATION);
		if (changed.wholeYear() || !MachineTables.writeValidation(validationFile, this.outputs.registry(),
				(consumer) -> this.findings.forEach(year, changed.files(), consumer), changed.fileBlocks())) {
			MachineTables.writeValidation(validationFile, this.outputs.registry(),
					(consumer) -> this.findings.forEach(year, consumer), Blocks.all());
		}
		Map<String, UnitOutcome> outcomes = this.submissions.ownOutcomes(year);
		MachineTables.writeCoverage(this.outputs.folder().resolve(MachineTables.COVERAGE), year,
				Coverage.compute(this.outputs.registry(), outcomes));
		MachineTables.writeMissing(this.outputs.folder().resolve(MachineTables.MISSING), year,
				Coverage.missingUnits(this.outputs.registry(), outcomes));
		return RepeatStatus.FINISHED;
	}

}
