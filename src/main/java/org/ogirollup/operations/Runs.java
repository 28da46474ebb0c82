package org.ogirollup.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import org.ogirollup.job.AggregateLauncher;
import org.ogirollup.job.AggregateLauncher.YearResult;

/**
 * Starts runs of the aggregate job in the background for the service: at most one run of a
 * report year at a time in this process (a second start is refused), different years side by
 * side on a small pool of worker threads.
 */
public class Runs implements DisposableBean {

	static final String JOB_NAME = "aggregateJob";

	private static final Log logger = LogFactory.getLog(Runs.class);

	/** How long a request waits for its run to get an id (the input is fingerprinted first). */
	private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

	private final AggregateLauncher launcher;

	private final JobOperator jobOperator;

	private final RunStartSignal signal;

	private final ThreadPoolTaskExecutor executor;

	Runs(AggregateLauncher launcher, JobOperator jobOperator, RunStartSignal signal, int workers) {
		this.launcher = launcher;
		this.jobOperator = jobOperator;
		this.signal = signal;
		this.executor = new ThreadPoolTaskExecutor();
		this.executor.setThreadNamePrefix("run-");
		this.executor.setCorePoolSize(workers);
		this.executor.setMaxPoolSize(workers);
		this.executor.setWaitForTasksToCompleteOnShutdown(false);
		this.executor.initialize();
	}

	/**
	 * Starts a run of one year (or resumes the year's unfinished run on the same input) and
	 * returns its job execution id once the job has started.
	 * @throws YearBusyException when a run of the year is under way in this process
	 * @throws IllegalArgumentException when the input has no folder for the year
	 */
	public long start(int year, Path input, Path output, String scope, String origin) {
		if (!Files.isDirectory(input.resolve(String.valueOf(year)))) {
			throw new IllegalArgumentException("no folder for report year " + year + " in " + input);
		}
		return submit(year, origin, () -> this.launcher.run(input, output, year, scope, origin));
	}

	/** Restarts a failed or stopped run with {@link JobOperator#restart(JobExecution)}. */
	public long restart(JobExecution failed, String origin) {
		Long year = failed.getJobParameters().getLong("year");
		return submit(year.intValue(), origin, () -> {
			return this.launcher.restart(failed, origin);
		});
	}

	public boolean busy(int year) {
		return this.signal.busy(year);
	}

	private long submit(int year, String origin, RunBody body) {
		CompletableFuture<Long> started = this.signal.claim(year);
		if (started == null) {
			throw new YearBusyException(year);
		}
		try {
			this.executor.execute(() -> {
				try {
					Object result = body.run();
					logger.info("Run for " + origin + ", " + year + ": " + describe(result));
				}
				catch (Exception ex) {
					started.completeExceptionally(ex);
					logger.error("Run for " + origin + ", " + year + " could not run: " + ex.getMessage(), ex);
				}
				finally {
					started.completeExceptionally(new IllegalStateException("the job ended before it started"));
					this.signal.release(year, started);
				}
			});
		}
		catch (TaskRejectedException ex) {
			this.signal.release(year, started);
			throw new IllegalStateException("the service is shutting down", ex);
		}
		try {
			return started.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw new IllegalArgumentException("the run of " + year + " could not start: " + cause.getMessage(), cause);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("the run of " + year + " has not started after " + START_TIMEOUT
					+ "; see GET /api/runs", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while starting the run of " + year, ex);
		}
	}

	private static String describe(Object result) {
		if (result instanceof YearResult year) {
			return String.format("run %d %s%s: %d submissions read, %d accepted, %d rejected%s", year.executionId(),
					year.status(), year.resumed() ? " (resumed)" : "", year.counts().read(), year.counts().accepted(),
					year.counts().rejected(), year.completed() ? "" : "; " + year.failure());
		}
		return String.valueOf(result);
	}

	@Override
	public void destroy() {
		this.executor.shutdown();
	}

	@FunctionalInterface
	private interface RunBody {

		Object run() throws Exception;

	}

}
