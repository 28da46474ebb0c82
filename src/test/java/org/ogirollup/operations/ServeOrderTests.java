package org.ogirollup.operations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.ogirollup.command.AggregateCommand;
import org.ogirollup.command.CommandLine;
import org.ogirollup.generator.Generator;
import org.ogirollup.generator.GeneratorOptions;

import org.ogirollup.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Years run by the service come out as years run one after the other, whatever the order and
 * the timing of the requests (issue 14): on a fresh database, the definition of the latest two
 * years, several years posted at once in reverse order, and a year posted while the next one
 * runs give outputs byte-identical, file for file, to {@code aggregate} running the years in
 * order on a database of its own. Each test has a new service on a new database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:serve-order-${random.uuid}")
@ActiveProfiles("serve")
@DirtiesContext(classMode = ClassMode.AFTER_EACH_TEST_METHOD)
class ServeOrderTests {

	private static final String ANALYST = "analyst:demo-analyst-2026";

	/** The demo input of the repository: 2019, 2020 and 2021. */
	private static final Path DEMO = Path.of("input").toAbsolutePath();

	private static final List<Integer> GENERATED_YEARS = List.of(2019, 2020, 2021, 2022, 2023, 2024);

	private static Path generated;

	private static Path output;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Runs runs;

	@DynamicPropertySource
	static void jobDefinitions(DynamicPropertyRegistry registry) throws IOException {
		Path folder = Files.createTempDirectory("serve-order");
		if (generated == null) {
			generated = Files.createTempDirectory("serve-order-input").resolve("input");
			new Generator(GeneratorOptions.builder("21").years(GENERATED_YEARS).departments(0).defects(1).build())
				.generate(generated);
		}
		Path jobs = Files.createDirectories(folder.resolve("jobs"));
		output = folder.resolve("output");
		Files.writeString(jobs.resolve("nightly.yml"), """
				name: nightly
				job: aggregate
				parameters:
				  years:
				    latest: 2
				  input: %s
				  output: %s
				""".formatted(DEMO, output));
		Files.writeString(jobs.resolve("reaggregate.yml"), """
				name: reaggregate
				job: aggregate
				parameters:
				  input: %s
				  output: %s
				""".formatted(DEMO, output));
		Files.writeString(jobs.resolve("generated.yml"), """
				name: generated
				job: aggregate
				parameters:
				  input: %s
				  output: %s
				""".formatted(generated, output));
		registry.add("ogi.jobs-dir", jobs::toString);
	}

	@Test
	void theLatestTwoYearsOfADefinitionOnAFreshDatabaseComeOutAsRunInOrder() throws Exception {
		// when the definition of the latest two years is triggered on a fresh database
		HttpResponse<String> started = send("POST", "/api/runs", "{\"definition\": \"nightly\"}");

		// then the first year starts at once, the second waits its turn, and both come out as run in order
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		assertThat(JsonPath.<List<Integer>>read(started.body(), "$.runs[*].year")).containsExactly(2020, 2021);
		assertThat(JsonPath.<List<String>>read(started.body(), "$.runs[*].status")).containsExactly("STARTED",
				"QUEUED");
		String queuedAt = JsonPath.read(started.body(), "$.runs[1].location");
		assertThat(queuedAt).startsWith("/api/queue/");
		awaitIdle();
		assertThat(send("GET", queuedAt, null).statusCode()).isEqualTo(303);
		Path inOrder = aggregateInOrder(DEMO, "2020,2021");
		assertThat(Files.readAllLines(output.resolve("2021/yoy.csv")).size()).isGreaterThan(1);
		assertSameFiles(inOrder, output);
	}

