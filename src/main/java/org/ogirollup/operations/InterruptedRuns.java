package org.ogirollup.operations;

import java.nio.file.Path;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Resumes, when the service starts, the runs that a killed service left unfinished: the job
 * repository still says they run, but nothing in this new process does. Each goes through
 * {@link Runs#start}, so the launcher recovers and restarts it from its last committed chunk; a
 * run that another process sharing the database really is running keeps its year locked and is
 * left alone.
 */
class InterruptedRuns {

	private static final Log logger = LogFactory.getLog(InterruptedRuns.class);

	private static final String AGGREGATE_JOB = "aggregateJob";

	private final JobRepository jobRepository;

	private final Runs runs;

	InterruptedRuns(JobRepository jobRepository, Runs runs) {
		this.jobRepository = jobRepository;
		this.runs = runs;
	}

	@EventListener(ApplicationReadyEvent.class)
	void resume() {
		Set<JobExecution> unfinished = this.jobRepository.findRunningJobExecutions(AGGREGATE_JOB);
		for (JobExecution execution : unfinished) {
			JobParameters parameters = execution.getJobParameters();
			Long year = parameters.getLong("year");
			String input = parameters.getString("input");
			String output = parameters.getString("output");
			if (year == null || input == null || output == null) {
				continue;
			}
			try {
				long id = this.runs.start(year.intValue(), Path.of(input), Path.of(output),
						parameters.getString("scope", ""), "resume of run " + execution.getId());
				logger.info("Run " + execution.getId() + " of " + year + " was interrupted; resumed as run " + id);
			}
			catch (RuntimeException ex) {
				logger.warn("Run " + execution.getId() + " of " + year + " was not resumed: " + ex.getMessage());
			}
		}
	}

}
