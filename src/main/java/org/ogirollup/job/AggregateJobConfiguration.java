package org.ogirollup.job;

import java.nio.file.Path;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import org.ogirollup.store.ChangeStore;
import org.ogirollup.store.ContributionStore;
import org.ogirollup.store.FindingStore;
import org.ogirollup.store.SubmissionStore;
import org.ogirollup.store.TotalStore;

/**
 * The aggregate job for one report year: keep what is unchanged since the last run, ingest and
 * check every new or changed submission file, reject duplicates, check against last year, roll up
 * the totals, and write the output tables, the comparison with last year, the reconciliation of
 * region-wide reports, the tables in the official layout and the workbooks for people (the year's
 * and the feedback files). After the ingest every step works on what the run changed (see
 * {@link YearChanges}), or on the whole year when it is read anew.
 */
@Configuration(proxyBeanMethods = false)
class AggregateJobConfiguration {

	static final String JOB_NAME = "aggregateJob";

	@Bean
	Job aggregateJob(JobRepository jobRepository, Step prepareYearStep, Step ingestSubmissionsStep,
			Step rejectDuplicatesStep, Step crossYearChecksStep, Step rollupStep, Step exportStep,
			Step compareYearsStep, Step reconcileStep, Step officialTablesStep, Step workbooksStep,
			Step feedbackWorkbooksStep, Step settleYearStep, SubmissionStore submissions) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(new RunCountsListener(submissions, jobRepository))
			.start(prepareYearStep)
			.next(ingestSubmissionsStep)
			.next(rejectDuplicatesStep)
			.next(crossYearChecksStep)
			.next(rollupStep)
			.next(exportStep)
			.next(compareYearsStep)
			.next(reconcileStep)
			.next(officialTablesStep)
			.next(workbooksStep)
			.next(feedbackWorkbooksStep)
			.next(settleYearStep)
			.build();
	}

	@Bean
	Step prepareYearStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet prepareYearTasklet) {
		return new StepBuilder("prepareYearStep", jobRepository).tasklet(prepareYearTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	PrepareYearTasklet prepareYearTasklet(RegistryCache registries, SubmissionStore store, ChangeStore changes,
			ContributionStore contributions, @Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['year']}") long year, @Value("#{jobParameters['scope']}") String scope) {
		return new PrepareYearTasklet(store, changes, contributions, Path.of(input), (int) year,
				RunFolders.scope(registries.of(input), scope));
	}

	@Bean
	Step rejectDuplicatesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet rejectDuplicatesTasklet) {
		return new StepBuilder("rejectDuplicatesStep", jobRepository).tasklet(rejectDuplicatesTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	Tasklet rejectDuplicatesTasklet(SubmissionStore store, ChangeStore changes,
			@Value("#{jobParameters['year']}") long year) {
		return (contribution, context) -> {
			// the files read are all changed or added: their units are the ones to look at again
			changes.markUnitsOfChangedFiles((int) year);
			contribution.incrementWriteCount(store.rejectDuplicates((int) year, !changes.wholeYear((int) year)));
			return RepeatStatus.FINISHED;
		};
	}

	@Bean
	Step rollupStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RollupTasklet rollupTasklet) {
		return new StepBuilder("rollupStep", jobRepository).tasklet(rollupTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	RollupTasklet rollupTasklet(RegistryCache registries, SubmissionStore submissions, TotalStore totals,
			ChangeStore changes, ContributionStore contributions, @Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['year']}") long year) {
		return new RollupTasklet(submissions, totals, changes, contributions, registries.of(input), (int) year);
	}

	@Bean
	Step exportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ExportTasklet exportTasklet) {
		return new StepBuilder("exportStep", jobRepository).tasklet(exportTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	ExportTasklet exportTasklet(RegistryCache registries, SubmissionStore submissions, FindingStore findings,
			TotalStore totals, ChangeStore changes, @Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['output']}") String output, @Value("#{jobParameters['year']}") long year) {
		return new ExportTasklet(submissions, findings, totals, changes,
				YearOutputs.of(registries.of(input), output, year));
	}

	/** Last: once every output is written, the year's changes are done with. */
	@Bean
	Step settleYearStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet settleYearTasklet) {
		return new StepBuilder("settleYearStep", jobRepository).tasklet(settleYearTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	Tasklet settleYearTasklet(ChangeStore changes, @Value("#{jobParameters['output']}") String output,
			@Value("#{jobParameters['year']}") long year) {
		return (contribution, context) -> {
			changes.clear((int) year, RunFolders.yearOutput(output, year).toString());
			return RepeatStatus.FINISHED;
		};
	}

}
