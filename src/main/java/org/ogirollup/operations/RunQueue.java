package org.ogirollup.operations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The service's one queue of runs, run one at a time: whatever asks for runs (a request, the
 * schedule, the resumption of interrupted runs, a follow-up) gets them in year order, so that
 * each year's comparison reads a finished year before it whatever the timing. A province's
 * ingest already takes both cores of the machine: two years side by side bought nothing but
 * wrong comparisons.
 * <ul>
 * <li>Waiting runs are ordered by year, then by arrival.</li>
 * <li>A run asked for while the same work is waiting merges with it (the whole year when their
 * scopes differ).</li>
 * <li>A run of year Y asked for while Y+1 runs for the same folders makes Y+1 run again after
 * Y: the running Y+1 compares with the Y that is about to change.</li>
 * </ul>
 * Pure bookkeeping, no threads: {@link Runs} runs what it hands out.
 */
final class RunQueue {

	/** How many runs that have left the queue stay known by their ticket. */
	private static final int KEPT = 1000;

	private static final Comparator<QueuedRun> IN_TURN = Comparator.comparingInt((QueuedRun run) -> run.order().year())
		.thenComparingLong(QueuedRun::ticket);

	private final TreeSet<QueuedRun> waiting = new TreeSet<>(IN_TURN);

	private final Map<Long, QueuedRun> tickets = new LinkedHashMap<>();

	private QueuedRun current;

	private long lastTicket;

	/** What adding orders came to: an entry for each order, and the run to start now, if the queue was idle. */
	record Added(List<QueuedRun> entries, QueuedRun toStart) {
	}

	/** Adds orders in year order; each gets an entry of its own or of the waiting run it merged with. */
	synchronized Added add(List<RunOrder> orders) {
		List<RunOrder> inTurn = orders.stream().sorted(Comparator.comparingInt(RunOrder::year)).toList();
		List<QueuedRun> entries = new ArrayList<>();
		for (RunOrder order : inTurn) {
			entries.add(place(order));
		}
		return new Added(entries, next());
	}

	/**
	 * The run that has ended leaves the queue, its follow-ups join it.
	 * @return the run to start next, if any
	 */
	synchronized QueuedRun finished(QueuedRun run, List<RunOrder> followUps) {
		if (this.current == run) {
			this.current = null;
		}
		followUps.forEach(this::place);
		forgetOld();
		return next();
	}

	synchronized Optional<QueuedRun> ticket(long ticket) {
		return Optional.ofNullable(this.tickets.get(ticket));
	}

	/** The runs without a job execution yet, in turn: the one about to start, then the waiting ones. */
	synchronized List<QueuedRun> waiting() {
		List<QueuedRun> runs = new ArrayList<>();
		if (this.current != null && this.current.executionId().isEmpty()) {
			runs.add(this.current);
		}
		runs.addAll(this.waiting);
		return runs;
	}

	/** Whether nothing runs and nothing waits. */
	synchronized boolean idle() {
		return this.current == null && this.waiting.isEmpty();
	}

	private QueuedRun place(RunOrder order) {
		QueuedRun entry = merge(order);
		if (this.current != null && this.current.order().year() == order.year() + 1
				&& this.current.order().input().equals(order.input())
				&& this.current.order().output().equals(order.output())) {
			RunOrder running = this.current.order();
			merge(RunOrder.start(running.year(), running.input(), running.output(), running.scope(),
					String.format("%d 的运行请求在 %d 运行时到达，%d 随后重新运行", order.year(), running.year(), running.year())));
		}
		return entry;
	}

	private QueuedRun merge(RunOrder order) {
		for (QueuedRun run : this.waiting) {
			if (run.order().sameWorkAs(order)) {
				// the scope takes no part in the turn, so the entry keeps its place when the merge widens it
				run.merge(order);
				return run;
			}
		}
		QueuedRun run = new QueuedRun(++this.lastTicket, order);
		this.waiting.add(run);
		this.tickets.put(run.ticket(), run);
		return run;
	}

	/** Makes the first waiting run the current one when none is; from then on no later arrival takes its turn. */
	private QueuedRun next() {
		if (this.current != null || this.waiting.isEmpty()) {
			return null;
		}
		this.current = this.waiting.pollFirst();
		this.current.taken();
		return this.current;
	}

	private void forgetOld() {
		Iterator<QueuedRun> oldest = this.tickets.values().iterator();
		int excess = this.tickets.size() - KEPT;
		while (excess > 0 && oldest.hasNext()) {
			QueuedRun run = oldest.next();
			if (run != this.current && !this.waiting.contains(run)) {
				oldest.remove();
				excess--;
			}
		}
	}

}
