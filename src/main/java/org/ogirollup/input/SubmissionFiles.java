package org.ogirollup.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.ogirollup.finding.RuleIds;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.Severity;
import org.ogirollup.submission.csv.CsvSubmissionReader;
import org.ogirollup.submission.report.PublishedReportReader;
import org.ogirollup.text.TextDecoding;

/**
 * The submission files of a year folder, and the reader each of them needs: canonical CSV or
 * published report text.
 */
public final class SubmissionFiles {

	private static final PublishedReportReader READER = new PublishedReportReader();

	private SubmissionFiles() {
	}

	/** The files of {@code input/<year>/} the pipeline reads, in a stable order. */
	public static List<Path> list(Path yearFolder) throws IOException {
		try (Stream<Path> files = Files.list(yearFolder)) {
			return files.filter(Files::isRegularFile).filter(SubmissionFiles::isSubmission).sorted().toList();
		}
	}

	private static boolean isSubmission(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".csv") || name.endsWith(".txt");
	}

	/** A file that could not be read at all, as a finding, so the run goes on without it. */
	public static FileRead unreadable(Path inputRoot, Path file, int year, IOException failure) {
		return unreadable(source(inputRoot, file), year, "无法读取文件：" + failure.getMessage());
	}

	/**
	 * Reads one file whose bytes the caller has already read.
	 * @param isRegistered tells the registry's unit codes, to find the unit in a report's file name
	 */
	public static FileRead read(Path inputRoot, Path file, byte[] bytes, int year, Predicate<String> isRegistered) {
		String source = source(inputRoot, file);
		String text = TextDecoding.decode(bytes).text();
		String name = file.getFileName().toString();
		if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
			return CsvSubmissionReader.read(source, text, year);
		}
		ReportFileName report = ReportFileName.parse(name, isRegistered);
		return READER.read(source, text, report.unitCode(), year, report.scope())
			.map((read) -> new FileRead(source, List.of(read), List.of()))
			.orElseGet(() -> new FileRead(source, List.of(), List.of(new Finding(source, report.unitCode(), year,
					RuleIds.NOT_A_REPORT, Severity.ERROR, List.of(),
					"不是政府信息公开工作年度报告：找不到“收到和处理政府信息公开申请情况”统计表"))));
	}

	/** How findings name a file: relative to the input folder, with forward slashes. */
	public static String source(Path inputRoot, Path file) {
		return inputRoot.relativize(file).toString().replace('\\', '/');
	}

	private static FileRead unreadable(String source, int year, String message) {
		return new FileRead(source, List.of(),
				List.of(new Finding(source, "", year, RuleIds.UNREADABLE_FILE, Severity.ERROR, List.of(), message)));
	}

}
