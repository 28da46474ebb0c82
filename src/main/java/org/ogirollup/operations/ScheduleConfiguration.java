package org.ogirollup.operations;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Schedules every job definition that has a cron with Spring's scheduler: one cron task per
 * definition on Boot's {@code TaskScheduler}.
 */
@Configuration(proxyBeanMethods = false)
@Profile(ServeConfiguration.PROFILE)
@EnableScheduling
class ScheduleConfiguration implements SchedulingConfigurer {

	private static final Log logger = LogFactory.getLog(ScheduleConfiguration.class);

	private final JobDefinitionCatalog catalog;

	private final Runs runs;

	ScheduleConfiguration(JobDefinitionCatalog catalog, Runs runs) {
		this.catalog = catalog;
		this.runs = runs;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		for (JobDefinition definition : this.catalog.definitions().values()) {
			definition.cron().ifPresent((cron) -> {
				registrar.addCronTask(new CronTask(new ScheduledRun(definition, this.runs), new CronTrigger(cron)));
				logger.info("Scheduled job definition " + definition.name() + " (" + definition.source().getFileName()
						+ "): cron '" + cron + "', years " + definition.years() + ", " + definition.input() + " -> "
						+ definition.output());
			});
		}
	}

}
