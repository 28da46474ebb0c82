package org.ogirollup.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark of issue 5: times {@code aggregate} of the built jar, as a child process with JVM
 * start included, started both by {@code bin/ogi-rollup} and by a plain {@code java -jar}, side by
 * side with the analyst's DuckDB script
 * ({@code src/test/resources/benchmark/duckdb-rollup.sql}) on the same generated files, and prints
 * a Markdown table. Run it with {@code scripts/benchmark.sh}; it is not a test and {@code mvn
 * verify} never runs it. Its {@code serve} mode times the service's list of runs instead, under
 * 200 concurrent callers ({@link ServeBenchmark}); its {@code reaggregate} modes time
 * re-aggregations in the service after one file changed ({@link ReaggregationBenchmark}).
 *
 * <pre>
 * Benchmark [province|national|all|national-half|national-full|serve|reaggregate|reaggregate-province|reaggregate-national] [--work=/tmp/ogi-bench] [--jar=target/ogi-rollup.jar]
 *           [--launcher=bin/ogi-rollup] [--year=2021] [--results=target/benchmark-results.md]
 * </pre>
 *
 * Peak heap is read from the child's GC log ({@code -Xlog:gc,gc+heap+exit}): the largest heap
 * occupancy before any collection, or at exit, whichever is larger. Peak RSS comes from
 * {@code /usr/bin/time -v} when it is installed.
 */
public final class Benchmark {

	/** One data size: a name, the generator options that make it. */
	record Size(String name, String scope, int departments) {

		List<String> generateArgs(int year, Path output) {
			return List.of("generate", "--scope=" + this.scope, "--years=" + year,
					"--departments=" + this.departments, "--seed=2019", "--output=" + output);
		}

	}

	/** One timed aggregate run: wall time with JVM start, what it read, the memory it took. */
	record OgiRun(double seconds, long submissions, double peakHeapMb, double liveHeapMb, double peakRssMb) {
	}

	/**
	 * What one size measured: ogi-rollup started by {@code bin/ogi-rollup} (as in production) and
	 * by a plain {@code java -jar}, and the DuckDB script.
	 */
	record Result(Size size, long files, long bytes, double readSeconds, OgiRun launcher, OgiRun plain,
			double duckSeconds, double leanSeconds, String totalsAgree) {

		long submissions() {
			return this.launcher.submissions();
		}

	}

	private static final Size PROVINCE = new Size("province 21", "21", 30);

	private static final Size NATIONAL_HALF = new Size("national, half", "national", 15);

	private static final Size NATIONAL = new Size("national", "national", 30);

	/** The most a re-aggregation of the province with one file changed may take (issue 17). */
	static final double PROVINCE_TARGET_MS = 500;

	/** The most a re-aggregation of the nation with one file changed may take. */
	static final double NATIONAL_TARGET_MS = 2000;

	/** How many runs the serve mode makes before it lists them. */
	private static final int SERVE_RUNS = 5;

	private static final String SQL_RESOURCE = "/benchmark/duckdb-rollup.sql";

	/** The leanest script: column types given, nothing sniffed (issue 17). */
	private static final String LEAN_SQL_RESOURCE = "/benchmark/duckdb-lean.sql";

	static final Comparator<OgiRun> BY_TIME = Comparator.comparingDouble(OgiRun::seconds);

	private static final Set<String> GOVERNMENT_LEVELS = Set.of("nation", "province", "city", "county");

	private final Path work;

	private final Path jar;

	private final int year;

	private final Path results;

	private final Path launcher;

	private final int rounds;

	private final boolean roundsGiven;

	private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");

	Benchmark(Path work, Path jar, Path launcher, int year, Path results, int rounds) {
		this.work = work;
		this.jar = jar;
		this.launcher = launcher;
		this.year = year;
		this.results = results;
		this.rounds = Math.max(1, Math.abs(rounds));
		this.roundsGiven = rounds > 0;
	}

