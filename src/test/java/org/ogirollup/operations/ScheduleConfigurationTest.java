package org.ogirollup.operations;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleConfigurationTest {

	@Test
	void registersOneCronTaskPerDefinitionWithACron() {
		JobDefinition nightly = definition("nightly", Optional.of("0 0 2 * * *"));
		JobDefinition manual = definition("reaggregate", Optional.empty());
		ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

		new ScheduleConfiguration(new JobDefinitionCatalog(Map.of("nightly", nightly, "reaggregate", manual)), null)
			.configureTasks(registrar);

		assertThat(registrar.getCronTaskList()).singleElement().satisfies((CronTask task) -> {
			assertThat(task.getExpression()).isEqualTo("0 0 2 * * *");
			assertThat(task.getRunnable()).hasToString("definition nightly");
		});
	}

	private static JobDefinition definition(String name, Optional<String> cron) {
		return new JobDefinition(name, JobDefinition.AGGREGATE, cron, YearSelection.latest(2), Optional.empty(),
				Path.of("input"), Path.of("output"), Path.of("jobs", name + ".yml"));
	}

}
