package org.ogirollup.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.ogirollup.store.ChangeStore;
import org.ogirollup.store.FindingStore;
import org.ogirollup.store.FindingStore.RuleCount;
import org.ogirollup.store.SubmissionStore;
import org.ogirollup.store.SubmissionStore.Counts;

/**
 * Runs the aggregate job for each requested year, resuming the year's last run when it did not
 * finish on the same input (killed, failed or stopped) and starting a new run otherwise.
 */
@Component
public class AggregateLauncher {

	private static final Log logger = LogFactory.getLog(AggregateLauncher.class);

	/** How many recent runs are searched for one to resume. */
	private static final int RECENT_RUNS = 200;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job aggregateJob;

	private final SubmissionStore submissions;

	private final FindingStore findings;

	private final DataSource dataSource;

	private final NextYearCheck nextYear;

	AggregateLauncher(JobOperator jobOperator, JobRepository jobRepository, Job aggregateJob,
			SubmissionStore submissions, FindingStore findings, DataSource dataSource, ChangeStore changes,
			JdbcTemplate jdbc) {
		this.dataSource = dataSource;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.aggregateJob = aggregateJob;
		this.submissions = submissions;
		this.findings = findings;
		this.nextYear = new NextYearCheck(changes, jdbc);
	}

	/**
	 * What one year's run came to, and the next year's run it calls for, if any (see
	 * {@link NextYearCheck}).
	 */
	public record YearResult(int year, BatchStatus status, long executionId, boolean resumed, String failure,
			Counts counts, List<RuleCount> mostFrequent, Optional<FollowUp> followUp) {

		public boolean completed() {
			return this.status == BatchStatus.COMPLETED;
		}

	}

	/** Whether the year has a completed run in this database for the same input and output. */
	public boolean hasCompletedRun(int year, Path input, Path output) {
		return this.nextYear.completed(year, input.toAbsolutePath().normalize(), output.toAbsolutePath().normalize());
	}

	/** Runs one year over the whole input, resuming its unfinished run on the same input. */
	public YearResult run(Path input, Path output, int year) throws Exception {
		return run(input, output, year, "", "");
	}

	/**
	 * Runs one year, reading again the files that changed since its last run and bringing up to
	 * date only what they change.
	 * @param scope the government whose subtree the caller changed, or empty: a hint for the log, as
	 * every changed file of the year is read whatever the scope
	 * @param origin who or what started the run, kept with it (a non-identifying job parameter)
	 * @throws YearInUseException when another process sharing the database runs the
	 * year, or the next year, which reads this one
	 */
	public YearResult run(Path input, Path output, int year, String scope, String origin) throws Exception {
		try (YearLock lock = YearLock.acquire(this.dataSource, year)) {
			AggregateParameters parameters = new AggregateParameters(year, input, output, scope,
					InputFingerprint.of(input, year), 0, origin);
			Optional<JobExecution> unfinished = lastUnfinishedRun(parameters);
			JobExecution execution;
			if (unfinished.isPresent()) {
				execution = resume(unfinished.get(), origin);
			}
			else {
				AggregateParameters fresh = new AggregateParameters(year, input, output, scope, parameters.fingerprint(),
						nextRunNumber(), origin);
				execution = this.jobOperator.start(this.aggregateJob, fresh.toJobParameters());
			}
			return result(year, execution, unfinished.isPresent(), this.nextYear.after(year, input, output, execution));
		}
	}

	/**
	 * Restarts a failed or stopped run from its last committed chunk, on the input it had.
	 * @throws YearInUseException as {@link #run(Path, Path, int, String, String)}
	 */
	public YearResult restart(JobExecution failed, String origin) throws Exception {
		AggregateParameters parameters = AggregateParameters.from(failed.getJobParameters());
		try (YearLock lock = YearLock.acquire(this.dataSource, parameters.year())) {
			JobExecution execution = resume(failed, origin);
			return result(parameters.year(), execution, true,
					this.nextYear.after(parameters.year(), parameters.input(), parameters.output(), execution));
		}
	}

	/**
	 * Starts the job again with the identifying parameters of an unfinished run, which Spring
	 * Batch takes as a restart of its instance; the origin, not identifying, is the new one.
	 */
	private JobExecution resume(JobExecution previous, String origin) throws Exception {
		int year = AggregateParameters.from(previous.getJobParameters()).year();
		if (previous.getStatus().isRunning()) {
			logger.info("Run " + previous.getId() + " for " + year + " was interrupted; marking it failed to resume it");
			previous = this.jobOperator.recover(previous);
		}
		logger.info("Resuming run " + previous.getId() + " for " + year);
		return this.jobOperator.start(this.aggregateJob,
				AggregateParameters.withOrigin(previous.getJobParameters(), origin));
	}

	private YearResult result(int year, JobExecution execution, boolean resumed, Optional<FollowUp> followUp) {
		String failure = execution.getAllFailureExceptions()
			.stream()
			.map(AggregateLauncher::rootMessage)
			.findFirst()
			.orElse(execution.getExitStatus().getExitDescription());
		YearResult result = new YearResult(year, execution.getStatus(), execution.getId(), resumed, failure,
				this.submissions.counts(year), this.findings.mostFrequent(year, 5), followUp);
		logger.info(String.format("Aggregate %d run %d %s in %s: %d submissions read, %d accepted, %d rejected%s", year,
				execution.getId(), execution.getStatus(), runTime(execution), result.counts().read(),
				result.counts().accepted(), result.counts().rejected(), result.completed() ? "" : "; " + failure));
		followUp.ifPresent((next) -> logger.info(next.reason()));
		return result;
	}

	private Optional<JobExecution> lastUnfinishedRun(AggregateParameters parameters) {
		for (JobInstance instance : recentInstances()) {
			// null for an instance whose process was killed before its first execution was stored
			JobExecution last = this.jobRepository.getLastJobExecution(instance);
			if (last != null && parameters.sameWorkAs(last.getJobParameters())) {
				BatchStatus status = last.getStatus();
				boolean resumable = status.isRunning() || status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
				return resumable ? Optional.of(last) : Optional.empty();
			}
		}
		return Optional.empty();
	}

	/**
	 * A run number no earlier run has: the time. Counting up from the runs found would reuse the
	 * number of an instance whose process was killed before its first execution was stored, and
	 * Spring Batch refuses to start such an instance again.
	 */
	private static long nextRunNumber() {
		return System.currentTimeMillis();
	}

	private List<JobInstance> recentInstances() {
		return this.jobRepository.getJobInstances(AggregateJobConfiguration.JOB_NAME, 0, RECENT_RUNS);
	}

	private static String runTime(JobExecution execution) {
		if (execution.getStartTime() == null || execution.getEndTime() == null) {
			return "?";
		}
		Duration duration = Duration.between(execution.getStartTime(), execution.getEndTime());
		return String.format("%.1f s", duration.toMillis() / 1000.0);
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.toString();
	}

}
