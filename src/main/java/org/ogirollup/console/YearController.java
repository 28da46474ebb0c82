package org.ogirollup.console;

import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The start page: the latest year at a glance, and any year by its address. */
@Controller
@Profile("serve")
class YearController {

	private final Workspace workspace;

	private final YearPages pages;

	YearController(Workspace consoleWorkspace, YearPages pages) {
		this.workspace = consoleWorkspace;
		this.pages = pages;
	}

	@GetMapping("/")
	String start() {
		List<Integer> years = this.workspace.years();
		if (years.isEmpty()) {
			throw new ConsoleModel.NotFoundException("输入文件夹 " + this.workspace.input() + " 中还没有年度文件夹");
		}
		return "redirect:/years/" + years.get(0);
	}

	@GetMapping("/years/{year}")
	String year(@PathVariable int year, Model model) {
		requireYear(this.workspace, year);
		model.addAttribute("view", this.pages.year(year));
		return "console/year";
	}

	static void requireYear(Workspace workspace, int year) {
		if (!workspace.years().contains(year)) {
			throw new ConsoleModel.NotFoundException("输入文件夹中没有 " + year + " 年度的文件夹");
		}
	}

}
