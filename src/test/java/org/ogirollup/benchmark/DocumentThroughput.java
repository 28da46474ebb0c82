package org.ogirollup.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ogirollup.input.DocumentKind;
import org.ogirollup.input.ReportDocuments;
import org.ogirollup.submission.Scope;
import org.ogirollup.submission.document.ReportDocument;
import org.ogirollup.submission.report.PublishedReportReader;

/**
 * Reports a second, per kind of document: each file read over and over on one thread, first by
 * its reader alone (bytes to rows), then end to end (rows read into a submission by the shared
 * step), after a warm-up. Not a test: {@code mvn verify} never runs it; the CPU time beside the
 * wall time tells what a shared machine took from it.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.ogirollup.benchmark.DocumentThroughput [seconds per file] [file ...]
 * </pre>
 *
 * Without files it reads one real or demo report of each kind: the 平潭 2021 web page and its
 * page text, 洪泽 2024's PDF, and the demo's Word and Excel reports.
 */
public final class DocumentThroughput {

	private static final List<String> DEFAULT_FILES = List.of("src/test/resources/reports/published/pingtan-2021.html",
			"src/test/resources/reports/published/pingtan-2021-page.txt",
			"src/test/resources/reports/published/hongze-2024.pdf", "src/test/resources/reports/word/210203-2021.docx",
			"src/test/resources/reports/word/210203-2021.doc", "src/test/resources/reports/excel/210115-2021.xlsx",
			"src/test/resources/reports/excel/210115-2021.xls");

	private DocumentThroughput() {
	}

	public static void main(String[] args) throws Exception {
		double seconds = (args.length > 0) ? Double.parseDouble(args[0]) : 10;
		List<String> files = (args.length > 1) ? List.of(args).subList(1, args.length) : DEFAULT_FILES;
		Map<String, String> lines = new LinkedHashMap<>();
		for (String file : files) {
			byte[] bytes = Files.readAllBytes(Path.of(file));
			DocumentKind kind = DocumentKind.of(file, bytes);
			Rate rows = measure(seconds / 2, () -> ReportDocuments.read(kind, bytes));
			PublishedReportReader shared = new PublishedReportReader();
			Rate reports = measure(seconds / 2, () -> {
				ReportDocument document = ReportDocuments.read(kind, bytes);
				if (!shared.read(document, file, "u1", 2021, Scope.OWN).isReport()) {
					throw new IllegalStateException(file + " is not read as a report");
				}
			});
			lines.put(file, String.format("| %s | %s | %d KB | %.0f | %.1f | %.0f | %.1f |", kind.words(),
					Path.of(file).getFileName(), bytes.length / 1024, rows.perSecond(), rows.cpuMillis(), reports.perSecond(),
					reports.cpuMillis()));
		}
		System.out.println("| kind | file | size | rows/s (reader) | ms CPU | reports/s (end to end) | ms CPU |");
		System.out.println("|---|---|---:|---:|---:|---:|---:|");
		lines.values().forEach(System.out::println);
	}

	/** What one file measured: how many a second, and the CPU each took. */
	private record Rate(double perSecond, double cpuMillis) {
	}

	private interface Work {

		void run() throws Exception;

	}

	private static Rate measure(double seconds, Work work) throws Exception {
		// warm-up: the JIT compiles the readers' hot paths before the clock starts
		long warmUntil = System.nanoTime() + (long) (Math.min(seconds, 3) * 1e9);
		while (System.nanoTime() < warmUntil) {
			work.run();
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpu = threads.getCurrentThreadCpuTime();
		long started = System.nanoTime();
		long deadline = started + (long) (seconds * 1e9);
		long count = 0;
		while (System.nanoTime() < deadline) {
			work.run();
			count++;
		}
		double wall = (System.nanoTime() - started) / 1e9;
		return new Rate(count / wall, (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / count);
	}

}
