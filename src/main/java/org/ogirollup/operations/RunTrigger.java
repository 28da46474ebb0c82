package org.ogirollup.operations;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How the console starts runs: through the service's one {@link Runs} queue, with a job
 * definition's folders, checked as the API checks them, so a run started from a page is the same
 * as one started over HTTP.
 */
public class RunTrigger {

	/**
	 * A run as the queue took it: started (with its run id), waiting (its ticket, id null), or
	 * refused when its turn came (status {@code NOT_STARTED}, with the reason).
	 */
	public record Triggered(int year, Long runId, long ticket, String status, String problem) {

		static Triggered of(QueuedRun run) {
			OptionalLong id = run.executionId();
			if (id.isPresent()) {
				return new Triggered(run.order().year(), id.getAsLong(), run.ticket(), "STARTED", null);
			}
			String status = (run.state() == QueuedRun.State.QUEUED) ? "QUEUED" : run.state().name();
			return new Triggered(run.order().year(), null, run.ticket(), status, run.problem());
		}

	}

	private final Runs runs;

	private final JobDefinitionCatalog definitions;

	RunTrigger(Runs runs, JobDefinitionCatalog definitions) {
		this.runs = runs;
		this.definitions = definitions;
	}

	/**
	 * Queues a run of one year with a definition's folders and waits, briefly, for it to start
	 * if its turn has come.
	 * @param scope a government's code whose subtree's changed files alone are read again, or empty
	 * @param origin who started it, kept with the run
	 * @throws IllegalArgumentException for an unknown definition, a year without a folder, a scope
	 * that is no government of the registry: nothing is queued then
	 */
	public Triggered start(String definition, int year, String scope, String origin) {
		JobDefinition chosen = definition(definition);
		QueuedRun run = this.runs.enqueue(List.of(year), chosen.input(), chosen.output(), (scope != null) ? scope : "",
				origin).get(0);
		if (run.state() != QueuedRun.State.QUEUED) {
			try {
				this.runs.awaitStart(run);
			}
			catch (Runs.RunNotStartedException ex) {
				// shown as NOT_STARTED with its reason
			}
		}
		return Triggered.of(run);
	}

	/** A run of the queue by its ticket, as it stands now. */
	public Optional<Triggered> ticket(long ticket) {
		return this.runs.ticket(ticket).map(Triggered::of);
	}

	/** Whether no run is under way and none waits. */
	public boolean idle() {
		return this.runs.idle();
	}

	/**
	 * A definition by name.
	 * @throws IllegalArgumentException when there is none of that name
	 */
	public JobDefinition definition(String name) {
		JobDefinition definition = this.definitions.definitions().get(name);
		if (definition == null) {
			throw new IllegalArgumentException("没有名为 " + Quote.of(name) + " 的作业定义；现有："
					+ String.join("、", this.definitions.definitions().keySet().stream().sorted().toList()));
		}
		return definition;
	}

}
