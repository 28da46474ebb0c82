package org.ogirollup.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.ogirollup.command.AggregateCommand;
import org.ogirollup.command.CommandLine;
import org.ogirollup.generator.Generator;
import org.ogirollup.generator.GeneratorOptions;

import org.ogirollup.TestPrerequisites;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aggregate command on PostgreSQL (the {@code postgres} profile, schema by Flyway) writes
 * the same bytes as on H2 for the same input. Runs against a real server named by
 * {@code OGI_TEST_POSTGRES_URL} (with {@code OGI_TEST_POSTGRES_USER} and
 * {@code OGI_TEST_POSTGRES_PASSWORD}, default {@code ogirollup}); {@code .ci/run} starts one with
 * {@code scripts/postgres-test-server.sh}. Each test creates a database of its own, with an ICU
 * en-US default collation where the server has one, so that text ordering that depends on the
 * database's locale shows up as a difference.
 */
@ExtendWith(OutputCaptureExtension.class)
class PostgresFunctionalTests {

	/** The first half of every advisory lock key of ogi-rollup (YearLock). */
	private static final int LOCK_KEY = 0x06_01_2019;

	private static final Path BASIC = Path.of("src/test/resources/fixtures/basic").toAbsolutePath();

	private String serverUrl;

	private String user;

	private String password;

	@TempDir
	private Path work;

	private String database;

	@BeforeEach
	void server() {
		this.serverUrl = TestPrerequisites.postgresUrl();
		this.user = System.getenv().getOrDefault("OGI_TEST_POSTGRES_USER", "ogirollup");
		this.password = System.getenv().getOrDefault("OGI_TEST_POSTGRES_PASSWORD", "ogirollup");
	}

	@AfterEach
	void dropDatabase() throws SQLException {
		if (this.database != null) {
			execute("drop database if exists " + this.database + " with (force)");
		}
	}

	@Test
	void theFixtureProvinceGivesTheSameOutputsOnPostgresqlAsOnH2() throws Exception {
		assertSameOutputs(BASIC);
	}

	@Test
	void aGeneratedProvinceOfTwoYearsGivesTheSameOutputsOnPostgresqlAsOnH2() throws Exception {
		Path input = this.work.resolve("input");
		new Generator(GeneratorOptions.builder("21").years(List.of(2020, 2021)).departments(1).defects(1)
			.consolidated(true)
			.build()).generate(input);
		assertSameOutputs(input);
	}

	@Test
	void aSecondRunOnTheSameDatabaseWritesTheSameOutputs() throws Exception {
		String url = createDatabase();
		Path first = this.work.resolve("first");
		Path second = this.work.resolve("second");
		aggregate(BASIC, first, postgres(url));
		String console = aggregate(BASIC, second, postgres(url));

		assertThat(console).contains("2019: completed (run 2)");
		assertSameFiles(first, second);
	}

	@Test
	void aYearThatAnotherProcessIsAggregatingIsRefused() throws Exception {
		String url = createDatabase();
		try (Connection otherProcess = DriverManager.getConnection(url, this.user, this.password);
				Statement statement = otherProcess.createStatement()) {
			statement.execute("select pg_advisory_lock(" + LOCK_KEY + ", 2019)");

			ByteArrayOutputStream console = new ByteArrayOutputStream();
			PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
			List<String> args = new ArrayList<>(List.of("aggregate", "--input=" + BASIC,
					"--output=" + this.work.resolve("refused"), "--data=" + this.work.resolve("data")));
			args.addAll(postgres(url));
			int exit = new CommandLine(List.of(new AggregateCommand(out)), out, out).run(args.toArray(String[]::new));

			assertThat(exit).isEqualTo(CommandLine.CANNOT_RUN);
			assertThat(console.toString(StandardCharsets.UTF_8))
				.contains("report year 2019 is being aggregated by another process");
			assertThat(this.work.resolve("refused/2019")).doesNotExist();
		}
		// once the other process is gone, the year runs
		assertThat(aggregate(BASIC, this.work.resolve("after"), postgres(url))).contains("2019: completed");
	}

	@Test
	void aYearThatTheNextYearsRunInAnotherProcessReadsIsRefused() throws Exception {
		String url = createDatabase();
		try (Connection otherProcess = DriverManager.getConnection(url, this.user, this.password);
				Statement statement = otherProcess.createStatement()) {
			// what a run of 2020 holds on 2019 while it reads 2019
			statement.execute("select pg_advisory_lock_shared(" + LOCK_KEY + ", 2019)");

			ByteArrayOutputStream console = new ByteArrayOutputStream();
			PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
			List<String> args = new ArrayList<>(List.of("aggregate", "--input=" + BASIC,
					"--output=" + this.work.resolve("refused"), "--data=" + this.work.resolve("data")));
			args.addAll(postgres(url));
			int exit = new CommandLine(List.of(new AggregateCommand(out)), out, out).run(args.toArray(String[]::new));

			assertThat(exit).isEqualTo(CommandLine.CANNOT_RUN);
			assertThat(console.toString(StandardCharsets.UTF_8))
				.contains("report year 2020 is being aggregated by another process")
				.contains("it reads 2019");
			assertThat(this.work.resolve("refused/2019")).doesNotExist();
		}
	}

