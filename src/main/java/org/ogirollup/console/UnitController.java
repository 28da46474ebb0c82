package org.ogirollup.console;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A unit's page: its report in the official tables, its findings, files and charts. */
@Controller
@Profile("serve")
class UnitController {

	private final Workspace workspace;

	private final UnitPages pages;

	private final Corrections corrections;

	private final ConsoleJson json;

	UnitController(Workspace consoleWorkspace, UnitPages pages, Corrections corrections, ConsoleJson json) {
		this.workspace = consoleWorkspace;
		this.pages = pages;
		this.corrections = corrections;
		this.json = json;
	}

	@GetMapping("/years/{year}/units/{code}")
	String unit(@PathVariable int year, @PathVariable String code,
			@RequestParam(name = "show", defaultValue = "") String show,
			@RequestParam(name = "rank", defaultValue = "") String rank, Model model) {
		YearController.requireYear(this.workspace, year);
		UnitPages.UnitView view = this.pages.unit(year, code, show, rank)
			.orElseThrow(() -> new ConsoleModel.NotFoundException("单位名录中没有代码为 " + code + " 的单位"));
		model.addAttribute("view", view);
		model.addAttribute("chartJson", this.json.write(view.charts()));
		model.addAttribute("waiting", this.corrections.waitingFor(year, code));
		model.addAttribute("rankings", HeadlineItem.values());
		return "console/unit";
	}

}
