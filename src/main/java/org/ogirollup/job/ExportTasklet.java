package org.ogirollup.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import org.ogirollup.export.MachineTables;
import org.ogirollup.registry.Registry;
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

	private final Registry registry;

	private final Path folder;

	private final int year;

	ExportTasklet(SubmissionStore submissions, FindingStore findings, TotalStore totals, Registry registry,
			Path folder, int year) {
		this.submissions = submissions;
		this.findings = findings;
		this.totals = totals;
		this.registry = registry;
		this.folder = folder;
		this.year = year;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		Map<String, UnitOutcome> outcomes = this.submissions.ownOutcomes(this.year);
		MachineTables.writeTotals(this.folder.resolve(MachineTables.TOTALS), this.year,
				this.totals.load(this.year, this.registry.governments()));
		MachineTables.writeValidation(this.folder.resolve(MachineTables.VALIDATION),
				(consumer) -> this.findings.forEach(this.year, consumer));
		MachineTables.writeCoverage(this.folder.resolve(MachineTables.COVERAGE), this.year,
				Coverage.compute(this.registry, outcomes));
		MachineTables.writeMissing(this.folder.resolve(MachineTables.MISSING), this.year,
				Coverage.missingUnits(this.registry, outcomes));
		return RepeatStatus.FINISHED;
	}

}
