package org.ogirollup.operations;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.ogirollup.store.FindingStore;
import org.ogirollup.store.FindingStore.RuleCount;

/**
 * The analysts' HTTP API: start a re-aggregation, list runs, one run, its findings summary, and
 * restart a failed run. Every answer is JSON; errors come as {@code {"error": "..."}}.
 */
@RestController
@Profile(ServeConfiguration.PROFILE)
@RequestMapping("/api/runs")
class RunController {

	/** The definition whose folders a run started over HTTP uses unless another is named. */
	static final String DEFAULT_DEFINITION = "reaggregate";

	private final Runs runs;

	private final RunHistory history;

	private final FindingStore findings;

	private final Map<String, JobDefinition> definitions;

	RunController(Runs runs, RunHistory history, FindingStore findings, JobDefinitionCatalog definitions) {
		this.runs = runs;
		this.history = history;
		this.findings = findings;
		this.definitions = definitions.definitions();
	}

	/** The body of {@code POST /api/runs}: a year (or the definition's years), scope, definition. */
	record RunRequest(Integer year, String scope, String definition) {
	}

	record StartedRun(long id, int year, URI location) {
	}

	record Started(List<StartedRun> runs, List<String> notes) {
	}

	record RuleSummary(String ruleId, String severity, long count) {
	}

	record FindingsSummary(long runId, int year, List<RuleSummary> findings) {
	}

	record Problem(String error) {
	}

	@PostMapping
	ResponseEntity<Started> start(@RequestBody(required = false) RunRequest request) {
		RunRequest body = (request != null) ? request : new RunRequest(null, null, null);
		String name = (body.definition() != null) ? body.definition() : DEFAULT_DEFINITION;
		JobDefinition definition = this.definitions.get(name);
		if (definition == null) {
			throw new IllegalArgumentException("no job definition '" + name + "'; known: " + this.definitions.keySet());
		}
		List<Integer> years;
		if (body.year() != null) {
			years = List.of(body.year());
		}
		else if (!definition.years().givenAtTriggerTime()) {
			years = definition.years().resolve(definition.input());
		}
		else {
			throw new IllegalArgumentException("'year' is required: the definition '" + name
					+ "' does not name its years");
		}
		List<String> notes = new ArrayList<>();
		String scope = (body.scope() != null) ? body.scope() : definition.scope().orElse("");
		if (!scope.isEmpty()) {
			if (!scope.matches("\\d{6}")) {
				throw new IllegalArgumentException("'scope' must be a city or county code such as 210900, not '" + scope
						+ "'");
			}
			notes.add("scope " + scope + ": only the changed files of its subtree are read again; every total is"
					+ " computed anew");
		}
		List<StartedRun> started = new ArrayList<>();
		for (int year : years) {
			long id = this.runs.start(year, definition.input(), definition.output(), scope, "definition " + name);
			started.add(new StartedRun(id, year, URI.create("/api/runs/" + id)));
		}
		return ResponseEntity.accepted().location(started.get(0).location()).body(new Started(started, notes));
	}

	@GetMapping
	List<RunView> list() {
		return this.history.list();
	}

	@GetMapping("/{id}")
	ResponseEntity<RunView> one(@PathVariable long id) {
		return ResponseEntity.of(this.history.find(id));
	}

	@GetMapping("/{id}/findings")
	ResponseEntity<FindingsSummary> findings(@PathVariable long id) {
		return ResponseEntity.of(this.history.execution(id).map((execution) -> {
			int year = execution.getJobParameters().getLong("year").intValue();
			List<RuleSummary> counts = new ArrayList<>();
			for (RuleCount count : this.findings.mostFrequent(year, Integer.MAX_VALUE)) {
				counts.add(new RuleSummary(count.ruleId(), count.severity().label(), count.count()));
			}
			return new FindingsSummary(id, year, counts);
		}));
	}

	@PostMapping("/{id}/restart")
	ResponseEntity<Started> restart(@PathVariable long id) {
		JobExecution execution = this.history.execution(id).orElse(null);
		if (execution == null) {
			return ResponseEntity.notFound().build();
		}
		BatchStatus status = execution.getStatus();
		if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
			throw new NotRestartableException("run " + id + " is " + status + "; only a FAILED or STOPPED run restarts");
		}
		int year = execution.getJobParameters().getLong("year").intValue();
		long restarted = this.runs.restart(execution, "restart of run " + id);
		StartedRun run = new StartedRun(restarted, year, URI.create("/api/runs/" + restarted));
		return ResponseEntity.accepted().location(run.location()).body(new Started(List.of(run), List.of()));
	}

	@ExceptionHandler(YearBusyException.class)
	ResponseEntity<Problem> busy(YearBusyException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(new Problem(ex.getMessage()));
	}

	@ExceptionHandler(NotRestartableException.class)
	ResponseEntity<Problem> notRestartable(NotRestartableException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(new Problem(ex.getMessage()));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Problem> badRequest(IllegalArgumentException ex) {
		return ResponseEntity.badRequest().body(new Problem(ex.getMessage()));
	}

	@ExceptionHandler(IllegalStateException.class)
	ResponseEntity<Problem> unavailable(IllegalStateException ex) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(new Problem(ex.getMessage()));
	}

	/** A restart of a run that did not fail. */
	static class NotRestartableException extends RuntimeException {

		NotRestartableException(String message) {
			super(message);
		}

	}

}
