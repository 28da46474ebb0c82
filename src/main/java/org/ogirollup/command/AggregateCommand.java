package org.ogirollup.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.ogirollup.input.DocumentKind;
import org.ogirollup.input.InputFolder;
import org.ogirollup.job.AggregateLauncher;
import org.ogirollup.job.AggregateLauncher.YearResult;
import org.ogirollup.job.BatchContext;
import org.ogirollup.job.RegistryCache;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.RegistryException;
import org.ogirollup.store.FindingStore.RuleCount;
import org.ogirollup.text.Excerpt;

/**
 * {@code aggregate}: validates and rolls up every submission of the input, year by year, and
 * writes the output tables. Everything that can be checked before the job starts (folders,
 * registry, years) is checked first, so a bad call fails in a second with a plain message.
 */
public final class AggregateCommand implements Command {

	/** The origin of the runs this command starts, as the service's list of runs shows it. */
	private static final String ORIGIN = "命令行";

	private final PrintStream out;

	public AggregateCommand(PrintStream out) {
		this.out = out;
	}

	@Override
	public String name() {
		return "aggregate";
	}

	@Override
	public String summary() {
		return "validate submissions and roll them up into county, city and province totals";
	}

	@Override
	public String usage() {
		return """
				Usage: java -jar ogi-rollup.jar aggregate [--input=DIR] [--output=DIR] [--year=YYYY] [--scope=CODE]
				                                          [--data=DIR]

				Reads input/units.csv and every submission in input/<year>/, checks each one against its
				format's rules, rolls accepted submissions up into every government of the registry, and
				writes per year into <output>/<year>/:
				  totals.csv       every government node's total of every catalog item
				  validation.csv   every finding: file and line, unit, rule, severity, item, message
				  coverage.csv     units expected, accepted, rejected and missing per government node
				  missing.csv      the units that sent no submission
				  yoy.csv          change since last year for every government node (yoy-units.csv: units)
				  reconciliation.csv   region-wide reports against the computed totals of their region
				  tables/<code>.csv    the three tables in the official layout, for Excel and WPS

				Submissions read, each file's kind told by its content, then by its name:
				  %s.
				A published report is named <unit_code>[-anything].<ext> (<code>.consolidated.<ext> for a
				region-wide report). Any other file, or one that cannot be read (broken, encrypted, a
				scanned PDF, a table of before 2019), is an error finding on the unit its name gives,
				and that unit counts as rejected, not missing.

				Options:
				  --input=DIR    input folder with units.csv and one folder per report year (default: input)
				  --output=DIR   output folder (default: output)
				  --year=YYYY    only this report year; repeat or separate with commas for several
				                 (default: every year folder found in the input). The year before a
				                 chosen one is run first when the input has it and it was never
				                 aggregated into this output, for the cross-year checks (X1–X3, J1)
				                 and 同比; without it in the input they are not done, and it says so
				  --scope=CODE   re-aggregation after a correction to this government's subtree (a city or
				                 county code of units.csv; any other is refused). Every changed, added or
				                 deleted file of the year is taken in, inside the scope or not (the log
				                 names those outside it); only the totals and outputs they change are
				                 written again (default: the whole input)
				  --data=DIR     folder of the embedded H2 database with run history (default: data)
				  --ogi.ingest.workers=N   files read side by side by N workers (default: one per core)
				  --ogi.ingest.progress-interval=30s   how often each worker logs its progress (default: 5s)
				  --spring.datasource.url=...   use another database (PostgreSQL in production)

				A run that was killed or failed is resumed from where it stopped when started again with
				the same arguments on the same input. The next run of a year parses only the files that
				changed since the last one. When a run changes what the next year compares with, and the
				next year was aggregated into the same output before, the next year is run again after it
				(the console says why).
				Exit code: 0 when every year's job completed (rejected submissions included), 1 when a
				job failed, 2 when it could not start (no input folder, broken registry, unwritable output).

				Example:
				  java -jar target/ogi-rollup.jar aggregate --input=input --output=output --year=2021
				""".formatted(DocumentKind.ACCEPTED);
	}

