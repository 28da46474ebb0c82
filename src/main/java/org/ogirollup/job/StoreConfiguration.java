package org.ogirollup.job;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import org.ogirollup.store.ChangeStore;
import org.ogirollup.store.ContributionStore;
import org.ogirollup.store.FindingStore;
import org.ogirollup.store.SubmissionStore;
import org.ogirollup.store.TotalStore;

/** The stores the steps read and write, over the application's one database, and the registry they share. */
@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	/** Unless the command that starts the context brings the one it has already read the registry with. */
	@Bean
	@ConditionalOnMissingBean
	RegistryCache registryCache() {
		return new RegistryCache();
	}

	@Bean
	SubmissionStore submissionStore(JdbcTemplate jdbc) {
		return new SubmissionStore(jdbc);
	}

	@Bean
	FindingStore findingStore(JdbcTemplate jdbc) {
		return new FindingStore(jdbc);
	}

	@Bean
	ChangeStore changeStore(JdbcTemplate jdbc) {
		return new ChangeStore(jdbc);
	}

	@Bean
	ContributionStore contributionStore(JdbcTemplate jdbc) {
		return new ContributionStore(jdbc);
	}

	@Bean
	TotalStore totalStore(JdbcTemplate jdbc) {
		return new TotalStore(jdbc);
	}

}
