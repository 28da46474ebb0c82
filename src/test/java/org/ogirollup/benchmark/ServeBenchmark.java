package org.ogirollup.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The {@code serve} mode of the benchmark (issue 14): starts {@code serve} of the built jar as a
 * child process on the generated province, makes some runs of one year over HTTP, one after the
 * other, and then times 200 concurrent {@code GET /api/runs}, as many callers as Tomcat has
 * threads, each signed in with HTTP Basic. Reports the median and the 95th percentile of the
 * callers' latencies, the slowest, and how many answered 200; the latencies of each round are
 * sorted, and of several rounds the median round (by its median) is reported.
 */
final class ServeBenchmark {

	/** The concurrent callers of one round. */
	static final int CALLERS = 200;

	/** What one round of concurrent calls measured, in milliseconds. */
	record Round(double medianMs, double p95Ms, double maxMs, int ok, int callers) {
	}

	private final Path java;

	private final Path jar;

	private final Path work;

	private ServeProcess serve;

	ServeBenchmark(Path java, Path jar, Path work) {
		this.java = java;
		this.jar = jar;
		this.work = work;
	}

	/** Starts serve on the data, makes {@code runs} runs of the year, and measures {@code rounds} rounds. */
	List<Round> measure(Path data, int year, int runs, int rounds) throws Exception {
		Path folder = this.work.resolve("runs").resolve("serve");
		Benchmark.deleteTree(folder);
		try (ServeProcess serve = ServeProcess.start(this.java, this.jar, folder, data, folder.resolve("out"))) {
			this.serve = serve;
			for (int i = 1; i <= runs; i++) {
				long start = System.nanoTime();
				long id = serve.startRun(year, "");
				String status = serve.awaitEnd(id, 500);
				Benchmark.log("serve: run %d of %d (run %d): %s in %.1f s", i, runs, id, status,
						(System.nanoTime() - start) / 1e9);
			}
			// warm: the JIT and the connection pool see the call before it is timed
			for (int i = 0; i < 20; i++) {
				serve.send("GET", "/api/runs", null);
			}
			List<Round> measured = new ArrayList<>();
			for (int round = 1; round <= rounds; round++) {
				Round result = concurrentCalls();
				Benchmark.log("serve: round %d of %d: %d callers, %d answered 200, median %.0f ms, 95th percentile"
						+ " %.0f ms, slowest %.0f ms", round, rounds, result.callers(), result.ok(), result.medianMs(),
						result.p95Ms(), result.maxMs());
				measured.add(result);
			}
			return measured;
		}
	}

	/** The median round of several, by its median latency. */
	static Round medianRound(List<Round> rounds) {
		return Benchmark.median(rounds, Comparator.comparingDouble(Round::medianMs));
	}

	private Round concurrentCalls() throws Exception {
		ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
		CyclicBarrier together = new CyclicBarrier(CALLERS);
		try {
			List<Future<long[]>> calls = new ArrayList<>();
			for (int i = 0; i < CALLERS; i++) {
				calls.add(callers.submit(() -> {
					together.await();
					long start = System.nanoTime();
					int status = this.serve.send("GET", "/api/runs", null).statusCode();
					return new long[] { System.nanoTime() - start, status };
				}));
			}
			List<Double> latencies = new ArrayList<>();
			int ok = 0;
			for (Future<long[]> call : calls) {
				long[] result = call.get(10, TimeUnit.MINUTES);
				latencies.add(result[0] / 1e6);
				ok += (result[1] == 200) ? 1 : 0;
			}
			latencies.sort(Comparator.naturalOrder());
			return new Round(percentile(latencies, 50), percentile(latencies, 95), latencies.get(latencies.size() - 1),
					ok, CALLERS);
		}
		finally {
			callers.shutdownNow();
		}
	}

	/** The nearest-rank percentile of sorted values. */
	static double percentile(List<Double> sorted, int percent) {
		int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

}