	public static void main(String[] args) throws Exception {
		String which = "province";
		Path work = Path.of("/tmp/ogi-bench");
		Path jar = Path.of("target/ogi-rollup.jar");
		Path launcher = Path.of("bin/ogi-rollup");
		Path results = Path.of("target/benchmark-results.md");
		int year = 2021;
		int rounds = 0;
		for (String arg : args) {
			if (arg.startsWith("--work=")) {
				work = Path.of(arg.substring(7));
			}
			else if (arg.startsWith("--jar=")) {
				jar = Path.of(arg.substring(6));
			}
			else if (arg.startsWith("--launcher=")) {
				launcher = Path.of(arg.substring(11));
			}
			else if (arg.startsWith("--year=")) {
				year = Integer.parseInt(arg.substring(7));
			}
			else if (arg.startsWith("--results=")) {
				results = Path.of(arg.substring(10));
			}
			else if (arg.matches("--rounds=[1-9][0-9]*")) {
				rounds = Integer.parseInt(arg.substring(9));
			}
			else if (!arg.startsWith("--")) {
				which = arg;
			}
			else {
				fail("unknown option " + arg + "; usage: Benchmark [province|national|all|serve|reaggregate[-province|-national]] [--work=DIR] [--jar=JAR]"
						+ " [--launcher=bin/ogi-rollup] [--year=YYYY] [--results=FILE] [--rounds=N]");
			}
		}
		if (which.startsWith("reaggregate")) {
			List<Size> sizes = switch (which) {
				case "reaggregate" -> List.of(PROVINCE, NATIONAL);
				case "reaggregate-province" -> List.of(PROVINCE);
				case "reaggregate-national" -> List.of(NATIONAL);
				default -> {
					fail("unknown mode '" + which + "': reaggregate, reaggregate-province, reaggregate-national");
					yield List.of();
				}
			};
			if (!Files.isRegularFile(jar)) {
				fail("no " + jar + ": build it first with mvn -q -B package -DskipTests");
			}
			new Benchmark(work.toAbsolutePath(), jar.toAbsolutePath(), launcher.toAbsolutePath(), year,
					results.toAbsolutePath(), rounds)
				.runReaggregate(sizes);
			return;
		}
		if (which.equals("serve")) {
			if (!Files.isRegularFile(jar)) {
				fail("no " + jar + ": build it first with mvn -q -B package -DskipTests");
			}
			new Benchmark(work.toAbsolutePath(), jar.toAbsolutePath(), launcher.toAbsolutePath(), year,
					results.toAbsolutePath(), rounds)
				.runServe();
			return;
		}
		rounds = Math.max(1, rounds);
		List<Size> sizes = switch (which) {
			case "province" -> List.of(PROVINCE);
			case "national" -> List.of(NATIONAL_HALF, NATIONAL);
			case "national-half" -> List.of(NATIONAL_HALF);
			case "national-full" -> List.of(NATIONAL);
			case "all" -> List.of(PROVINCE, NATIONAL_HALF, NATIONAL);
			default -> {
				fail("unknown size '" + which + "': province, national, all (or national-half, national-full)");
				yield List.of();
			}
		};
		if (!Files.isRegularFile(jar)) {
			fail("no " + jar + ": build it first with mvn -q -B package -DskipTests");
		}
		if (!Files.isExecutable(launcher)) {
			fail("no launcher " + launcher + " (bin/ogi-rollup of the project)");
		}
		loadDuckDb();
		new Benchmark(work.toAbsolutePath(), jar.toAbsolutePath(), launcher.toAbsolutePath(), year,
				results.toAbsolutePath(), rounds)
			.run(sizes);
	}

