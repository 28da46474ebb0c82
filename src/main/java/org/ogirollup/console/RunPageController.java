package org.ogirollup.console;

import java.util.Optional;

import org.springframework.context.annotation.Profile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import org.ogirollup.job.AggregateParameters;
import org.ogirollup.operations.JobDefinitionCatalog;
import org.ogirollup.operations.RunHistory;
import org.ogirollup.operations.RunHistory.RunPage;
import org.ogirollup.operations.RunTrigger;
import org.ogirollup.operations.RunTrigger.Triggered;
import org.ogirollup.registry.Registry;
import org.ogirollup.store.FindingStore;

/**
 * The runs: every run with who started it, its scope, definition, status, time and counts; one
 * click to start one (of the console's definition; of any definition for an admin); and one run's
 * live view, which follows the run through its progress in JSON.
 */
@Controller
@Profile("serve")
class RunPageController {

	private static final int PAGE_SIZE = 30;

	private final Workspace workspace;

	private final RunHistory history;

	private final RunTrigger trigger;

	private final FindingStore findings;

	private final JobDefinitionCatalog definitions;

	RunPageController(Workspace consoleWorkspace, RunHistory history, RunTrigger trigger, FindingStore findings,
			JobDefinitionCatalog definitions) {
		this.definitions = definitions;
		this.workspace = consoleWorkspace;
		this.history = history;
		this.trigger = trigger;
		this.findings = findings;
	}

	@GetMapping("/runs")
	String runs(@RequestParam(name = "page", defaultValue = "0") int page,
			@RequestParam(name = "ticket", required = false) Long ticket, Model model) {
		if (ticket != null) {
			Optional<Triggered> queued = this.trigger.ticket(ticket);
			if (queued.isPresent() && queued.get().runId() != null) {
				return "redirect:/runs/" + queued.get().runId();
			}
			model.addAttribute("queued", queued.orElse(null));
		}
		Registry registry = this.workspace.registry();
		RunPage runs = this.history.list(Math.max(0, page), PAGE_SIZE);
		model.addAttribute("runs", runs.runs().stream().map((run) -> RunRow.of(run, registry)).toList());
		model.addAttribute("page", runs.page());
		model.addAttribute("pages", Math.max(1, (runs.total() + PAGE_SIZE - 1) / PAGE_SIZE));
		model.addAttribute("years", this.workspace.years());
		model.addAttribute("cities", registry.governments().stream().filter((unit) -> !unit.isRoot()).toList());
		model.addAttribute("definitions", this.definitions.definitions().keySet().stream().sorted().toList());
		return "console/runs";
	}

	/**
	 * Starts a run of the console's definition; another definition (its folders) only for an admin.
	 */
	@PostMapping("/runs")
	String start(@RequestParam("year") int year, @RequestParam(name = "scope", defaultValue = "") String scope,
			@RequestParam(name = "definition", defaultValue = "") String definition, Authentication user) {
		String name = definition.isBlank() ? this.workspace.definitionName() : definition.strip();
		if (!name.equals(this.workspace.definitionName()) && !ConsoleUser.of(user).admin()) {
			throw new AccessDeniedException("only an admin runs another job definition than " + this.workspace.definitionName());
		}
		if (name.equals(this.workspace.definitionName())) {
			YearController.requireYear(this.workspace, year);
		}
		Triggered run = this.trigger.start(name, year, scope.strip(),
				"用户 " + user.getName() + "（控制台，作业定义 " + name + "）");
		return (run.runId() != null) ? "redirect:/runs/" + run.runId() : "redirect:/runs?ticket=" + run.ticket();
	}

	@GetMapping("/runs/{id}")
	String run(@PathVariable long id, Model model) {
		Registry registry = this.workspace.registry();
		model.addAttribute("run", this.history.find(id)
			.map((run) -> RunRow.of(run, registry))
			.orElseThrow(() -> new ConsoleModel.NotFoundException("没有编号为 " + id + " 的运行")));
		model.addAttribute("progress", progress(id));
		return "console/run";
	}

	/** The run's progress, which its page asks for every second while it runs. */
	@GetMapping(value = "/runs/{id}/progress", produces = "application/json")
	@ResponseBody
	RunProgress progress(@PathVariable long id) {
		return this.history.execution(id)
			.map((execution) -> RunProgress.of(execution,
					this.findings.count(AggregateParameters.from(execution.getJobParameters()).year())))
			.orElseThrow(() -> new ConsoleModel.NotFoundException("没有编号为 " + id + " 的运行"));
	}

}
