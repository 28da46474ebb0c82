package org.ogirollup.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.ogirollup.finding.Finding;
import org.ogirollup.finding.Severity;
import org.ogirollup.submission.csv.CsvSubmissionReader;
import org.ogirollup.text.TextDecoding;

/**
 * The submission files of a year folder, and the reader each of them needs: canonical CSV or
 * published report text.
 */
public final class SubmissionFiles {

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

	/**
	 * Reads one file. Never throws for bad content: a file that cannot be read becomes a finding.
	 * @param inputRoot the input folder, to name files relative to it
	 * @param file the file
	 * @param year the report year of its folder
	 */
	public static FileRead read(Path inputRoot, Path file, int year) {
		String source = inputRoot.relativize(file).toString().replace('\\', '/');
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			return unreadable(source, year, "无法读取文件：" + ex.getMessage());
		}
		String text = TextDecoding.decode(bytes).text();
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv")) {
			return CsvSubmissionReader.read(source, text, year);
		}
		return unreadable(source, year, "尚不能读取此类文件");
	}

	private static FileRead unreadable(String source, int year, String message) {
		return new FileRead(source, List.of(),
				List.of(new Finding(source, "", year, Findings.UNREADABLE_FILE, Severity.ERROR, List.of(), message)));
	}

}