	void run(List<Size> sizes) throws Exception {
		prepareLauncher();
		List<Result> measured = new ArrayList<>();
		for (Size size : sizes) {
			measured.add(measure(size));
		}
		String table = table(measured);
		System.out.println();
		System.out.println(table);
		String report = "## " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
				.substring(0, 16) + " UTC\n\n" + machine() + "\n" + table + "\n" + notes() + "\n";
		Files.createDirectories(this.results.getParent());
		Files.writeString(this.results, report, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		System.out.println("appended to " + this.results);
	}

	/**
	 * The serve mode: 200 concurrent {@code GET /api/runs} against {@code serve} on the province,
	 * after {@value #SERVE_RUNS} runs of the year (see {@link ServeBenchmark}).
	 */
	void runServe() throws Exception {
		Path data = generate(PROVINCE);
		List<ServeBenchmark.Round> rounds = new ServeBenchmark(this.java, this.jar, this.work).measure(data, this.year,
				SERVE_RUNS, this.rounds);
		ServeBenchmark.Round median = ServeBenchmark.medianRound(rounds);
		String table = String.format("""
				| data | runs listed | concurrent callers | answered 200 | median ms | 95th percentile ms | slowest ms |
				|---|---:|---:|---:|---:|---:|---:|
				| %s (`--departments=%d`), %s | %d | %d | %d | %.0f | %.0f | %.0f |
				""", PROVINCE.name(), PROVINCE.departments(),
				(this.rounds == 1) ? "one round" : "median of " + this.rounds + " rounds", SERVE_RUNS,
				median.callers(), median.ok(), median.medianMs(), median.p95Ms(), median.maxMs());
		System.out.println();
		System.out.println(table);
		String report = "## " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
			.substring(0, 16) + " UTC, serve: concurrent GET /api/runs\n\n" + machine() + "\n" + table + "\n";
		Files.createDirectories(this.results.getParent());
		Files.writeString(this.results, report, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		System.out.println("appended to " + this.results);
	}

	/**
	 * The reaggregate mode: re-aggregations in serve, nothing changed and one county's file
	 * changed with and without scope (see {@link ReaggregationBenchmark}); the province is held
	 * to {@value #PROVINCE_TARGET_MS} ms, the nation to {@value #NATIONAL_TARGET_MS} ms. Five
	 * rounds unless {@code --rounds} says otherwise.
	 */
	void runReaggregate(List<Size> sizes) throws Exception {
		int rounds = this.roundsGiven ? this.rounds : 5;
		ReaggregationBenchmark benchmark = new ReaggregationBenchmark(this.java, this.jar, this.work);
		List<ReaggregationBenchmark.Timing> timings = new ArrayList<>();
		for (Size size : sizes) {
			Path data = generate(size);
			String name = size.name() + " (`--departments=" + size.departments() + "`)";
			timings.addAll(benchmark.measure(name, data, this.year, rounds,
					(size == PROVINCE) ? PROVINCE_TARGET_MS : NATIONAL_TARGET_MS));
		}
		String table = ReaggregationBenchmark.table(timings);
		System.out.println();
		System.out.println(table);
		String report = "## " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
			.substring(0, 16) + " UTC, reaggregate: re-aggregation in serve\n\n" + machine() + "\n" + table + "\n"
				+ "Time from sending POST /api/runs to seeing the run COMPLETED (GET /api/runs/{id} polled every "
				+ ReaggregationBenchmark.POLL_MILLIS + " ms), after one full run of the year; medians of " + rounds
				+ " rounds. Same outputs: every file of the year's output folder, byte for byte, against a fresh"
				+ " full aggregate of the same input, after the last round of each.\n\n";
		Files.createDirectories(this.results.getParent());
		Files.writeString(this.results, report, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
				StandardOpenOption.APPEND);
		System.out.println("appended to " + this.results);
	}

	private Result measure(Size size) throws Exception {
		Path data = generate(size);
		Path yearDir = data.resolve(String.valueOf(this.year));
		Path run = this.work.resolve("runs").resolve(folderName(size));
		deleteTree(run);
		Files.createDirectories(run);

		List<Path> files = listFiles(yearDir);
		long bytes = 0;
		for (Path file : files) {
			bytes += Files.size(file);
		}
		// warm the page cache (there is no dropping it without root tricks), then time one plain read
		readAll(files);
		long start = System.nanoTime();
		readAll(files);
		double readSeconds = seconds(start);
		log("%s: %d files, %.0f MB, read in %.1f s (warm cache)", size.name(), files.size(), bytes / 1e6,
				readSeconds);

		// rounds alternate the three contenders, so that a busy moment of the machine does not fall on one alone
		List<OgiRun> launchedRuns = new ArrayList<>();
		List<OgiRun> plainRuns = new ArrayList<>();
		List<Double> duckRuns = new ArrayList<>();
		List<Double> leanRuns = new ArrayList<>();
		Path leanTotals = run.resolve("duckdb-lean-totals.csv");
		Path launcherRun = run.resolve("launcher");
		Path plainRun = run.resolve("plain");
		Path duckTotals = run.resolve("duckdb-totals.csv");
		String duckFailure = null;
		for (int round = 1; round <= this.rounds; round++) {
			String name = (this.rounds == 1) ? size.name() : size.name() + ", round " + round + " of " + this.rounds;
			log("%s: bin/ogi-rollup aggregate ...", name);
			launchedRuns.add(timeAggregate(size, data, launcherRun, List.of(this.launcher.toString())));
			log("%s: java -Xmx1g -jar ogi-rollup.jar aggregate ...", name);
			plainRuns.add(timeAggregate(size, data, plainRun, List.of(this.java.toString(), "-Xmx1g",
					"-Xlog:gc,gc+heap+exit:file=" + plainRun.resolve("gc.log"), "-jar", this.jar.toString())));
			if (duckFailure == null) {
				log("%s: DuckDB script ...", name);
				start = System.nanoTime();
				try {
					runDuckDb(SQL_RESOURCE, data.resolve("units.csv"), yearDir, duckTotals);
					duckRuns.add(seconds(start));
					log("%s: DuckDB %.1f s; the lean DuckDB script ...", name, duckRuns.get(duckRuns.size() - 1));
					start = System.nanoTime();
					runDuckDb(LEAN_SQL_RESOURCE, data.resolve("units.csv"), yearDir, leanTotals);
					leanRuns.add(seconds(start));
					log("%s: lean DuckDB %.1f s", name, leanRuns.get(leanRuns.size() - 1));
				}
				catch (SQLException ex) {
					duckFailure = ex.getMessage().lines().findFirst().orElse("");
					log("%s: DuckDB failed after %.1f s: %s", name, seconds(start), duckFailure);
				}
			}
		}
		Path ogiTotals = launcherRun.resolve("out").resolve(String.valueOf(this.year)).resolve("totals.csv");
		String agree = (duckFailure == null)
				? compareTotals(ogiTotals, duckTotals) + ", lean: " + compareTotals(ogiTotals, leanTotals)
				: "DuckDB failed: " + duckFailure;
		double duckSeconds = (duckFailure == null) ? median(duckRuns, Comparator.naturalOrder()) : Double.NaN;
		double leanSeconds = (duckFailure == null) ? median(leanRuns, Comparator.naturalOrder()) : Double.NaN;
		OgiRun launched = median(launchedRuns, BY_TIME);
		OgiRun plain = median(plainRuns, BY_TIME);
		if (this.rounds > 1) {
			log("%s: medians of %d rounds: bin/ogi-rollup %.1f s, java -jar %.1f s, DuckDB %.1f s, lean %.1f s",
					size.name(), this.rounds, launched.seconds(), plain.seconds(), duckSeconds, leanSeconds);
		}
		log("%s: totals agree: %s", size.name(), agree);
		return new Result(size, files.size(), bytes, readSeconds, launched, plain, duckSeconds, leanSeconds, agree);
	}

	/**
	 * The launcher's first call after a build prepares its archive (about 20 s, once); that is
	 * installation, like building the jar, so it happens here, outside every timed run.
	 */
	private void prepareLauncher() throws Exception {
		Path logFile = this.work.resolve("launcher-prepare.log");
		Files.createDirectories(this.work);
		log("preparing %s (once per build) ...", this.launcher);
		if (runProcess(childProcess(List.of(this.launcher.toString(), "--help"), null), logFile) != 0) {
			fail("bin/ogi-rollup --help failed; see " + logFile);
		}
	}

	/**
	 * Runs one aggregate of the data in a child process, with its database and outputs in a fresh
	 * folder, and times it. A launch through bin/ogi-rollup gets this Java, this jar and a GC log
	 * through the environment.
	 */
	private OgiRun timeAggregate(Size size, Path data, Path folder, List<String> launch) throws Exception {
		deleteTree(folder); // a database left by an earlier round would make this run an incremental one
		Files.createDirectories(folder);
		Path gcLog = folder.resolve("gc.log");
		Path timeLog = folder.resolve("time.txt");
		Path aggregateLog = folder.resolve("aggregate.log");
		List<String> command = new ArrayList<>();
		boolean timeV = Files.isExecutable(Path.of("/usr/bin/time"));
		if (timeV) {
			command.addAll(List.of("/usr/bin/time", "-v", "-o", timeLog.toString()));
		}
		command.addAll(launch);
		command.addAll(List.of("aggregate", "--input=" + data, "--output=" + folder.resolve("out"),
				"--data=" + folder.resolve("data"), "--year=" + this.year));
		long start = System.nanoTime();
		int exit = runProcess(childProcess(command, gcLog), aggregateLog);
		double seconds = seconds(start);
		if (exit != 0) {
			fail("aggregate exited with " + exit + "; see " + aggregateLog);
		}
		OgiRun run = new OgiRun(seconds, submissionsRead(aggregateLog), peakHeapMb(gcLog), liveHeapMb(gcLog),
				timeV ? peakRssMb(timeLog) : Double.NaN);
		log("%s: %.1f s, %d submissions, peak heap %.0f MB (%.0f MB after GC), peak RSS %.0f MB", size.name(),
				run.seconds(), run.submissions(), run.peakHeapMb(), run.liveHeapMb(), run.peakRssMb());
		return run;
	}

	/**
	 * A child process with the environment bin/ogi-rollup reads: this Java, this jar, and a GC log
	 * when one is wanted (a plain java command ignores all three).
	 */
	private ProcessBuilder childProcess(List<String> command, Path gcLog) {
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().put("OGI_ROLLUP_JAR", this.jar.toString());
		if (gcLog != null) {
			builder.environment().put("JAVA_OPTS", "-Xlog:gc,gc+heap+exit:file=" + gcLog);
		}
		return builder;
	}

	/** The data of a size, generated by the jar's own generate command unless already there. */
	Path generate(Size size) throws Exception {
		Path data = this.work.resolve("data").resolve(folderName(size));
		Path marker = data.resolve("generate.args");
		List<String> args = size.generateArgs(this.year, data);
		String wanted = String.join(" ", args);
		if (Files.isRegularFile(marker) && Files.readString(marker).strip().equals(wanted)) {
			log("%s: reusing %s", size.name(), data);
			return data;
		}
		deleteTree(data);
		Files.createDirectories(data.getParent());
		List<String> command = new ArrayList<>(List.of(this.java.toString(), "-jar", this.jar.toString()));
		command.addAll(args);
		log("%s: %s", size.name(), String.join(" ", command));
		Path logFile = this.work.resolve("generate-" + folderName(size) + ".log");
		if (runProcess(new ProcessBuilder(command), logFile) != 0) {
			fail("generate failed; see " + logFile);
		}
		Files.writeString(marker, wanted + "\n");
		return data;
	}

	// ---- DuckDB

	private static void loadDuckDb() {
		try {
			Class.forName("org.duckdb.DuckDBDriver");
			// the native library is loaded here, once, outside the timed runs
			try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
					Statement statement = connection.createStatement()) {
				statement.execute("SELECT 1");
			}
		}
		catch (ClassNotFoundException ex) {
			fail("DuckDB's JDBC driver (org.duckdb:duckdb_jdbc) is not on the classpath: run the benchmark through"
					+ " scripts/benchmark.sh, which puts the test classpath on it");
		}
		catch (SQLException | LinkageError ex) {
			fail("DuckDB's JDBC driver is there but its native library could not be loaded on this machine: " + ex);
		}
	}

	/** Runs the analyst's script in a fresh in-memory database; the timing includes opening it. */
	private void runDuckDb(String resource, Path units, Path yearDir, Path totals) throws Exception {
		String script;
		try (InputStream in = Benchmark.class.getResourceAsStream(resource)) {
			if (in == null) {
				fail(resource + " is not on the classpath");
			}
			script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		script = script.replace("${units_csv}", units.toString())
			.replace("${year_dir}", yearDir.toString())
			.replace("${year}", String.valueOf(this.year))
			.replace("${totals_csv}", totals.toString());
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
			for (String sql : statements(script)) {
				try (Statement statement = connection.createStatement()) {
					statement.execute(sql);
				}
			}
		}
	}

	/** The statements of a script: comment lines dropped, split at a semicolon that ends a line. */
	static List<String> statements(String script) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : script.split("\n")) {
			if (line.strip().startsWith("--")) {
				continue;
			}
			current.append(line).append('\n');
			if (line.strip().endsWith(";")) {
				statements.add(current.toString().strip());
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			statements.add(current.toString().strip());
		}
		return statements;
	}

