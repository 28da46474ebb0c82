package org.ogirollup.operations;

import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * One run of the service's queue, known by its ticket from when it is queued: waiting its turn,
 * then started (it has a job execution id), or not started at all (the launcher refused it).
 * Its order is replaced when another request merges into it, under the queue's lock.
 */
final class QueuedRun {

	/** Where a run of the queue is. */
	enum State {

		/** Waiting for its turn. */
		QUEUED,
		/** Its turn has come; the job has no execution id yet. */
		STARTING,
		/** The job runs or has run: see the run of its execution id. */
		STARTED,
		/** It could not start (another process runs the year, say); {@link #problem()} says why. */
		NOT_STARTED

	}

	private final long ticket;

	private volatile RunOrder order;

	private final CompletableFuture<Long> started = new CompletableFuture<>();

	private volatile State state = State.QUEUED;

	private volatile String problem;

	QueuedRun(long ticket, RunOrder order) {
		this.ticket = ticket;
		this.order = order;
	}

	long ticket() {
		return this.ticket;
	}

	RunOrder order() {
		return this.order;
	}

	void merge(RunOrder other) {
		this.order = this.order.mergedWith(other);
	}

	State state() {
		return this.state;
	}

	String problem() {
		return this.problem;
	}

	/** Completed with the job execution id when the job starts (see {@link RunStartSignal}). */
	CompletableFuture<Long> started() {
		return this.started;
	}

	OptionalLong executionId() {
		Long id = this.started.getNow(null);
		return (id != null) ? OptionalLong.of(id) : OptionalLong.empty();
	}

	void taken() {
		this.state = State.STARTING;
		this.started.thenRun(() -> this.state = State.STARTED);
	}

	/** The run ended, or never started: a run without an execution id by now did not start. */
	void ended(Throwable failure) {
		if (executionId().isEmpty()) {
			this.problem = (failure != null && failure.getMessage() != null) ? failure.getMessage()
					: "运行未能开始";
			this.state = State.NOT_STARTED;
			this.started.completeExceptionally(
					(failure != null) ? failure : new IllegalStateException("the job ended before it started"));
		}
	}

}
