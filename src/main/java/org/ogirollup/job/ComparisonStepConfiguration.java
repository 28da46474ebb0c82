package org.ogirollup.job;

import java.nio.file.Path;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import org.ogirollup.store.ChangeStore;
import org.ogirollup.store.SubmissionStore;
import org.ogirollup.store.TotalStore;

/**
 * The steps that look beyond one submission: cross-year checks against last year, year-over-year
 * deltas, reconciliation of region-wide reports, and the tables in the official layout.
 */
@Configuration(proxyBeanMethods = false)
class ComparisonStepConfiguration {

	@Bean
	Step crossYearChecksStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CrossYearChecksTasklet crossYearChecksTasklet) {
		return new StepBuilder("crossYearChecksStep", jobRepository).tasklet(crossYearChecksTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	CrossYearChecksTasklet crossYearChecksTasklet(SubmissionStore store, ChangeStore changes,
			@Value("#{jobParameters['year']}") long year) {
		return new CrossYearChecksTasklet(store, changes, (int) year);
	}

	@Bean
	Step compareYearsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			CompareYearsTasklet compareYearsTasklet) {
		return new StepBuilder("compareYearsStep", jobRepository).tasklet(compareYearsTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	CompareYearsTasklet compareYearsTasklet(RegistryCache registries, SubmissionStore submissions,
			TotalStore totals, ChangeStore changes,
			@Value("#{jobParameters['input']}") String input, @Value("#{jobParameters['output']}") String output,
			@Value("#{jobParameters['year']}") long year) {
		return new CompareYearsTasklet(submissions, totals, changes, YearOutputs.of(registries.of(input), output, year));
	}

	@Bean
	Step reconcileStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReconcileTasklet reconcileTasklet) {
		return new StepBuilder("reconcileStep", jobRepository).tasklet(reconcileTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	ReconcileTasklet reconcileTasklet(RegistryCache registries, SubmissionStore submissions,
			TotalStore totals, ChangeStore changes,
			@Value("#{jobParameters['input']}") String input, @Value("#{jobParameters['output']}") String output,
			@Value("#{jobParameters['year']}") long year) {
		return new ReconcileTasklet(submissions, totals, changes, YearOutputs.of(registries.of(input), output, year));
	}

	@Bean
	Step officialTablesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			OfficialTablesTasklet officialTablesTasklet) {
		return new StepBuilder("officialTablesStep", jobRepository).tasklet(officialTablesTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	OfficialTablesTasklet officialTablesTasklet(RegistryCache registries, TotalStore totals, ChangeStore changes,
			@Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['output']}") String output, @Value("#{jobParameters['year']}") long year) {
		return new OfficialTablesTasklet(totals, changes, YearOutputs.of(registries.of(input), output, year));
	}

}
