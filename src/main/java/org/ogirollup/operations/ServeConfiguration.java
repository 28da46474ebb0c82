package org.ogirollup.operations;

import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import org.ogirollup.job.AggregateLauncher;
import org.ogirollup.store.SubmissionStore;

/**
 * The beans of the {@code serve} command only (profile {@value #PROFILE}): the job definitions,
 * the background runs and the run history. The other commands never see them.
 */
@Configuration(proxyBeanMethods = false)
@Profile(ServeConfiguration.PROFILE)
class ServeConfiguration {

	static final String PROFILE = "serve";

	private static final Log logger = LogFactory.getLog(ServeConfiguration.class);

	@Bean
	JobDefinitionCatalog jobDefinitionCatalog(@Value("${ogi.jobs-dir:jobs}") String folder) {
		Path jobs = Path.of(folder).toAbsolutePath().normalize();
		JobDefinitionCatalog catalog = new JobDefinitionCatalog(JobDefinitions.readFolder(jobs));
		logger.info("Job definitions in " + jobs + ": " + catalog.definitions().keySet());
		return catalog;
	}

	@Bean
	static RunStartSignal runStartSignal() {
		return new RunStartSignal();
	}

	@Bean
	Runs runs(AggregateLauncher launcher, JobOperator jobOperator, RunStartSignal runStartSignal,
			@Value("${ogi.run-workers:2}") int workers) {
		return new Runs(launcher, jobOperator, runStartSignal, workers);
	}

	@Bean
	InterruptedRuns interruptedRuns(JobRepository jobRepository, Runs runs) {
		return new InterruptedRuns(jobRepository, runs);
	}

	@Bean
	RunHistory runHistory(JobRepository jobRepository, SubmissionStore submissions) {
		return new RunHistory(jobRepository, submissions);
	}

}
