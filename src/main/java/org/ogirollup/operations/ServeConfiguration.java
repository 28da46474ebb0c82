package org.ogirollup.operations;

import java.nio.file.Path;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.repository.ExecutionContextSerializer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

import org.ogirollup.job.AggregateLauncher;
import org.ogirollup.job.RegistryCache;

/**
 * The beans of the {@code serve} command only (profile {@value #PROFILE}): the job definitions,
 * the queue of runs, the run history and the limit on request bodies. The other commands never
 * see them.
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
	Runs runs(AggregateLauncher launcher, RunStartSignal runStartSignal, RegistryCache registryCache) {
		return new Runs(launcher, runStartSignal, registryCache);
	}

	@Bean
	RunTrigger runTrigger(Runs runs, JobDefinitionCatalog jobDefinitionCatalog) {
		return new RunTrigger(runs, jobDefinitionCatalog);
	}

	@Bean
	InterruptedRuns interruptedRuns(JobRepository jobRepository, Runs runs) {
		return new InterruptedRuns(jobRepository, runs);
	}

	@Bean
	RunHistory runHistory(JobRepository jobRepository, JdbcTemplate jdbc,
			ObjectProvider<ExecutionContextSerializer> serializer, Runs runs) {
		// the serializer Spring Boot gives the job repository: its own default unless one is declared
		return new RunHistory(jobRepository, jdbc, serializer.getIfAvailable(DefaultExecutionContextSerializer::new),
				runs::waiting);
	}

	/** Before sign-in, so that an oversized body is refused without being read, signed in or not. */
	@Bean
	FilterRegistrationBean<RequestBodyLimit> requestBodyLimit() {
		FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(new RequestBodyLimit());
		registration.addUrlPatterns("/api/*");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