	// ---- reading what the runs left

	private static final Pattern SUBMISSIONS_READ = Pattern.compile("submissions read (\\d+)");

	private static long submissionsRead(Path aggregateLog) throws IOException {
		Matcher matcher = SUBMISSIONS_READ.matcher(Files.readString(aggregateLog, StandardCharsets.UTF_8));
		long read = -1;
		while (matcher.find()) {
			read = Long.parseLong(matcher.group(1));
		}
		if (read < 0) {
			fail("no 'submissions read' line in " + aggregateLog);
		}
		return read;
	}

	private static final Pattern GC_BEFORE = Pattern.compile("\\s(\\d+)([KMG])->\\d+[KMG]\\(\\d+[KMG]\\)");

	private static final Pattern HEAP_AT_EXIT = Pattern.compile("total (\\d+)K, used (\\d+)K");

	/**
	 * Peak heap in MB: the largest occupancy just before a collection, or at exit (the heap is
	 * fullest right before the collector runs, and the exit summary covers the tail after the last
	 * collection).
	 */
	static double peakHeapMb(Path gcLog) throws IOException {
		double peak = 0;
		for (String line : Files.readAllLines(gcLog)) {
			Matcher before = GC_BEFORE.matcher(line);
			if (before.find()) {
				peak = Math.max(peak, megabytes(Long.parseLong(before.group(1)), before.group(2)));
			}
			Matcher exit = HEAP_AT_EXIT.matcher(line);
			if (exit.find()) {
				peak = Math.max(peak, Long.parseLong(exit.group(2)) / 1024.0);
			}
		}
		return peak;
	}

