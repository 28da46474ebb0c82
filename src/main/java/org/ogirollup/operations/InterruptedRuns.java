package org.ogirollup.operations;

import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import org.ogirollup.job.AggregateParameters;

/**
 * Resumes, when the service starts, the runs that a killed service left unfinished: the job
 * repository still says they run, but nothing in this new process does. Each joins the queue
 * like any other run, so the launcher recovers and restarts it from its last committed chunk in
 * its year's turn; a run that another process sharing the database really is running keeps its
 * year locked and is left alone.
 */
class InterruptedRuns {

	private static final Log logger = LogFactory.getLog(InterruptedRuns.class);

	private final JobRepository jobRepository;

	private final Runs runs;

	InterruptedRuns(JobRepository jobRepository, Runs runs) {
		this.jobRepository = jobRepository;
		this.runs = runs;
	}

	@EventListener(ApplicationReadyEvent.class)
	void resume() {
		Set<JobExecution> unfinished = this.jobRepository.findRunningJobExecutions(Runs.JOB_NAME);
		for (JobExecution execution : unfinished) {
			AggregateParameters parameters;
			try {
				parameters = AggregateParameters.from(execution.getJobParameters());
			}
			catch (IllegalArgumentException ex) {
				continue;
			}
			try {
				List<QueuedRun> queued = this.runs.enqueue(List.of(parameters.year()), parameters.input(),
						parameters.output(), parameters.scope(), "恢复中断的运行 " + execution.getId());
				logger.info("Run " + execution.getId() + " of " + parameters.year() + " was interrupted; queued to"
						+ " resume as ticket " + queued.get(0).ticket());
			}
			catch (RuntimeException ex) {
				logger.warn("Run " + execution.getId() + " of " + parameters.year() + " was not resumed: "
						+ ex.getMessage());
			}
		}
	}

}
