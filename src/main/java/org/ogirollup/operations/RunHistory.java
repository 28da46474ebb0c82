package org.ogirollup.operations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;

import org.ogirollup.store.SubmissionStore;

/** Reads the runs of the aggregate job back from the Spring Batch job repository. */
public class RunHistory {

	/** How many recent job instances are listed. */
	private static final int RECENT = 200;

	private final JobRepository jobRepository;

	private final SubmissionStore submissions;

	RunHistory(JobRepository jobRepository, SubmissionStore submissions) {
		this.jobRepository = jobRepository;
		this.submissions = submissions;
	}

	/** The recent runs, newest first. */
	public List<RunView> list() {
		List<JobExecution> executions = executions();
		Map<Integer, Long> latest = latestByYear(executions);
		return executions.stream().map((execution) -> view(execution, latest)).toList();
	}

	public Optional<JobExecution> execution(long id) {
		JobExecution execution;
		try {
			execution = this.jobRepository.getJobExecution(id);
		}
		catch (EmptyResultDataAccessException ex) {
			return Optional.empty();
		}
		if (execution == null || !Runs.JOB_NAME.equals(execution.getJobInstance().getJobName())) {
			return Optional.empty();
		}
		return Optional.of(execution);
	}

	public Optional<RunView> find(long id) {
		return execution(id).map((execution) -> view(execution, latestByYear(executions())));
	}

	private RunView view(JobExecution execution, Map<Integer, Long> latest) {
		Long year = execution.getJobParameters().getLong("year");
		boolean isLatest = year != null && Long.valueOf(execution.getId()).equals(latest.get(year.intValue()));
		return RunView.of(execution, isLatest ? this.submissions.counts(year.intValue()) : null);
	}

	private List<JobExecution> executions() {
		List<JobExecution> executions = new ArrayList<>();
		for (JobInstance instance : this.jobRepository.getJobInstances(Runs.JOB_NAME, 0, RECENT)) {
			executions.addAll(this.jobRepository.getJobExecutions(instance));
		}
		executions.sort(Comparator.comparingLong(JobExecution::getId).reversed());
		return executions;
	}

	private static Map<Integer, Long> latestByYear(List<JobExecution> executions) {
		Map<Integer, Long> latest = new HashMap<>();
		for (JobExecution execution : executions) {
			Long year = execution.getJobParameters().getLong("year");
			if (year != null) {
				latest.merge(year.intValue(), execution.getId(), Math::max);
			}
		}
		return latest;
	}

}