	@Test
	void yearsPostedAtOnceInReverseOrderComeOutAsRunInOrder() throws Exception {
		// when every year is posted at once, the latest first
		List<Integer> reversed = new ArrayList<>(GENERATED_YEARS);
		Collections.reverse(reversed);
		CyclicBarrier together = new CyclicBarrier(reversed.size());
		ExecutorService clients = Executors.newFixedThreadPool(reversed.size());
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int year : reversed) {
				answers.add(clients.submit(() -> {
					together.await();
					return send("POST", "/api/runs", "{\"year\": " + year + ", \"definition\": \"generated\"}");
				}));
			}
			for (Future<HttpResponse<String>> answer : answers) {
				assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(202);
			}
		}
		finally {
			clients.shutdown();
		}
		awaitIdle();

		// then every output file is the one of the years run one after the other
		Path inOrder = aggregateInOrder(generated, null);
		assertThat(IntStream.range(1, GENERATED_YEARS.size())
			.mapToObj((i) -> output.resolve(GENERATED_YEARS.get(i) + "/yoy.csv"))
			.map(ServeOrderTests::lines)).allSatisfy((lines) -> assertThat(lines).isGreaterThan(1));
		assertSameFiles(inOrder, output);
	}

	@Test
	void aYearPostedWhileTheNextYearRunsMakesTheNextYearRunAgainAfterIt() throws Exception {
		// given a run of 2021 under way on a fresh database
		HttpResponse<String> first = send("POST", "/api/runs", "{\"year\": 2021}");
		assertThat(first.statusCode()).isEqualTo(202);
		long run2021 = ((Number) JsonPath.read(first.body(), "$.runs[0].id")).longValue();

		// when 2020 is posted
		HttpResponse<String> second = send("POST", "/api/runs", "{\"year\": 2020}");
		assertThat(second.statusCode()).isEqualTo(202);
		awaitIdle();

		// then 2021 ran again after 2020 (as a re-run of the queue, or as the follow-up of 2020's new data)
		String list = send("GET", "/api/runs?size=200", null).body();
		List<Map<String, Object>> runs = JsonPath.read(list, "$.runs[?(@.status == 'COMPLETED')]");
		List<Integer> newestFirst = runs.stream().map((run) -> (Integer) run.get("year")).toList();
		assertThat(newestFirst).containsExactly(2021, 2020, 2021);
		Map<String, Object> again = runs.get(0);
		assertThat(((Number) again.get("id")).longValue()).isGreaterThan(run2021);
		assertThat((String) again.get("origin")).contains("2020 的运行").endsWith("2021 随后重新运行");
		Path inOrder = aggregateInOrder(DEMO, "2020,2021");
		assertSameFiles(inOrder, output);
	}

	/**
	 * What {@code aggregate} writes for the years run in order, on a database of its own. Of given
	 * years, over an input of those years alone: the command line runs a year before them first
	 * when the input has it, which a definition of these years does not.
	 */
	private static Path aggregateInOrder(Path input, String years) throws IOException {
		Path folder = Files.createTempDirectory("serve-order-reference");
		Path from = input;
		if (years != null) {
			from = Files.createDirectories(folder.resolve("input"));
			Files.copy(input.resolve("units.csv"), from.resolve("units.csv"));
			for (String year : years.split(",")) {
				TestFiles.copyTree(input.resolve(year), from.resolve(year));
			}
		}
		List<String> args = new ArrayList<>(List.of("aggregate", "--input=" + from,
				"--output=" + folder.resolve("output"), "--data=" + folder.resolve("data")));
		if (years != null) {
			args.add("--year=" + years);
		}
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
		int exit = new CommandLine(List.of(new AggregateCommand(out)), out, out).run(args.toArray(String[]::new));
		assertThat(exit).as(console.toString(StandardCharsets.UTF_8)).isZero();
		return folder.resolve("output");
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

	private static int lines(Path file) {
		try {
			return Files.readAllLines(file).size();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	private void awaitIdle() throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
		while (!this.runs.idle()) {
			assertThat(Instant.now()).as("the queue still runs after 10 minutes").isBefore(deadline);
			Thread.sleep(100);
		}
	}

	private HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json)
					: HttpRequest.BodyPublishers.noBody())
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(ANALYST.getBytes(StandardCharsets.UTF_8)));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
