package org.ogirollup.job;

import java.nio.file.Path;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import org.ogirollup.registry.Registry;
import org.ogirollup.registry.RegistryReader;
import org.ogirollup.rules.RuleSet;
import org.ogirollup.store.SubmissionStore;
import org.ogirollup.validate.IngestedFile;

/**
 * Reads every submission file of the year, checks each submission and stores it with its
 * findings: a chunk of files per transaction, so a restart resumes after the last stored chunk.
 */
@Configuration(proxyBeanMethods = false)
class IngestStepConfiguration {

	/** Files per transaction: small enough to lose little on a crash, large enough to batch inserts. */
	private static final int FILES_PER_CHUNK = 50;

	@Bean
	@StepScope
	SubmissionFileReader submissionFileReader(@Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['year']}") long year) {
		return new SubmissionFileReader(Path.of(input).resolve(String.valueOf(year)));
	}

	@Bean
	@StepScope
	IngestProcessor submissionFileProcessor(@Value("#{jobParameters['input']}") String input,
			@Value("#{jobParameters['year']}") long year) {
		Path inputRoot = Path.of(input);
		Registry registry = RegistryReader.read(inputRoot.resolve("units.csv"));
		return new IngestProcessor(inputRoot, (int) year, registry, 
				(submission) -> RuleSet.of(submission.format()).check(submission));
	}

	@Bean
	ItemWriter<IngestedFile> submissionWriter(SubmissionStore store) {
		return (chunk) -> store.save(chunk.getItems());
	}

	@Bean
	Step ingestSubmissionsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SubmissionFileReader submissionFileReader, IngestProcessor submissionFileProcessor,
			ItemWriter<IngestedFile> submissionWriter) {
		return new StepBuilder("ingestSubmissionsStep", jobRepository).<Path, IngestedFile>chunk(FILES_PER_CHUNK)
			.transactionManager(transactionManager)
			.reader(submissionFileReader)
			.processor(submissionFileProcessor)
			.writer(submissionWriter)
			.listener(new ProgressListener())
			.build();
	}

}
