package org.ogirollup.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code hostile} mode of the benchmark (issue 14): {@code aggregate} of the jar on a small
 * input with one pathological number planted in one unit's file (50 MB of digits, a million
 * digits, a million decimals, a 10,000-digit count), each against the same input without it.
 * Such a number is a finding on its submission; reading it must cost no more than reading a
 * normal file does, and the bound reported is two seconds over the plain run. The figures go to
 * standard output and to {@code target/benchmark-results.md}.
 */
final class HostileNumbersBenchmark {

	/** How much longer than the plain input a planted number may make the run. */
	private static final double BOUND_SECONDS = 2.0;

	private static final Path FIXTURE = Path.of("src/test/resources/fixtures/basic");

	/** The unit whose file gets the number, and the item it is given for. */
	private static final String UNIT_FILE = "2019/210102.csv";

	private record Planted(String name, String value) {
	}

	private record Timing(String name, long bytes, double seconds, boolean completed, boolean found) {
	}

	private HostileNumbersBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of("target/ogi-rollup.jar");
		Path work = Path.of("/tmp/ogi-bench/hostile");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<Planted> planted = List.of(new Planted("a number of 50 MB of digits", "9".repeat(50_000_000)),
				new Planted("a number of 1,000,000 digits", "1".repeat(1_000_000)),
				new Planted("1,000,000 digits after the point", "1." + "0".repeat(999_999) + "1"),
				new Planted("a count of 10,000 digits", "7".repeat(10_000)),
				new Planted("99999999999999999999", "99999999999999999999"));
		List<Timing> timings = new ArrayList<>();
		Benchmark.deleteTree(work);
		timings.add(run(java, jar, prepare(work.resolve("plain"), null), "the input as it is (baseline)", false));
		for (Planted number : planted) {
			Path input = prepare(work.resolve("case" + timings.size()), number.value());
			timings.add(run(java, jar, input, number.name(), true));
		}
		String table = table(timings);
		System.out.println(table);
		Path results = Path.of("target/benchmark-results.md");
		Files.writeString(results, "\n## hostile numbers, " + LocalDateTime.now().withNano(0) + "\n\n" + Benchmark.machine()
				+ "\n\n" + table, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	/** A copy of the fixture; with a number, the first value of the unit's file replaced by it. */
	private static Path prepare(Path folder, String number) throws IOException {
		Path input = folder.resolve("input");
		try (Stream<Path> paths = Files.walk(FIXTURE)) {
			for (Path path : paths.toList()) {
				Path target = input.resolve(FIXTURE.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target);
				}
			}
		}
		if (number != null) {
			Path file = input.resolve(UNIT_FILE);
			// byte for byte: the file's own encoding, whatever it is, stays as it was around the digits
			List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
			try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.ISO_8859_1)) {
				for (int i = 0; i < lines.size(); i++) {
					String line = lines.get(i);
					writer.write((i == 1) ? line.substring(0, line.lastIndexOf(',') + 1) + number : line);
					writer.write('\n');
				}
			}
		}
		return input;
	}

	private static Timing run(String java, Path jar, Path input, String name, boolean planted) throws Exception {
		Path output = input.resolveSibling("output");
		Path log = input.resolveSibling("aggregate.log");
		ProcessBuilder command = new ProcessBuilder(java, "-Xmx1g", "-jar", jar.toString(), "aggregate",
				"--input=" + input, "--output=" + output, "--data=" + input.resolveSibling("data"))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		long start = System.nanoTime();
		int exit = command.start().waitFor();
		double seconds = (System.nanoTime() - start) / 1e9;
		Path validation = output.resolve("2019/validation.csv");
		boolean found = !planted || (Files.exists(validation) && Files.readAllLines(validation, StandardCharsets.UTF_8)
			.stream()
			.anyMatch((line) -> line.contains("210102") && (line.contains(",field-too-long,")
					|| line.contains(",implausible-value,") || line.contains(",not-a-number,"))));
		Benchmark.log("%s: %.1f s, exit %d", name, seconds, exit);
		return new Timing(name, Files.size(input.resolve(UNIT_FILE)), seconds, exit == 0, found);
	}

	private static String table(List<Timing> timings) {
		double baseline = timings.get(0).seconds();
		StringBuilder table = new StringBuilder(
				"| planted in 2019/210102.csv | file MB | aggregate s | over baseline s | bound s | within bound | year completed | finding on 210102 |\n"
						+ "|---|---:|---:|---:|---:|---|---|---|\n");
		for (Timing timing : timings) {
			double over = timing.seconds() - baseline;
			table.append(String.format("| %s | %.1f | %.1f | %+.1f | %.1f | %s | %s | %s |%n", timing.name(),
					timing.bytes() / 1e6, timing.seconds(), over, BOUND_SECONDS, (over <= BOUND_SECONDS) ? "yes" : "no",
					timing.completed() ? "yes" : "no", timing.found() ? "yes" : "no"));
		}
		return table.toString();
	}

}