	@Test
	void aYearWaitsForTheRunOfTheYearBeforeInAnotherProcessAndComparesWithItsResult(CapturedOutput log)
			throws Exception {
		Path input = this.work.resolve("input");
		new Generator(GeneratorOptions.builder("21").years(List.of(2020, 2021)).departments(1).defects(1).build())
			.generate(input);
		String url = createDatabase();
		Path output = this.work.resolve("output");
		// 2020 aggregated once before: a run of 2021 alone compares with it rather than running it first
		assertThat(aggregate(input, output, withData(url, "data-first", "2020"))).contains("2020: completed");
		ExecutorService processes = Executors.newFixedThreadPool(2);
		try (Connection holder = DriverManager.getConnection(url, this.user, this.password);
				Statement statement = holder.createStatement()) {
			// given a run of 2020 in one process, held up while it has 2020 locked (it waits for 2019, held here)
			statement.execute("select pg_advisory_lock(" + LOCK_KEY + ", 2019)");
			Future<String> run2020 = processes.submit(() -> aggregate(input, output, withData(url, "data-2020", "2020")));
			awaitWaiter(holder, 2019);

			// when another process starts 2021, which reads 2020
			Future<String> run2021 = processes.submit(() -> aggregate(input, output, withData(url, "data-2021", "2021")));
			awaitWaiter(holder, 2020);

			// then 2021 waits for the run of 2020, says so, and compares with its finished result
			assertThat(run2021).isNotDone();
			assertThat(output.resolve("2021")).doesNotExist();
			assertThat(log.getOut()).contains("Aggregate 2021: waiting for the run of 2020 in another process");
			statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ", 2019)");
			assertThat(run2020.get(5, TimeUnit.MINUTES)).contains("2020: completed");
			assertThat(run2021.get(5, TimeUnit.MINUTES)).contains("2021: completed");
		}
		finally {
			processes.shutdownNow();
		}
		Path inOrder = this.work.resolve("in-order");
		aggregate(input, inOrder, List.of("--data=" + this.work.resolve("h2-data")));
		assertThat(Files.readAllLines(output.resolve("2021/yoy.csv")).size()).isGreaterThan(1);
		assertSameFiles(inOrder, output);
	}

	/** Waits until a session other than the given one waits for the shared lock of a year (a data condition, no timing). */
	private static void awaitWaiter(Connection holder, int year) throws Exception {
		String waiting = "select count(*) from pg_locks where locktype = 'advisory' and classid::bigint = " + LOCK_KEY
				+ " and objid::bigint = " + year + " and objsubid = 2 and mode = 'ShareLock' and not granted";
		for (int i = 0; i < 3000; i++) {
			try (Statement statement = holder.createStatement(); ResultSet result = statement.executeQuery(waiting)) {
				if (result.next() && result.getInt(1) > 0) {
					return;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no run waited for the shared lock of " + year);
	}

	/** The PostgreSQL options with a data folder of its own and one year, as a second process would have. */
	private List<String> withData(String url, String data, String year) {
		List<String> options = new ArrayList<>(postgres(url));
		options.add("--year=" + year);
		options.add("--data=" + this.work.resolve(data));
		return options;
	}

	private void assertSameOutputs(Path input) throws Exception {
		Path onH2 = this.work.resolve("h2-output");
		Path onPostgres = this.work.resolve("postgres-output");
		String h2Console = aggregate(input, onH2, List.of("--data=" + this.work.resolve("h2-data")));
		String postgresConsole = aggregate(input, onPostgres, postgres(createDatabase()));

		assertSameFiles(onH2, onPostgres);
		assertThat(summaries(postgresConsole)).isEqualTo(summaries(h2Console)).isNotEmpty();
	}

	private List<String> postgres(String url) {
		return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + this.user, "--spring.datasource.password=" + this.password);
	}

	/** Runs the aggregate command in this JVM, as {@code java -jar} would, and returns its console. */
	private String aggregate(Path input, Path output, List<String> options) {
		List<String> args = new ArrayList<>(List.of("aggregate", "--input=" + input, "--output=" + output,
				"--data=" + this.work.resolve("data")));
		args.addAll(options);
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
		int exit = new CommandLine(List.of(new AggregateCommand(out)), out, out).run(args.toArray(String[]::new));
		String text = console.toString(StandardCharsets.UTF_8);
		assertThat(exit).as(text).isZero();
		return text;
	}

	/** The console's counts and most frequent findings, without run numbers and folders. */
	private static List<String> summaries(String console) {
		return console.lines()
			.filter((line) -> line.contains("submissions read") || line.contains("most frequent findings"))
			.toList();
	}

	private static void assertSameFiles(Path expected, Path actual) throws IOException {
		List<Path> files = files(expected);
		assertThat(files(actual)).isEqualTo(files).isNotEmpty();
		for (Path file : files) {
			assertThat(actual.resolve(file)).as(file.toString()).hasSameBinaryContentAs(expected.resolve(file));
		}
	}

	private static List<Path> files(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
		}
	}

	/** Creates a database for this test and returns its JDBC URL. */
	private String createDatabase() throws SQLException {
		this.database = "ogi_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try {
			execute("create database " + this.database + " template template0 encoding 'UTF8'"
					+ " locale_provider icu icu_locale 'en-US'");
		}
		catch (SQLException ex) {
			// a server before PostgreSQL 15 or without ICU: its default collation then
			execute("create database " + this.database);
		}
		return withDatabase(this.serverUrl, this.database);
	}

	/** The URL with another database: the path after the host and port, before any parameters. */
	static String withDatabase(String url, String database) {
		int query = url.indexOf('?');
		String base = (query < 0) ? url : url.substring(0, query);
		String parameters = (query < 0) ? "" : url.substring(query);
		int slash = base.indexOf('/', "jdbc:postgresql://".length());
		assertThat(base.toLowerCase(Locale.ROOT)).startsWith("jdbc:postgresql://");
		return ((slash < 0) ? base : base.substring(0, slash)) + "/" + database + parameters;
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.serverUrl, this.user, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
