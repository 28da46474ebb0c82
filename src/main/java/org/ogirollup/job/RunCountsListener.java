package org.ogirollup.job;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import org.ogirollup.store.SubmissionStore;
import org.ogirollup.store.SubmissionStore.Counts;

/**
 * Keeps in each run's execution context the counts its year had when the run ended
 * ({@link RunCounts}), so that the list of runs shows what each run came to without a query per
 * run, and an older run keeps its own counts after the year is run again.
 */
class RunCountsListener implements JobExecutionListener {

	private final SubmissionStore submissions;

	private final JobRepository jobRepository;

	RunCountsListener(SubmissionStore submissions, JobRepository jobRepository) {
		this.submissions = submissions;
		this.jobRepository = jobRepository;
	}

	@Override
	public void beforeJob(JobExecution execution) {
		// a resumed run starts from the context of the run it resumes, whose counts are not its own
		ExecutionContext context = execution.getExecutionContext();
		context.remove(RunCounts.READ);
		context.remove(RunCounts.ACCEPTED);
		context.remove(RunCounts.REJECTED);
	}

	@Override
	public void afterJob(JobExecution execution) {
		Counts counts = this.submissions.counts(AggregateParameters.from(execution.getJobParameters()).year());
		ExecutionContext context = execution.getExecutionContext();
		context.putLong(RunCounts.READ, counts.read());
		context.putLong(RunCounts.ACCEPTED, counts.accepted());
		context.putLong(RunCounts.REJECTED, counts.rejected());
		// the job saves its execution context after each step, not after its listeners
		this.jobRepository.updateExecutionContext(execution);
	}

}
