package org.ogirollup.console;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.ogirollup.input.DocumentKind;
import org.ogirollup.registry.Unit;

/**
 * Taking in a corrected file: the upload form, the dry run of what it would change, and its
 * commit (the file into the year folder, the re-aggregation of the unit's city queued) or discard.
 */
@Controller
@Profile("serve")
class CorrectionController {

	private final Workspace workspace;

	private final Corrections corrections;

	private final ConsoleProperties properties;

	CorrectionController(Workspace consoleWorkspace, Corrections corrections, ConsoleProperties properties) {
		this.workspace = consoleWorkspace;
		this.corrections = corrections;
		this.properties = properties;
	}

	@GetMapping("/years/{year}/units/{code}/correction")
	String form(@PathVariable int year, @PathVariable String code, Model model) {
		YearController.requireYear(this.workspace, year);
		Unit unit = this.workspace.registry()
			.unit(code)
			.orElseThrow(() -> new ConsoleModel.NotFoundException("单位名录中没有代码为 " + code + " 的单位"));
		model.addAttribute("unit", unit);
		model.addAttribute("year", year);
		model.addAttribute("kinds", DocumentKind.ACCEPTED);
		model.addAttribute("limit", this.properties.uploadLimit().toMegabytes() + " MB");
		return "console/correction";
	}

	@PostMapping("/years/{year}/units/{code}/correction")
	String upload(@PathVariable int year, @PathVariable String code, @RequestParam("file") MultipartFile file,
			Principal user) throws IOException {
		try (InputStream content = file.getInputStream()) {
			Corrections.Correction correction = this.corrections.take(year, code, file.getOriginalFilename(),
					file.getSize(), content, user.getName());
			return "redirect:/corrections/" + correction.id();
		}
	}

	@GetMapping("/corrections/{id}")
	String dryRun(@PathVariable String id, Model model) {
		Corrections.Correction correction = this.corrections.find(id)
			.orElseThrow(() -> new Corrections.NoSuchCorrectionException(id));
		model.addAttribute("correction", correction);
		model.addAttribute("unit", this.workspace.registry().unit(correction.unitCode()).orElse(null));
		model.addAttribute("result", correction.result());
		model.addAttribute("scope", Corrections.cityOf(this.workspace.registry(), correction.unitCode()));
		return "console/dry-run";
	}

	@PostMapping("/corrections/{id}/commit")
	String commit(@PathVariable String id, Principal user) throws IOException {
		Corrections.Committed committed = this.corrections.commit(id, user.getName());
		if (committed.run().runId() != null) {
			return "redirect:/runs/" + committed.run().runId();
		}
		return "redirect:/runs?ticket=" + committed.run().ticket();
	}

	@PostMapping("/corrections/{id}/discard")
	String discard(@PathVariable String id) {
		Corrections.Correction correction = this.corrections.find(id)
			.orElseThrow(() -> new Corrections.NoSuchCorrectionException(id));
		this.corrections.discard(id);
		return "redirect:/years/" + correction.year() + "/units/" + correction.unitCode() + "?discarded";
	}

}
