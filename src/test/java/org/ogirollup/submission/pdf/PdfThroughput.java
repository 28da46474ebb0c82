package org.ogirollup.submission.pdf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ogirollup.submission.document.ReportDocument;

/**
 * How many reports a second the PDF reader reads: one reader shared by the given number of
 * threads, each reading the same file over and over after a warm-up. It is not a test and
 * {@code mvn verify} never runs it; the CPU time is given beside the wall time because the
 * machines it runs on are often shared.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.ogirollup.submission.pdf.PdfThroughput [file.pdf] [threads] [seconds]
 * </pre>
 */
public final class PdfThroughput {

	private PdfThroughput() {
	}

	public static void main(String[] args) throws Exception {
		byte[] bytes = (args.length > 0) ? Files.readAllBytes(Path.of(args[0])) : PdfFixtures.bytes(PdfFixtures.HONGZE);
		int threads = (args.length > 1) ? Integer.parseInt(args[1]) : 1;
		double seconds = (args.length > 2) ? Double.parseDouble(args[2]) : 20;
		PdfDocumentReader reader = new PdfDocumentReader();
		int rows = 0;
		for (int i = 0; i < 100; i++) {
			rows = reader.read(bytes).rows().size();
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long deadline = System.nanoTime() + (long) (seconds * 1e9);
		long started = System.nanoTime();
		List<Future<long[]>> counts = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			counts.add(pool.submit(() -> readUntil(reader, bytes, deadline)));
		}
		long reports = 0;
		long cpu = 0;
		for (Future<long[]> count : counts) {
			reports += count.get()[0];
			cpu += count.get()[1];
		}
		double wall = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		System.out.printf("%d reports of %d rows in %.1f s on %d thread(s): %.1f reports/s, %.1f ms of CPU each%n",
				reports, rows, wall, threads, reports / wall, cpu / 1e6 / reports);
	}

	private static long[] readUntil(PdfDocumentReader reader, byte[] bytes, long deadline) throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpu = threads.getCurrentThreadCpuTime();
		long reports = 0;
		while (System.nanoTime() < deadline) {
			ReportDocument document = reader.read(bytes);
			if (document.rows().isEmpty()) {
				throw new IllegalStateException("no rows");
			}
			reports++;
		}
		return new long[] { reports, threads.getCurrentThreadCpuTime() - cpu };
	}

}
