package org.ogirollup.console;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import org.ogirollup.job.RegistryCache;
import org.ogirollup.operations.JobDefinition;
import org.ogirollup.operations.JobDefinitionCatalog;
import org.ogirollup.operations.RunHistory;
import org.ogirollup.operations.RunTrigger;
import org.ogirollup.store.FindingStore;
import org.ogirollup.store.SubmissionStore;
import org.ogirollup.store.TotalStore;

/**
 * The console's parts, for the {@code serve} command only: the folders of its job definition,
 * the pages' content, and the taking in of corrections.
 */
@Configuration(proxyBeanMethods = false)
@Profile("serve")
@EnableConfigurationProperties(ConsoleProperties.class)
class ConsoleConfiguration {

	private static final Log logger = LogFactory.getLog(ConsoleConfiguration.class);

	/**
	 * The folders of the configured definition; without one of that name, those of the first
	 * definition by name, so that a service with other definitions still starts (and says so).
	 */
	@Bean
	Workspace consoleWorkspace(JobDefinitionCatalog catalog, ConsoleProperties properties, RegistryCache registryCache) {
		JobDefinition definition = catalog.definitions().get(properties.definition());
		if (definition == null) {
			definition = catalog.definitions()
				.values()
				.stream()
				.min(Comparator.comparing(JobDefinition::name))
				.orElseThrow(() -> new IllegalStateException("no job definitions for the console"));
			logger.warn("No job definition '" + properties.definition() + "' (ogi.console.definition): the console"
					+ " shows and runs the folders of '" + definition.name() + "'");
		}
		return new Workspace(definition, registryCache);
	}

	@Bean
	YearPages yearPages(Workspace consoleWorkspace, SubmissionStore submissions, TotalStore totals, RunHistory history) {
		return new YearPages(consoleWorkspace, submissions, totals, history);
	}

	@Bean
	UnitPages unitPages(Workspace consoleWorkspace, SubmissionStore submissions, FindingStore findings,
			TotalStore totals, RunHistory history, ConsoleProperties properties) {
		return new UnitPages(consoleWorkspace, submissions, findings, totals, history, properties.historyDir());
	}

	@Bean
	Corrections corrections(Workspace consoleWorkspace, SubmissionStore submissions, FindingStore findings,
			TotalStore totals, RunTrigger runTrigger, RunHistory history, ConsoleProperties properties) {
		Corrections corrections = new Corrections(consoleWorkspace, new DryRun(submissions, findings, totals), runTrigger,
				history, properties, Clock.systemDefaultZone());
		corrections.clearUploads();
		return corrections;
	}

	@Bean
	ConsoleJson consoleJson(JsonMapper jsonMapper) {
		return new ConsoleJson(jsonMapper);
	}

	@Bean
	ConsoleSessions consoleSessions(@Value("${server.servlet.session.timeout:30m}") Duration timeout) {
		return new ConsoleSessions(timeout);
	}

}
