package org.ogirollup.benchmark;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code reaggregate} mode of the benchmark (issue 17 item 5): starts {@code serve} of the
 * built jar on generated data, runs the year fully once (not timed), and then times, from sending
 * {@code POST /api/runs} to seeing the run {@code COMPLETED} (polled every
 * {@value #POLL_MILLIS} ms), three kinds of re-aggregation: nothing changed; one county
 * government's own file changed, with the scope of its city; the same change without scope. The
 * change sets one number of that file that no check ties to another
 * ({@value #ITEM}) to its value and one more in turn, so that every round is a real change of
 * the totals and the submission stays valid. After the last round of each kind, every output file
 * is compared with a fresh full run of the same input on a database of its own.
 */
final class ReaggregationBenchmark {

	/** The number changed: a count of its own, in no equation of the checks. */
	static final String ITEM = "active.art20_5.licensing.decisions";

	static final long POLL_MILLIS = 10;

	/** One kind of run, what it is measured against. */
	enum Mode {

		NOTHING_CHANGED("nothing changed"), SCOPED("one county's file changed, scope = its city"),
		UNSCOPED("one county's file changed, no scope");

		final String label;

		Mode(String label) {
			this.label = label;
		}

	}

	/** What one kind of run measured: the milliseconds of each round, whether outputs equal a full run's. */
	record Timing(String data, Mode mode, List<Double> millis, Double targetMillis, String sameOutputs,
			Map<String, String> steps) {

		double median() {
			return Benchmark.median(this.millis, Comparator.naturalOrder());
		}

		double min() {
			return this.millis.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
		}

		double max() {
			return this.millis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
		}

		String met() {
			return (this.targetMillis == null) ? "—" : (median() <= this.targetMillis) ? "yes" : "no";
		}

	}

	private final Path java;

	private final Path jar;

	private final Path work;

	ReaggregationBenchmark(Path java, Path jar, Path work) {
		this.java = java;
		this.jar = jar;
		this.work = work;
	}

	/**
	 * Measures the three kinds of run on one data folder, {@code rounds} rounds each; the runs
	 * with a change are held to {@code targetMillis}.
	 */
	List<Timing> measure(String name, Path data, int year, int rounds, double targetMillis) throws Exception {
		Path folder = this.work.resolve("runs").resolve("reaggregate-" + data.getFileName());
		Benchmark.deleteTree(folder);
		// the input is a tree of hard links to the generated files, but for the one file changed
		Path input = linkTree(data, folder.resolve("input"));
		County county = county(input, year);
		Path file = input.resolve(String.valueOf(year)).resolve(county.code() + ".csv");
		Files.delete(file);
		Files.copy(data.resolve(String.valueOf(year)).resolve(county.code() + ".csv"), file);
		long original = value(file);
		Benchmark.log("%s: changing %s of %s (%s, city %s), now %d", name, ITEM, file.getFileName(), county.name(),
				county.city(), original);
		Path output = folder.resolve("out");
		List<Timing> timings = new ArrayList<>();
		try (ServeProcess serve = ServeProcess.start(this.java, this.jar, folder, input, output)) {
			long start = System.nanoTime();
			String status = serve.awaitEnd(serve.startRun(year, ""), 500);
			Benchmark.log("%s: first, full run: %s in %.1f s (not timed)", name, status, (System.nanoTime() - start) / 1e9);
			int change = 0;
			for (Mode mode : Mode.values()) {
				List<Double> millis = new ArrayList<>();
				Map<String, String> steps = Map.of();
				for (int round = 1; round <= rounds; round++) {
					if (mode != Mode.NOTHING_CHANGED) {
						change++;
						setValue(file, original + (change % 2));
					}
					Thread.sleep(1000); // the last run lets go of the year after it is COMPLETED
					long logBefore = Files.size(serve.log());
					start = System.nanoTime();
					long id = serve.startRun(year, (mode == Mode.SCOPED) ? county.city() : "");
					status = serve.awaitEnd(id, POLL_MILLIS);
					double ms = (System.nanoTime() - start) / 1e6;
					if (!status.equals("COMPLETED")) {
						throw new IllegalStateException("run " + id + " ended " + status + "; see " + serve.log());
					}
					millis.add(ms);
					steps = stepDurations(serve.log(), logBefore);
					Benchmark.log("%s: %s, round %d of %d (run %d): %.0f ms; steps %s", name, mode.label, round, rounds,
							id, ms, steps);
				}
				String same = compareWithFullRun(input, output, folder.resolve("full-" + mode.name().toLowerCase(Locale.ROOT)),
						year);
				Benchmark.log("%s: %s: same outputs as a full run: %s", name, mode.label, same);
				timings.add(new Timing(name, mode, millis, (mode == Mode.NOTHING_CHANGED) ? null : targetMillis, same,
						steps));
			}
		}
		return timings;
	}

	/** A county government with its own file of the year, and the city above it. */
	record County(String code, String name, String city) {
	}

	/**
	 * The first county (in the order of units.csv) directly under a city whose own file of the
	 * year is plain UTF-8 and holds the item.
	 */
	static County county(Path input, int year) throws IOException {
		List<String[]> units = Files.readAllLines(input.resolve("units.csv"), StandardCharsets.UTF_8)
			.stream()
			.skip(1)
			.map((line) -> line.split(",", -1))
			.toList();
		Map<String, String> levels = new LinkedHashMap<>();
		units.forEach((unit) -> levels.put(unit[0], unit[2]));
		for (String[] unit : units) {
			if (!unit[2].equals("county") || !"city".equals(levels.get(unit[3]))) {
				continue;
			}
			Path file = input.resolve(String.valueOf(year)).resolve(unit[0] + ".csv");
			if (!Files.isRegularFile(file)) {
				continue;
			}
			byte[] bytes = Files.readAllBytes(file);
			if (bytes.length > 3 && (bytes[0] & 0xff) == 0xef) {
				continue; // a byte order mark
			}
			String text;
			try {
				text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
			}
			catch (CharacterCodingException ex) {
				continue; // GB18030
			}
			if (!text.contains("\r") && text.contains("," + ITEM + ",")) {
				return new County(unit[0], unit[1], unit[3]);
			}
		}
		throw new IllegalStateException("no county with its own plain UTF-8 file in " + input);
	}

	private static long value(Path file) throws IOException {
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String[] fields = line.split(",", -1);
			if (fields.length >= 4 && fields[2].equals(ITEM)) {
				return Long.parseLong(fields[3]);
			}
		}
		throw new IllegalStateException("no " + ITEM + " in " + file);
	}

	private static void setValue(Path file, long value) throws IOException {
		List<String> lines = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			String[] fields = line.split(",", -1);
			if (fields.length >= 4 && fields[2].equals(ITEM)) {
				fields[3] = String.valueOf(value);
				line = String.join(",", fields);
			}
			lines.add(line);
		}
		Files.write(file, lines, StandardCharsets.UTF_8);
	}

	private static final Pattern STEP_LINE = Pattern.compile("Step: \\[(\\w+)\\] executed in (\\S+)");

	/** The duration of each step Spring Batch logged after {@code offset} of the log. */
	static Map<String, String> stepDurations(Path log, long offset) throws IOException {
		byte[] bytes = Files.readAllBytes(log);
		String text = new String(bytes, (int) Math.min(offset, bytes.length), (int) Math.max(0, bytes.length - offset),
				StandardCharsets.UTF_8);
		Map<String, String> steps = new LinkedHashMap<>();
		Matcher matcher = STEP_LINE.matcher(text);
		while (matcher.find()) {
			steps.put(matcher.group(1), matcher.group(2));
		}
		return steps;
	}

	/**
	 * Runs a fresh full aggregate of the input (a database of its own) and compares every output
	 * file of the year, byte for byte, with the re-aggregated one.
	 */
	private String compareWithFullRun(Path input, Path output, Path folder, int year) throws Exception {
		Benchmark.deleteTree(folder);
		Files.createDirectories(folder);
		Path full = folder.resolve("out");
		Path log = folder.resolve("aggregate.log");
		Process process = new ProcessBuilder(this.java.toString(), "-Xmx1g", "-jar", this.jar.toString(), "aggregate",
				"--input=" + input, "--output=" + full, "--data=" + folder.resolve("data"), "--year=" + year)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (process.waitFor() != 0) {
			return "no: the full run failed, see " + log;
		}
		Path expected = full.resolve(String.valueOf(year));
		Path actual = output.resolve(String.valueOf(year));
		TreeSet<String> expectedFiles = relativeFiles(expected);
		TreeSet<String> actualFiles = relativeFiles(actual);
		List<String> differ = new ArrayList<>();
		for (String file : expectedFiles) {
			if (!actualFiles.contains(file)) {
				differ.add(file + " missing");
			}
			else if (!Arrays.equals(Files.readAllBytes(expected.resolve(file)), Files.readAllBytes(actual.resolve(file)))) {
				differ.add(file);
			}
		}
		actualFiles.stream().filter((file) -> !expectedFiles.contains(file)).forEach((file) -> differ.add(file + " extra"));
		if (differ.isEmpty()) {
			Benchmark.deleteTree(folder);
			return "yes (" + expectedFiles.size() + " files)";
		}
		return "no: " + differ.size() + " of " + expectedFiles.size() + " files differ, e.g. "
				+ String.join(", ", differ.subList(0, Math.min(3, differ.size())));
	}

	private static TreeSet<String> relativeFiles(Path folder) throws IOException {
		TreeSet<String> files = new TreeSet<>();
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.filter(Files::isRegularFile).forEach((file) -> files.add(folder.relativize(file).toString()));
		}
		return files;
	}

	/** A copy of a folder made of hard links to its files. */
	private static Path linkTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.sorted().toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.createLink(target, path);
				}
			}
		}
		return to;
	}

	/** The Markdown table of the timings. */
	static String table(List<Timing> timings) {
		StringBuilder table = new StringBuilder();
		table.append("| data | run | median ms | min ms | max ms | rounds | target | met? | same outputs as a full run |\n");
		table.append("|---|---|---:|---:|---:|---:|---:|---|---|\n");
		for (Timing timing : timings) {
			table.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %.0f | %.0f | %d | %s | %s | %s |%n",
					timing.data(), timing.mode().label, timing.median(), timing.min(), timing.max(), timing.millis().size(),
					(timing.targetMillis() == null) ? "—" : String.format(Locale.ROOT, "≤ %.0f ms", timing.targetMillis()),
					timing.met(), timing.sameOutputs()));
		}
		table.append("\nSteps of the last round of each (Spring Batch's \"executed in\"):\n\n");
		for (Timing timing : timings) {
			table.append("* ").append(timing.data()).append(", ").append(timing.mode().label).append(": ");
			table.append(String.join(", ", timing.steps().entrySet().stream()
				.map((step) -> step.getKey().replace("Step", "") + " " + step.getValue())
				.toList()));
			table.append('\n');
		}
		return table.toString();
	}

}
