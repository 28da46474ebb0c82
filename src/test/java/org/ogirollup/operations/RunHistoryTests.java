package org.ogirollup.operations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.batch.core.repository.dao.DefaultExecutionContextSerializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import org.ogirollup.command.AggregateCommand;
import org.ogirollup.command.CommandLine;
import org.ogirollup.operations.RunHistory.RunPage;

import org.ogirollup.TestPrerequisites;

import org.ogirollup.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list of runs read in one query over the job repository's tables, on H2 and on PostgreSQL
 * (when {@code OGI_TEST_POSTGRES_URL} names a server, as for {@code PostgresFunctionalTests}):
 * paged newest first with the total, each run with the counts it printed, its origin and scope.
 */
class RunHistoryTests {

	private static final Path FIXTURE = Path.of("src/test/resources/fixtures/basic").toAbsolutePath();

	private static final Pattern COUNTS = Pattern
		.compile("\\((?:run )?(\\d+)\\)\\n  submissions read (\\d+), accepted (\\d+), rejected (\\d+)");

	@TempDir
	private Path work;

	private String postgresDatabase;

	@AfterEach
	void dropDatabase() throws SQLException {
		if (this.postgresDatabase != null) {
			try (Connection connection = postgresServer(); Statement statement = connection.createStatement()) {
				statement.execute("drop database if exists " + this.postgresDatabase + " with (force)");
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void aPageOfRunsWithTheirOwnCountsOriginAndScope(String database) throws Exception {
		// given three runs of 2019, the second scoped, the third after a file has gone from the input
		Path input = this.work.resolve("input");
		TestFiles.copyTree(FIXTURE, input);
		List<String> options = options(database);
		String first = aggregate(input, options);
		String second = aggregate(input, options, "--scope=210100");
		try (Stream<Path> files = Files.list(input.resolve("2019"))) {
			Files.delete(files.filter((file) -> file.toString().endsWith(".csv")).sorted().findFirst().orElseThrow());
		}
		String third = aggregate(input, options);
		RunHistory history = new RunHistory(null, new JdbcTemplate(dataSource(database)),
				new DefaultExecutionContextSerializer(), List::of);

		// when the runs are listed a page at a time
		RunPage all = history.list(0, 50);
		RunPage newest = history.list(0, 2);
		RunPage oldest = history.list(1, 2);
		RunPage past = history.list(5, 2);

		// then newest first, with the total, each with what it printed
		assertThat(all.total()).isEqualTo(3);
		assertThat(all.runs()).extracting(RunView::id).containsExactly(id(third), id(second), id(first));
		assertThat(newest.runs()).extracting(RunView::id).containsExactly(id(third), id(second));
		assertThat(oldest.runs()).extracting(RunView::id).containsExactly(id(first));
		assertThat(oldest.total()).isEqualTo(3);
		assertThat(past.runs()).isEmpty();
		assertThat(past.total()).isEqualTo(3);
		for (String console : List.of(first, second, third)) {
			RunView run = history.find(id(console)).orElseThrow();
			assertThat(List.of(run.read(), run.accepted(), run.rejected())).isEqualTo(counts(console));
			assertThat(run.status()).isEqualTo("COMPLETED");
			assertThat(run.year()).isEqualTo(2019);
			assertThat(run.origin()).isEqualTo("命令行");
			assertThat(run.input()).isEqualTo(input.toString());
		}
		assertThat(counts(third).get(0)).isLessThan(counts(first).get(0));
		assertThat(all.runs()).extracting(RunView::scope).containsExactly(null, "210100", null);
		assertThat(history.find(id(third) + 1000)).isEmpty();
	}

	private List<String> options(String database) throws SQLException {
		if (database.equals("h2")) {
			return List.of("--data=" + this.work.resolve("data"));
		}
		TestPrerequisites.postgresUrl();
		this.postgresDatabase = "ogi_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection connection = postgresServer(); Statement statement = connection.createStatement()) {
			statement.execute("create database " + this.postgresDatabase);
		}
		return List.of("--data=" + this.work.resolve("data"), "--spring.profiles.active=postgres",
				"--spring.datasource.url=" + postgresUrl(), "--spring.datasource.username=" + user(),
				"--spring.datasource.password=" + password());
	}

	private DriverManagerDataSource dataSource(String database) {
		if (database.equals("h2")) {
			return new DriverManagerDataSource("jdbc:h2:file:" + this.work.resolve("data/ogi-rollup"), "sa", "");
		}
		return new DriverManagerDataSource(postgresUrl(), user(), password());
	}

	private static Connection postgresServer() throws SQLException {
		return DriverManager.getConnection(System.getenv("OGI_TEST_POSTGRES_URL"), user(), password());
	}

	/** The server's URL with this test's database: the path after host and port, before any parameters. */
	private String postgresUrl() {
		String url = System.getenv("OGI_TEST_POSTGRES_URL");
		int query = url.indexOf('?');
		String base = (query < 0) ? url : url.substring(0, query);
		int slash = base.indexOf('/', "jdbc:postgresql://".length());
		return ((slash < 0) ? base : base.substring(0, slash)) + "/" + this.postgresDatabase
				+ ((query < 0) ? "" : url.substring(query));
	}

	private static String user() {
		return System.getenv().getOrDefault("OGI_TEST_POSTGRES_USER", "ogirollup");
	}

	private static String password() {
		return System.getenv().getOrDefault("OGI_TEST_POSTGRES_PASSWORD", "ogirollup");
	}

	private String aggregate(Path input, List<String> options, String... more) {
		List<String> args = new ArrayList<>(List.of("aggregate", "--input=" + input,
				"--output=" + this.work.resolve("output")));
		args.addAll(options);
		args.addAll(List.of(more));
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
		int exit = new CommandLine(List.of(new AggregateCommand(out)), out, out).run(args.toArray(String[]::new));
		String text = console.toString(StandardCharsets.UTF_8);
		assertThat(exit).as(text).isZero();
		return text;
	}

	private static long id(String console) {
		return Long.parseLong(match(console).group(1));
	}

	private static List<Long> counts(String console) {
		Matcher matcher = match(console);
		return List.of(Long.parseLong(matcher.group(2)), Long.parseLong(matcher.group(3)),
				Long.parseLong(matcher.group(4)));
	}

	private static Matcher match(String console) {
		Matcher matcher = COUNTS.matcher(console);
		assertThat(matcher.find()).as(console).isTrue();
		return matcher;
	}


}
