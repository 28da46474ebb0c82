package org.ogirollup.operations;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The service's queue of runs: turns by year, merges, and the year after a running one run again. */
class RunQueueTest {

	private static final Path INPUT = Path.of("/data/input");

	private static final Path OUTPUT = Path.of("/data/output");

	private final RunQueue queue = new RunQueue();

	@Test
	void theFirstRunOfAnIdleQueueStartsAtOnceAndTheOthersWaitInYearOrder() {
		RunQueue.Added added = this.queue.add(List.of(order(2021), order(2019), order(2020)));

		assertThat(added.toStart().order().year()).isEqualTo(2019);
		assertThat(added.entries()).extracting((run) -> run.order().year()).containsExactly(2019, 2020, 2021);
		assertThat(added.entries()).extracting(QueuedRun::state)
			.containsExactly(QueuedRun.State.STARTING, QueuedRun.State.QUEUED, QueuedRun.State.QUEUED);
		// until its job has an id, the run whose turn has come is listed with those waiting
		assertThat(this.queue.waiting()).extracting((run) -> run.order().year()).containsExactly(2019, 2020, 2021);
		started(added.toStart());
		assertThat(this.queue.waiting()).extracting((run) -> run.order().year()).containsExactly(2020, 2021);
		assertThat(added.toStart().state()).isEqualTo(QueuedRun.State.STARTED);
	}

	@Test
	void aYearAskedForLaterStillRunsBeforeTheLaterYearsWaiting() {
		QueuedRun running = this.queue.add(List.of(order(2023))).toStart();
		this.queue.add(List.of(order(2022)));
		this.queue.add(List.of(order(2020)));

		assertThat(this.queue.finished(running, List.of()).order().year()).isEqualTo(2020);
	}

	@Test
	void theSameWorkWaitingTwiceIsOneRunAndTheWholeYearWhenTheScopesDiffer() {
		QueuedRun running = started(this.queue.add(List.of(order(2019))).toStart());
		QueuedRun first = this.queue.add(List.of(scoped(2021, "210100"))).entries().get(0);
		QueuedRun again = this.queue.add(List.of(scoped(2021, "210100"))).entries().get(0);
		QueuedRun other = this.queue.add(List.of(scoped(2021, "210200"))).entries().get(0);
		QueuedRun elsewhere = this.queue
			.add(List.of(RunOrder.start(2021, INPUT, Path.of("/data/other"), "", "test")))
			.entries()
			.get(0);

		assertThat(again).isSameAs(first);
		assertThat(other).isSameAs(first);
		assertThat(first.order().scope()).isEmpty();
		assertThat(elsewhere).isNotSameAs(first);
		assertThat(this.queue.waiting()).containsExactly(first, elsewhere);
		assertThat(this.queue.finished(running, List.of())).isSameAs(first);
	}

	@Test
	void aRunAskedForWhileItIsRunningRunsAgainAfterIt() {
		QueuedRun running = this.queue.add(List.of(order(2021))).toStart();

		QueuedRun again = this.queue.add(List.of(order(2021))).entries().get(0);

		assertThat(again).isNotSameAs(running);
		assertThat(this.queue.finished(running, List.of())).isSameAs(again);
	}

	@Test
	void aYearAskedForWhileTheNextYearRunsMakesTheNextYearRunAgainAfterIt() {
		QueuedRun running = started(this.queue.add(List.of(order(2021))).toStart());

		this.queue.add(List.of(order(2020)));

		assertThat(this.queue.waiting()).extracting((run) -> run.order().year()).containsExactly(2020, 2021);
		assertThat(this.queue.waiting().get(1).order().origin()).isEqualTo("2020 的运行请求在 2021 运行时到达，2021 随后重新运行");
		QueuedRun next = this.queue.finished(running, List.of());
		assertThat(next.order().year()).isEqualTo(2020);
		assertThat(this.queue.finished(next, List.of()).order().year()).isEqualTo(2021);
		assertThat(this.queue.idle()).isFalse();
	}

	@Test
	void aFollowUpJoinsTheQueueInItsTurnAndMergesWithTheSameYearWaiting() {
		QueuedRun running = started(this.queue.add(List.of(order(2020))).toStart());
		QueuedRun waiting = this.queue.add(List.of(order(2021))).entries().get(0);
		this.queue.add(List.of(order(2023)));

		QueuedRun next = this.queue.finished(running,
				List.of(RunOrder.start(2021, INPUT, OUTPUT, "", "2020 的运行 1 改变了数据，2021 随后重新运行")));

		assertThat(next).isSameAs(waiting);
		started(next);
		assertThat(this.queue.waiting()).extracting((run) -> run.order().year()).containsExactly(2023);
		assertThat(this.queue.finished(this.queue.finished(next, List.of()), List.of())).isNull();
		assertThat(this.queue.idle()).isTrue();
		assertThat(this.queue.ticket(waiting.ticket())).contains(waiting);
	}

	/** What the job's start does to the run whose turn it is (see RunStartSignal). */
	private static QueuedRun started(QueuedRun run) {
		run.started().complete(run.ticket() * 100);
		return run;
	}

	private static RunOrder order(int year) {
		return RunOrder.start(year, INPUT, OUTPUT, "", "test");
	}

	private static RunOrder scoped(int year, String scope) {
		return RunOrder.start(year, INPUT, OUTPUT, scope, "test");
	}

}