	private static final Pattern GC_AFTER = Pattern.compile("\\s\\d+[KMG]->(\\d+)([KMG])\\(\\d+[KMG]\\)");

	/** The largest heap occupancy right after a collection: close to the most the job kept live. */
	static double liveHeapMb(Path gcLog) throws IOException {
		double live = 0;
		for (String line : Files.readAllLines(gcLog)) {
			Matcher after = GC_AFTER.matcher(line);
			if (after.find()) {
				live = Math.max(live, megabytes(Long.parseLong(after.group(1)), after.group(2)));
			}
		}
		return live;
	}

	private static double megabytes(long value, String unit) {
		return switch (unit) {
			case "K" -> value / 1024.0;
			case "G" -> value * 1024.0;
			default -> value;
		};
	}

	private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

	private static double peakRssMb(Path timeLog) throws IOException {
		if (!Files.isRegularFile(timeLog)) {
			return Double.NaN;
		}
		Matcher matcher = MAX_RSS.matcher(Files.readString(timeLog));
		return matcher.find() ? Long.parseLong(matcher.group(1)) / 1024.0 : Double.NaN;
	}

	/**
	 * Whether both computed the same totals: every (node, item) of DuckDB's file has the same value
	 * in ogi-rollup's, and whatever only ogi-rollup lists (nodes or items with nothing to add) is 0.
	 */
	static String compareTotals(Path ogi, Path duck) throws IOException {
		Map<String, BigDecimal> ours = totals(ogi);
		Map<String, BigDecimal> theirs = totals(duck);
		long differ = 0;
		for (Map.Entry<String, BigDecimal> entry : theirs.entrySet()) {
			BigDecimal value = ours.get(entry.getKey());
			if (value == null || value.compareTo(entry.getValue()) != 0) {
				differ++;
			}
		}
		for (Map.Entry<String, BigDecimal> entry : ours.entrySet()) {
			if (!theirs.containsKey(entry.getKey()) && entry.getValue().signum() != 0) {
				differ++;
			}
		}
		return differ == 0 ? "yes (" + ours.size() + " node×item)" : "NO: " + differ + " of " + ours.size() + " differ";
	}