	@Override
	public int run(ApplicationArguments args) throws Exception {
		Path input = folder(args, "input", "input");
		Path output = folder(args, "output", "output");
		Path data = folder(args, "data", "data");
		if (!Files.isDirectory(input)) {
			throw new IllegalArgumentException("没有输入文件夹 " + input);
		}
		RegistryCache registries = new RegistryCache();
		Registry registry = readRegistry(registries, input);
		String scope = scope(args, registry);
		InputFolder folder = InputFolder.of(input);
		List<Integer> years = years(args, folder);
		folder.notRead().forEach((notRead) -> this.out.println("注意：" + notRead.reason()));
		checkWritable(output);
		this.out.printf("ogi-rollup aggregate: %d units in the registry, years %s%n", registry.size(), years);
		List<String> springArgs = new ArrayList<>(List.of(args.getSourceArgs()));
		springArgs.add("--ogi.data-dir=" + data);
		try (ConfigurableApplicationContext context = start(springArgs, data, registries)) {
			AggregateLauncher launcher = context.getBean(AggregateLauncher.class);
			boolean allCompleted = true;
			// ascending, so that each year compares with the finished year before it
			TreeMap<Integer, String> toRun = new TreeMap<>();
			years.forEach((year) -> toRun.put(year, scope));
			if (args.containsOption("year")) {
				yearsBefore(years, folder, (year) -> launcher.hasCompletedRun(year, input, output))
					.forEach((year) -> toRun.putIfAbsent(year, ""));
			}
			while (!toRun.isEmpty()) {
				Map.Entry<Integer, String> next = toRun.pollFirstEntry();
				YearResult result = launcher.run(input, output, next.getKey(), next.getValue(), ORIGIN);
				printSummary(result, output);
				allCompleted &= result.completed();
				// a follow-up reads the whole year again: it is not the correction the scope was given for
				result.followUp().filter((followUp) -> toRun.putIfAbsent(followUp.year(), "") == null)
					.ifPresent((followUp) -> this.out.println("  " + followUp.reason()));
			}
			return allCompleted ? 0 : 1;
		}
	}

	private static ConfigurableApplicationContext start(List<String> springArgs, Path data,
			RegistryCache registries) {
		try {
			// the job reads the registry from the same cache: not a second time (seconds nationally)
			return new SpringApplicationBuilder(BatchContext.class).web(WebApplicationType.NONE)
				.initializers((context) -> context.getBeanFactory().registerSingleton("registryCache", registries))
				.logStartupInfo(false)
				.run(springArgs.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			if (rootMessage(ex).contains("The file is locked")) {
				throw new IllegalStateException("数据库 " + data + " 正被另一个 ogi-rollup 进程（运行中的 serve 或 aggregate）使用："
						+ "请等它结束，或用 --data 指定另一个文件夹", ex);
			}
			throw new IllegalStateException("无法启动：" + rootMessage(ex), ex);
		}
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage());
	}

	/** The government whose subtree is read again, checked against the registry; empty for all. */
	private static String scope(ApplicationArguments args, Registry registry) {
		List<String> values = args.getOptionValues("scope");
		if (values == null || values.isEmpty()) {
			return "";
		}
		String code = values.get(values.size() - 1).strip();
		boolean government = registry.unit(code).map((unit) -> unit.level().isGovernment()).orElse(false);
		if (!government) {
			throw new IllegalArgumentException("--scope 应为单位名录 units.csv 中一级政府（省、市或县）的代码，而不是 '"
					+ Excerpt.of(code) + "'");
		}
		return code;
	}

	private static Path folder(ApplicationArguments args, String option, String fallback) {
		List<String> values = args.getOptionValues(option);
		String value = (values == null || values.isEmpty()) ? fallback : values.get(values.size() - 1);
		if (value.isBlank()) {
			throw new IllegalArgumentException("--" + option + " 应给出一个文件夹");
		}
		return Path.of(value).toAbsolutePath().normalize();
	}

