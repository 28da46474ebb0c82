package org.ogirollup.operations;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import org.ogirollup.input.InputFolder;
import org.ogirollup.job.AggregateLauncher;
import org.ogirollup.job.AggregateLauncher.YearResult;
import org.ogirollup.job.AggregateParameters;
import org.ogirollup.job.RegistryCache;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.RegistryException;

/**
 * Runs the aggregate job in the background for the service, through its one {@link RunQueue}
 * on one worker thread: every request, the schedule and the resumption of interrupted runs ask
 * here, and get checked (year folders, scope) before anything is queued.
 */
class Runs implements DisposableBean {

	static final String JOB_NAME = "aggregateJob";

	private static final Log logger = LogFactory.getLog(Runs.class);

	/** How long a request waits for its run to get an id (the input is fingerprinted first). */
	private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

	private final AggregateLauncher launcher;

	private final RunStartSignal signal;

	private final RegistryCache registries;

	private final RunQueue queue = new RunQueue();

	private final ThreadPoolTaskExecutor worker;

	Runs(AggregateLauncher launcher, RunStartSignal signal, RegistryCache registries) {
		this.launcher = launcher;
		this.signal = signal;
		this.registries = registries;
		this.worker = new ThreadPoolTaskExecutor();
		this.worker.setThreadNamePrefix("run-");
		this.worker.setCorePoolSize(1);
		this.worker.setMaxPoolSize(1);
		this.worker.setWaitForTasksToCompleteOnShutdown(false);
		this.worker.initialize();
	}

	/**
	 * Queues runs of years over an input, in ascending order; one entry per year.
	 * @param scope a government's code whose subtree's changed files alone are read again, or empty
	 * @throws IllegalArgumentException when a year has no folder in the input or the scope is not
	 * a government of the input's registry; nothing is queued then
	 */
	public List<QueuedRun> enqueue(List<Integer> years, Path input, Path output, String scope, String origin) {
		InputFolder folder = inputFolder(input);
		for (int year : years) {
			String notRead = folder.whyYearNotRead(year);
			if (notRead != null) {
				throw new IllegalArgumentException(notRead);
			}
		}
		checkScope(input, scope);
		return add(years.stream()
			.distinct()
			.sorted()
			.map((year) -> RunOrder.start(year, input, output, scope, origin))
			.toList());
	}

	/** Queues a restart of a failed or stopped run, from its last committed chunk. */
	public QueuedRun enqueueRestart(JobExecution failed, String origin) {
		AggregateParameters parameters = AggregateParameters.from(failed.getJobParameters());
		return add(List.of(new RunOrder(parameters.year(), parameters.input(), parameters.output(), parameters.scope(),
				origin, failed))).get(0);
	}

	/**
	 * Waits until the run has its job execution id, for a run whose turn has come.
	 * @return empty when the job has not started within the time a request waits
	 * @throws IllegalStateException when it could not start, with the launcher's reason as cause
	 */
	public OptionalLong awaitStart(QueuedRun run) {
		try {
			return OptionalLong.of(run.started().get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
		}
		catch (ExecutionException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw new RunNotStartedException(run, cause);
		}
		catch (TimeoutException ex) {
			return OptionalLong.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return OptionalLong.empty();
		}
	}

	public Optional<QueuedRun> ticket(long ticket) {
		return this.queue.ticket(ticket);
	}

	/** The runs that have no job execution yet, in turn. */
	public List<QueuedRun> waiting() {
		return this.queue.waiting();
	}

	/** Whether no run is under way and none waits. */
	public boolean idle() {
		return this.queue.idle();
	}

	private void checkScope(Path input, String scope) {
		if (scope.isEmpty()) {
			return;
		}
		Registry registry;
		try {
			registry = this.registries.of(input.toString());
		}
		catch (RegistryException ex) {
			throw new IllegalArgumentException("单位名录 " + input.resolve("units.csv") + " 有误：" + ex.getMessage(), ex);
		}
		if (!registry.unit(scope).map((unit) -> unit.level().isGovernment()).orElse(false)) {
			throw new IllegalArgumentException("scope 须为 units.csv 中一个政府（省、市或县）的代码，" + Quote.of(scope)
					+ " 不是");
		}
	}

	private List<QueuedRun> add(List<RunOrder> orders) {
		RunQueue.Added added = this.queue.add(orders);
		for (QueuedRun run : added.entries()) {
			if (run != added.toStart() && run.state() == QueuedRun.State.QUEUED) {
				logger.info("Run for " + run.order().origin() + ", " + run.order().year() + " queued as ticket "
						+ run.ticket());
			}
		}
		if (added.toStart() != null) {
			execute(added.toStart());
		}
		return added.entries();
	}

	private void execute(QueuedRun run) {
		try {
			this.worker.execute(() -> work(run));
		}
		catch (TaskRejectedException ex) {
			run.ended(new IllegalStateException("服务正在停止", ex));
			this.queue.finished(run, List.of());
		}
	}

	private void work(QueuedRun run) {
		RunOrder order = run.order();
		List<RunOrder> followUps = List.of();
		Throwable failure = null;
		this.signal.expect(run.started());
		try {
			YearResult result = order.isRestart() ? this.launcher.restart(order.restartOf(), order.origin())
					: this.launcher.run(order.input(), order.output(), order.year(), order.scope(), order.origin());
			logger.info("Run for " + order.origin() + ", " + order.year() + ": " + describe(result));
			followUps = result.followUp()
				.map((followUp) -> RunOrder.start(followUp.year(), order.input(), order.output(), "", followUp.reason()))
				.stream()
				.toList();
		}
		catch (Exception ex) {
			failure = ex;
			logger.error("Run for " + order.origin() + ", " + order.year() + " could not run: " + ex.getMessage(), ex);
		}
		finally {
			this.signal.clear();
			run.ended(failure);
			QueuedRun next = this.queue.finished(run, followUps);
			if (next != null) {
				execute(next);
			}
		}
	}

	private static String describe(YearResult year) {
		return String.format("run %d %s%s: %d submissions read, %d accepted, %d rejected%s", year.executionId(),
				year.status(), year.resumed() ? " (resumed)" : "", year.counts().read(), year.counts().accepted(),
				year.counts().rejected(), year.completed() ? "" : "; " + year.failure());
	}

	@Override
	public void destroy() {
		this.worker.shutdown();
	}

	/** A run whose turn came but which could not start; the cause says why. */
	static class RunNotStartedException extends IllegalStateException {

		private final transient QueuedRun run;

		RunNotStartedException(QueuedRun run, Throwable cause) {
			super(cause.getMessage(), cause);
			this.run = run;
		}

		QueuedRun run() {
			return this.run;
		}

	}

	private static InputFolder inputFolder(Path input) {
		try {
			return InputFolder.of(input);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("找不到输入文件夹 " + input, ex);
		}
	}

}
