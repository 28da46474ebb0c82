package org.ogirollup.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.springframework.context.annotation.Profile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import org.ogirollup.registry.Unit;

/**
 * Every output of a year, and the official tables of any government, for download: only files
 * inside the year's output folder, named {@code <year>-<name>} when saved, CSV with a byte
 * order mark.
 */
@Controller
@Profile("serve")
class DownloadController {

	private final Workspace workspace;

	DownloadController(Workspace consoleWorkspace) {
		this.workspace = consoleWorkspace;
	}

	@GetMapping("/years/{year}/files")
	String files(@PathVariable int year, Model model) {
		YearController.requireYear(this.workspace, year);
		model.addAttribute("year", year);
		model.addAttribute("years", this.workspace.years());
		model.addAttribute("files", OutputFiles.list(this.workspace.yearOutput(year)));
		model.addAttribute("governments", this.workspace.registry().governments());
		return "console/files";
	}

	@GetMapping("/years/{year}/download")
	ResponseEntity<StreamingResponseBody> download(@PathVariable int year, @RequestParam("file") String name)
			throws IOException {
		Path file = OutputFiles.resolve(this.workspace.yearOutput(year), name)
			.orElseThrow(() -> new ConsoleModel.NotFoundException(year + " 年度的输出中没有文件 " + name));
		return serve(file, year + "-" + name.replace('/', '-'));
	}

	/** The form of the files page, which names the government in a parameter. */
	@GetMapping("/years/{year}/tables")
	String tablesOf(@PathVariable int year, @RequestParam("code") String code) {
		Unit unit = this.workspace.registry()
			.unit(code)
			.orElseThrow(() -> new ConsoleModel.NotFoundException("单位名录中没有代码为 " + code + " 的单位"));
		return "redirect:/years/" + year + "/tables/" + unit.code();
	}

	@GetMapping("/years/{year}/tables/{code}")
	ResponseEntity<StreamingResponseBody> tables(@PathVariable int year, @PathVariable String code) throws IOException {
		Unit unit = this.workspace.registry()
			.unit(code)
			.orElseThrow(() -> new ConsoleModel.NotFoundException("单位名录中没有代码为 " + code + " 的单位"));
		Path file = OutputFiles.resolve(this.workspace.yearOutput(year), "tables/" + unit.code() + ".csv")
			.orElseThrow(() -> new ConsoleModel.NotFoundException(year + " 年度还没有 " + unit.name() + " 的统计表（汇总后才有）"));
		return serve(file, year + "-" + unit.code() + "-" + unit.name() + "-统计表.csv");
	}

	private static ResponseEntity<StreamingResponseBody> serve(Path file, String savedAs) throws IOException {
		MediaType type = OutputFiles.isCsv(file) ? new MediaType("text", "csv", StandardCharsets.UTF_8)
				: MediaType.APPLICATION_OCTET_STREAM;
		return ResponseEntity.ok()
			.contentType(type)
			.contentLength(OutputFiles.servedLength(file))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(savedAs, StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body((out) -> OutputFiles.copy(file, out));
	}

}