	/**
	 * node_code,node_name,level,report_year,item,value of the government nodes, by node and item;
	 * ogi-rollup's file starts with a byte order mark and has an item_label column after the value,
	 * so fields are found by the header's names.
	 */
	private static Map<String, BigDecimal> totals(Path file) throws IOException {
		Map<String, BigDecimal> totals = new HashMap<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String header = reader.readLine();
			List<String> columns = (header != null) ? List.of(header.replace("\uFEFF", "").split(",")) : List.of();
			int node = columns.indexOf("node_code");
			int level = columns.indexOf("level");
			int item = columns.indexOf("item");
			int valueColumn = columns.indexOf("value");
			if (node < 0 || level < 0 || item < 0 || valueColumn < 0) {
				throw new IOException("not a totals file: " + file);
			}
			String line;
			while ((line = reader.readLine()) != null) {
				// codes, names and numbers hold no commas in generated registries; a label after them may
				String[] fields = line.split(",", columns.size());
				if (!GOVERNMENT_LEVELS.contains(fields[level])) {
					continue;
				}
				String value = fields[valueColumn].strip();
				totals.put(fields[node] + "|" + fields[item],
						value.isEmpty() || value.equals("-") ? BigDecimal.ZERO : new BigDecimal(value));
			}
		}
		return totals;
	}

	// ---- output

	static String table(List<Result> results) {
		StringBuilder table = new StringBuilder();
		table.append("| data | submissions | files | MB | read s | ogi-rollup s (bin/ogi-rollup) | submissions/s"
				+ " | DuckDB s | ratio ogi/DuckDB | lean DuckDB s | ratio ogi/lean | plain java -jar s"
				+ " | ratio plain/DuckDB | peak heap MB | heap after GC MB | peak RSS MB | same totals |\n");
		table.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
		for (Result r : results) {
			OgiRun ogi = r.launcher();
			table.append(String.format(Locale.ROOT,
					"| %s (`--departments=%d`) | %,d | %,d | %.0f | %.1f | %.1f | %,.0f | %.1f | %.2f | %.1f | %.2f | %.1f"
							+ " | %.2f | %.0f"
							+ " | %.0f | %s | %s |%n",
					r.size().name(), r.size().departments(), r.submissions(), r.files(), r.bytes() / 1e6,
					r.readSeconds(), ogi.seconds(), r.submissions() / ogi.seconds(), r.duckSeconds(),
					ogi.seconds() / r.duckSeconds(), r.leanSeconds(), ogi.seconds() / r.leanSeconds(), r.plain().seconds(),
					r.plain().seconds() / r.duckSeconds(),
					ogi.peakHeapMb(), ogi.liveHeapMb(),
					Double.isNaN(ogi.peakRssMb()) ? "n/a" : String.format(Locale.ROOT, "%.0f", ogi.peakRssMb()),
					r.totalsAgree()));
		}
		return table.toString();
	}

	private String notes() {
		return """
				Warm page cache: every file was read once before the timed runs (there is no dropping the
				cache without root tricks); "read s" is a second plain read of all files. ogi-rollup:
				`bin/ogi-rollup aggregate --year=%d` (extracted jar with a class data sharing archive made
				once before the runs, parallel collector, -Xmx1g) as a child process with a fresh database
				folder, JVM start included; "plain java -jar" is `java -Xmx1g -jar %s aggregate` on the same
				input. Peak heap (of the bin/ogi-rollup run) = largest occupancy before a collection or at
				exit in its GC log (`-Xlog:gc,gc+heap+exit`), heap after GC = largest occupancy right after
				one; peak RSS from `/usr/bin/time -v`. DuckDB: `duckdb-rollup.sql`, and the leanest script
				`duckdb-lean.sql` (column types given, nothing sniffed), through the JDBC driver
				(native library loaded beforehand) in a fresh in-memory database, its default threads. Same
				totals: DuckDB's totals.csv against ogi-rollup's (of the bin/ogi-rollup run), value for value.
				Rounds: %d; with more than one, the three take turns in every round and each time is the
				median (of an even number of rounds, the faster middle one), its memory figures those of
				the same run.
				""".formatted(this.year, this.jar.getFileName(), this.rounds);
	}

	static String machine() {
		StringBuilder text = new StringBuilder("```\n");
		text.append("$ nproc\n").append(capture("nproc"));
		text.append("$ free -g\n").append(capture("free", "-g"));
		text.append("$ cat /proc/loadavg\n").append(capture("cat", "/proc/loadavg"));
		text.append("$ java -version\n").append(capture(Path.of(System.getProperty("java.home"), "bin", "java")
			.toString(), "-version"));
		return text.append("```\n").toString();
	}

	private static String capture(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(30, TimeUnit.SECONDS);
			return output.endsWith("\n") ? output : output + "\n";
		}
		catch (IOException ex) {
			return "(" + ex.getMessage() + ")\n";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "(interrupted)\n";
		}
	}

	// ---- small helpers

	private static int runProcess(ProcessBuilder command, Path logFile) throws IOException, InterruptedException {
		Process process = command.redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
		try {
			return process.waitFor();
		}
		finally {
			if (process.isAlive()) {
				process.descendants().forEach(ProcessHandle::destroy);
				process.destroy();
			}
		}
	}

	private static List<Path> listFiles(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			fail("no year folder " + dir);
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static void readAll(List<Path> files) {
		byte[] buffer = new byte[1 << 16];
		for (Path file : files) {
			try (InputStream in = Files.newInputStream(file)) {
				while (in.read(buffer) >= 0) {
					// discard
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static String folderName(Size size) {
		return (size.scope().equals("national") ? "national" : "province-" + size.scope()) + "-d" + size.departments();
	}

	/**
	 * The middle one in the given order; of an even number, the lower of the middle two. A median
	 * run keeps its own memory figures rather than a mix of several runs'.
	 */
	static <T> T median(List<T> values, Comparator<? super T> order) {
		List<T> sorted = values.stream().sorted(order).toList();
		return sorted.get((sorted.size() - 1) / 2);
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}

	static void log(String format, Object... args) {
		System.out.printf("[benchmark] " + format + "%n", args);
	}

	private static void fail(String message) {
		System.err.println("benchmark: " + message);
		System.exit(2);
	}

}
