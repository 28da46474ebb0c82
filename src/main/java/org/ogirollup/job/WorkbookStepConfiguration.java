package org.ogirollup.job;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import org.ogirollup.store.ChangeStore;
import org.ogirollup.store.FindingStore;
import org.ogirollup.store.SubmissionStore;
import org.ogirollup.store.TotalStore;

/**
 * The steps that write the workbooks for people, after the CSV outputs: the year's workbook and
 * the feedback files. Each is a step of its own, so that a failed one is run again on restart
 * without the other; every file is written to a temporary name and moved into place.
 */
@Configuration(proxyBeanMethods = false)
class WorkbookStepConfiguration {

	@Bean
	Step workbooksStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			WorkbooksTasklet workbooksTasklet) {
		return new StepBuilder("workbooksStep", jobRepository).tasklet(workbooksTasklet, transactionManager)
			.listener(new WorkbookStepLog())
			.build();
	}

	@Bean
	@StepScope
	WorkbooksTasklet workbooksTasklet(RegistryCache registries, SubmissionStore submissions, FindingStore findings,
			TotalStore totals, ChangeStore changes, @Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['output']}") String output, @Value("#{jobParameters['year']}") long year) {
		return new WorkbooksTasklet(submissions, findings, totals, changes,
				YearOutputs.of(registries.of(input), output, year));
	}

	@Bean
	Step feedbackWorkbooksStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			FeedbackWorkbooksTasklet feedbackWorkbooksTasklet) {
		return new StepBuilder("feedbackWorkbooksStep", jobRepository)
			.tasklet(feedbackWorkbooksTasklet, transactionManager)
			.listener(new WorkbookStepLog())
			.build();
	}

	@Bean
	@StepScope
	FeedbackWorkbooksTasklet feedbackWorkbooksTasklet(RegistryCache registries, SubmissionStore submissions,
			FindingStore findings, ChangeStore changes, @Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['output']}") String output, @Value("#{jobParameters['year']}") long year) {
		return new FeedbackWorkbooksTasklet(submissions, findings, changes,
				YearOutputs.of(registries.of(input), output, year));
	}

}