	private static Registry readRegistry(RegistryCache registries, Path input) {
		try {
			return registries.of(input.toString());
		}
		catch (RegistryException ex) {
			throw new IllegalArgumentException("单位名录有误，未做任何处理：" + ex.getMessage(), ex);
		}
	}

	private static List<Integer> years(ApplicationArguments args, InputFolder input) throws IOException {
		List<Integer> years = new ArrayList<>();
		List<String> given = args.getOptionValues("year");
		if (given != null && !given.isEmpty()) {
			for (String value : given) {
				for (String year : value.split(",")) {
					if (!year.strip().matches("\\d{4}")) {
						throw new IllegalArgumentException("--year 应为四位的报告年度，而不是 '" + Excerpt.of(year) + "'");
					}
					String notRead = input.whyYearNotRead(Integer.parseInt(year.strip()));
					if (notRead != null) {
						throw new IllegalArgumentException(notRead);
					}
					years.add(Integer.parseInt(year.strip()));
				}
			}
		}
		else {
			years.addAll(input.years());
			if (years.isEmpty()) {
				throw new IllegalArgumentException("输入文件夹 " + input.root() + " 中没有可读取的年度文件夹（如 "
						+ input.yearFolder(2021) + "）");
			}
		}
		return years.stream().distinct().sorted().toList();
	}

	/**
	 * The years to run before the years asked for: a year's cross-year checks and 同比 need the
	 * year before in the database, so a year before that the input has and that was never
	 * aggregated into this output is run first. One aggregated before is compared with as it
	 * stands (a run of it under way in another process is waited for).
	 */
	private List<Integer> yearsBefore(List<Integer> years, InputFolder input, IntPredicate aggregated) {
		List<Integer> before = new ArrayList<>();
		for (int year : years) {
			int previous = year - 1;
			if (years.contains(previous)) {
				continue;
			}
			if (input.whyYearNotRead(previous) != null) {
				this.out.printf("注意：输入中没有可读取的 %d 年度，%d 年度不做跨年度检查（X1–X3、J1）和同比%n", previous, year);
			}
			else if (!aggregated.test(previous)) {
				before.add(previous);
				this.out.printf("注意：%d 年度尚未汇总，先汇总它：%d 年度的跨年度检查（X1–X3、J1）和同比以它为准%n", previous,
						year);
			}
		}
		return before;
	}

	private static void checkWritable(Path output) {
		try {
			Files.createDirectories(output);
			Path probe = Files.createTempFile(output, ".write-check", ".tmp");
			Files.delete(probe);
		}
		catch (IOException | SecurityException ex) {
			throw new IllegalArgumentException("输出文件夹不可写：" + output + "（" + ex.getMessage() + "）",
					ex);
		}
	}

	private void printSummary(YearResult result, Path output) {
		String status = result.completed() ? "completed" : result.status().name().toLowerCase(Locale.ROOT);
		this.out.printf("%n%d: %s%s (run %d)%n", result.year(), status, result.resumed() ? ", resumed" : "",
				result.executionId());
		this.out.printf("  submissions read %d, accepted %d, rejected %d%n", result.counts().read(),
				result.counts().accepted(), result.counts().rejected());
		if (!result.mostFrequent().isEmpty()) {
			StringBuilder line = new StringBuilder("  most frequent findings:");
			for (RuleCount count : result.mostFrequent()) {
				line.append(String.format(" %s (%s) %d,", count.ruleId(), count.severity().label(), count.count()));
			}
			this.out.println(line.substring(0, line.length() - 1));
		}
		if (result.completed()) {
			this.out.println("  outputs: " + output.resolve(String.valueOf(result.year())));
		}
		else {
			this.out.println("  failed: " + result.failure());
			this.out.println("  run the same command again to resume");
		}
	}

}
