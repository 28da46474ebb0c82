package org.ogirollup.operations;

import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.ogirollup.job.AggregateParameters;
import org.ogirollup.job.YearInUseException;
import org.ogirollup.operations.RunHistory.RunPage;
import org.ogirollup.store.FindingStore;
import org.ogirollup.store.FindingStore.RuleCount;

/**
 * The analysts' HTTP API: queue re-aggregations, list runs (queued ones first), one run, its
 * findings summary, and restart a failed run. Every answer is JSON; errors come as
 * {@code {"error": "..."}} (see {@link ApiErrors}).
 */
@RestController
@Profile(ServeConfiguration.PROFILE)
@RequestMapping("/api/runs")
class RunController {

	/** The definition whose folders a run started over HTTP uses unless another is named. */
	static final String DEFAULT_DEFINITION = "reaggregate";

	static final int DEFAULT_PAGE_SIZE = 50;

	static final int MAX_PAGE_SIZE = 200;

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

	/**
	 * A run as a request sees it: started (with its run id), or waiting in the queue (id null,
	 * with the ticket to follow), or refused when its turn came.
	 */
	record QueuedAnswer(Long id, int year, String status, long ticket, URI location,
			@JsonInclude(JsonInclude.Include.NON_NULL) String error) {

		static QueuedAnswer of(QueuedRun run) {
			OptionalLong id = run.executionId();
			if (id.isPresent()) {
				return new QueuedAnswer(id.getAsLong(), run.order().year(), "STARTED", run.ticket(),
						URI.create("/api/runs/" + id.getAsLong()), null);
			}
			String status = (run.state() == QueuedRun.State.QUEUED) ? "QUEUED" : run.state().name();
			return new QueuedAnswer(null, run.order().year(), status, run.ticket(),
					URI.create("/api/queue/" + run.ticket()), run.problem());
		}

	}

	record Started(List<QueuedAnswer> runs, List<String> notes) {
	}

	record RuleSummary(String ruleId, String severity, long count) {
	}

	record FindingsSummary(long runId, int year, List<RuleSummary> findings) {
	}

	@PostMapping
	ResponseEntity<Started> start(@RequestBody(required = false) JsonNode body, Principal user) {
		RunRequest request = RunRequest.of(body);
		String name = (request.definition() != null) ? request.definition() : DEFAULT_DEFINITION;
		JobDefinition definition = this.definitions.get(name);
		if (definition == null) {
			throw new IllegalArgumentException("没有名为 " + Quote.of(name) + " 的作业定义；现有："
					+ String.join("、", this.definitions.keySet().stream().sorted().toList()));
		}
		List<Integer> years;
		if (request.year() != null) {
			years = List.of(request.year());
		}
		else if (!definition.years().givenAtTriggerTime()) {
			years = definition.years().resolve(definition.input());
		}
		else {
			throw new IllegalArgumentException("须给出 year：作业定义 " + Quote.of(name) + " 没有指定年度");
		}
		if (years.isEmpty()) {
			throw new IllegalArgumentException("作业定义 " + Quote.of(name) + " 的输入文件夹中没有年度文件夹");
		}
		String scope = (request.scope() != null) ? request.scope() : definition.scope().orElse("");
		List<String> notes = new ArrayList<>();
		if (!scope.isEmpty()) {
			notes.add("范围 " + scope + "：只重读其下属单位中有变动的文件，所有合计重新计算");
		}
		String origin = "用户 " + user.getName() + "（作业定义 " + name + "）";
		List<QueuedRun> queued = this.runs.enqueue(years, definition.input(), definition.output(), scope, origin);
		return answer(queued, notes);
	}

	@GetMapping
	RunPage list(@RequestParam(name = "page", defaultValue = "0") String page,
			@RequestParam(name = "size", defaultValue = "" + DEFAULT_PAGE_SIZE) String size) {
		return this.history.list(number("page", page, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE),
				number("size", size, 1, MAX_PAGE_SIZE));
	}

	@GetMapping("/{id}")
	ResponseEntity<RunView> one(@PathVariable long id) {
		return this.history.find(id).map(ResponseEntity::ok).orElseThrow(() -> new NoSuchRunException(id));
	}

	@GetMapping("/{id}/findings")
	FindingsSummary findings(@PathVariable long id) {
		JobExecution execution = this.history.execution(id).orElseThrow(() -> new NoSuchRunException(id));
		int year = AggregateParameters.from(execution.getJobParameters()).year();
		List<RuleSummary> counts = new ArrayList<>();
		for (RuleCount count : this.findings.mostFrequent(year, Integer.MAX_VALUE)) {
			counts.add(new RuleSummary(count.ruleId(), count.severity().label(), count.count()));
		}
		return new FindingsSummary(id, year, counts);
	}

	@PostMapping("/{id}/restart")
	ResponseEntity<Started> restart(@PathVariable long id, Principal user) {
		JobExecution execution = this.history.execution(id).orElseThrow(() -> new NoSuchRunException(id));
		BatchStatus status = execution.getStatus();
		if (status != BatchStatus.FAILED && status != BatchStatus.STOPPED) {
			throw new ConflictException("运行 " + id + " 的状态是 " + status + "；只有 FAILED 或 STOPPED 的运行可以重启");
		}
		QueuedRun queued = this.runs.enqueueRestart(execution, "用户 " + user.getName() + "（重启运行 " + id + "）");
		return answer(List.of(queued), List.of());
	}

	/**
	 * Answers at once: with the run id of a run that started right away, as soon as its job has
	 * one, and with the ticket of each run that waits. A request whose every run was refused
	 * when its turn came is answered with the reason instead.
	 */
	private ResponseEntity<Started> answer(List<QueuedRun> queued, List<String> notes) {
		RuntimeException refused = null;
		boolean anyAccepted = false;
		for (QueuedRun run : queued) {
			if (run.state() == QueuedRun.State.QUEUED) {
				anyAccepted = true;
				continue;
			}
			try {
				this.runs.awaitStart(run);
				anyAccepted = true;
			}
			catch (Runs.RunNotStartedException ex) {
				refused = (refused != null) ? refused : notStarted(ex);
			}
		}
		if (!anyAccepted && refused != null) {
			throw refused;
		}
		List<QueuedAnswer> answers = queued.stream().map(QueuedAnswer::of).toList();
		return ResponseEntity.accepted().location(answers.get(0).location()).body(new Started(answers, notes));
	}

	private static RuntimeException notStarted(Runs.RunNotStartedException ex) {
		int year = ex.run().order().year();
		if (ex.getCause() instanceof YearInUseException inUse) {
			return new ConflictException(inUse.readByNextYear()
					? "另一个进程正在汇总 " + (year + 1) + " 年度，它读取 " + year + " 年度的数据；请在它完成后再运行 " + year + " 年度"
					: "另一个进程正在汇总 " + year + " 年度；请在它完成后再运行");
		}
		return new IllegalStateException(year + " 年度的运行未能开始：" + Quote.of(String.valueOf(ex.getMessage())), ex);
	}

	private static int number(String name, String value, int min, int max) {
		if (value.matches("\\d{1,9}")) {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		throw new IllegalArgumentException(name + " 须为 " + min + " 到 " + max + " 之间的整数，不是 " + Quote.of(value));
	}

	/** A run id that is no run of the aggregate job. */
	static class NoSuchRunException extends RuntimeException {

		NoSuchRunException(long id) {
			super("没有编号为 " + id + " 的运行");
		}

	}

	/** A request that the state of the runs does not allow (a restart of a run that did not fail, say). */
	static class ConflictException extends RuntimeException {

		ConflictException(String message) {
			super(message);
		}

	}

}
