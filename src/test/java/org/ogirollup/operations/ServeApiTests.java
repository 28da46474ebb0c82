package org.ogirollup.operations;

import java.io.IOException;
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
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code serve} service end to end over HTTP on a random port: sign-in, starting a run over
 * the fixture input and polling it, two starts of one year at once, findings, the scheduler and
 * the actuator.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:serve-api;DB_CLOSE_DELAY=-1")
@ActiveProfiles("serve")
class ServeApiTests {

	private static final String ANALYST = "analyst:demo-analyst-2026";

	private static final Path FIXTURE = Path.of("src/test/resources/fixtures/basic").toAbsolutePath();

	private static Path jobs;

	/** The output "folder" of the definition {@code broken}: a file until a test replaces it. */
	private static Path blockedOutput;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	Runs runs;

	@Autowired
	ScheduledTaskHolder scheduler;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	InterruptedRuns interruptedRuns;

	@DynamicPropertySource
	static void jobDefinitions(DynamicPropertyRegistry registry) throws IOException {
		Path folder = Files.createTempDirectory("serve-api");
		jobs = Files.createDirectories(folder.resolve("jobs"));
		Path output = folder.resolve("output");
		Files.writeString(jobs.resolve("reaggregate.yml"), """
				name: reaggregate
				job: aggregate
				parameters:
				  input: %s
				  output: %s
				""".formatted(FIXTURE, output));
		Files.writeString(jobs.resolve("nightly.yml"), """
				name: nightly
				job: aggregate
				cron: "0 0 2 * * *"
				parameters:
				  years:
				    latest: 2
				  input: %s
				  output: %s
				""".formatted(FIXTURE, output));
		blockedOutput = folder.resolve("blocked");
		Files.writeString(jobs.resolve("broken.yml"), """
				name: broken
				job: aggregate
				parameters:
				  input: %s
				  output: %s
				""".formatted(FIXTURE, blockedOutput));
		registry.add("ogi.jobs-dir", jobs::toString);
	}

	@AfterEach
	void waitForRunsToEnd() throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (this.runs.busy(2019) && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
	}

	@Test
	void everyApiCallNeedsSignIn() throws Exception {
		assertThat(send("POST", "/api/runs", "{\"year\": 2019}", null).statusCode()).isEqualTo(401);
		assertThat(send("GET", "/api/runs", null, null).statusCode()).isEqualTo(401);
		assertThat(send("GET", "/api/runs", null, "analyst:wrong-password").statusCode()).isEqualTo(401);
		assertThat(send("GET", "/actuator/metrics", null, null).statusCode()).isEqualTo(401);
	}

	@Test
	void aRunThatAKilledServiceLeftUnfinishedIsResumedAtStart() throws Exception {
		// given a run whose record still says it runs, as a service killed mid-run leaves it
		HttpResponse<String> started = send("POST", "/api/runs", "{\"year\": 2019}", ANALYST);
		long id = ((Number) JsonPath.read(started.body(), "$.runs[0].id")).longValue();
		pollUntilEnded("/api/runs/" + id);
		JobExecution killed = this.jobRepository.getJobExecution(id);
		killed.setStatus(BatchStatus.STARTED);
		killed.setEndTime(null);
		this.jobRepository.update(killed);

		// when the service starts
		this.interruptedRuns.resume();
		waitForRunsToEnd();

		// then the run was recovered and resumed to completion
		assertThat(this.jobRepository.findRunningJobExecutions("aggregateJob")).isEmpty();
		JobExecution resumed = this.jobRepository.getLastJobExecution(killed.getJobInstance());
		assertThat(resumed.getId()).isNotEqualTo(id);
		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jobRepository.getJobExecution(id).getStatus()).isEqualTo(BatchStatus.FAILED);
	}

	@Test
	void startedRunCompletesWithCountsAndFindings() throws Exception {
		HttpResponse<String> started = send("POST", "/api/runs", "{\"year\": 2019}", ANALYST);

		assertThat(started.statusCode()).isEqualTo(202);
		String location = started.headers().firstValue("Location").orElseThrow();
		int id = JsonPath.read(started.body(), "$.runs[0].id");
		assertThat(location).isEqualTo("/api/runs/" + id);
		String run = pollUntilEnded(location);
		assertThat((String) JsonPath.read(run, "$.status")).isEqualTo("COMPLETED");
		assertThat((Integer) JsonPath.read(run, "$.year")).isEqualTo(2019);
		assertThat((Integer) JsonPath.read(run, "$.read")).isEqualTo(10);
		assertThat((Integer) JsonPath.read(run, "$.accepted")).isEqualTo(5);
		assertThat((Integer) JsonPath.read(run, "$.rejected")).isEqualTo(5);
		assertThat((Double) JsonPath.read(run, "$.durationSeconds")).isPositive();
		String list = send("GET", "/api/runs", null, ANALYST).body();
		assertThat(JsonPath.<List<Integer>>read(list, "$[*].id")).contains(id);
		HttpResponse<String> findings = send("GET", location + "/findings", null, ANALYST);
		assertThat(findings.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(findings.body(), "$.findings[*].ruleId")).contains("R1");
		assertThat(JsonPath.<List<Integer>>read(findings.body(), "$.findings[?(@.ruleId == 'R1')].count"))
			.allSatisfy((count) -> assertThat(count).isPositive());
		assertThat(send("POST", location + "/restart", null, ANALYST).statusCode()).isEqualTo(409);
		assertThat(send("GET", "/api/runs/999999", null, ANALYST).statusCode()).isEqualTo(404);
		String metrics = send("GET", "/actuator/metrics", null, ANALYST).body();
		assertThat(JsonPath.<List<String>>read(metrics, "$.names")).contains("spring.batch.job");
	}

	@Test
	void twoStartsOfOneYearAtOnceGiveOneRunAndOneConflict() throws Exception {
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService clients = Executors.newFixedThreadPool(2);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				answers.add(clients.submit(() -> {
					together.await();
					return send("POST", "/api/runs", "{\"year\": 2019}", ANALYST);
				}));
			}
			List<Integer> statuses = new ArrayList<>();
			String conflict = null;
			for (Future<HttpResponse<String>> answer : answers) {
				HttpResponse<String> response = answer.get();
				statuses.add(response.statusCode());
				if (response.statusCode() == 409) {
					conflict = response.body();
				}
			}

			assertThat(statuses).containsExactlyInAnyOrder(202, 409);
			assertThat(conflict).contains("a run of report year 2019 is already running");
		}
		finally {
			clients.shutdown();
		}
	}

	@Test
	void failedRunIsRestarted() throws Exception {
		Files.deleteIfExists(blockedOutput);
		Files.writeString(blockedOutput, "a file where the output folder should be");
		HttpResponse<String> started = send("POST", "/api/runs", "{\"year\": 2019, \"definition\": \"broken\"}",
				ANALYST);
		assertThat(started.statusCode()).isEqualTo(202);
		String failed = pollUntilEnded(started.headers().firstValue("Location").orElseThrow());
		assertThat((String) JsonPath.read(failed, "$.status")).isEqualTo("FAILED");
		int failedId = JsonPath.read(failed, "$.id");

		Files.delete(blockedOutput);
		HttpResponse<String> restarted = send("POST", "/api/runs/" + failedId + "/restart", null, ANALYST);

		assertThat(restarted.statusCode()).isEqualTo(202);
		int restartedId = JsonPath.read(restarted.body(), "$.runs[0].id");
		assertThat(restartedId).isNotEqualTo(failedId);
		String run = pollUntilEnded(restarted.headers().firstValue("Location").orElseThrow());
		assertThat((String) JsonPath.read(run, "$.status")).isEqualTo("COMPLETED");
		assertThat(blockedOutput.resolve("2019/totals.csv")).exists();
	}

	@Test
	void badRequestsAreRefusedWithAMessage() throws Exception {
		HttpResponse<String> noYear = send("POST", "/api/runs", "{}", ANALYST);
		assertThat(noYear.statusCode()).isEqualTo(400);
		assertThat(noYear.body()).contains("'year' is required");
		HttpResponse<String> unknownYear = send("POST", "/api/runs", "{\"year\": 1999}", ANALYST);
		assertThat(unknownYear.statusCode()).isEqualTo(400);
		assertThat(unknownYear.body()).contains("no folder for report year 1999");
		HttpResponse<String> unknownDefinition = send("POST", "/api/runs", "{\"year\": 2019, \"definition\": \"x\"}",
				ANALYST);
		assertThat(unknownDefinition.statusCode()).isEqualTo(400);
		assertThat(unknownDefinition.body()).contains("no job definition 'x'");
	}

	@Test
	void healthIsOpen() throws Exception {
		HttpResponse<String> health = send("GET", "/actuator/health", null, null);

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(health.body(), "$.status")).isEqualTo("UP");
	}

	@Test
	void definitionWithACronIsScheduled() {
		List<CronTask> cronTasks = this.scheduler.getScheduledTasks()
			.stream()
			.map(ScheduledTask::getTask)
			.filter(CronTask.class::isInstance)
			.map(CronTask.class::cast)
			.toList();

		assertThat(cronTasks).singleElement().satisfies((task) -> {
			assertThat(task.getExpression()).isEqualTo("0 0 2 * * *");
			// the scheduler wraps the runnable to track its outcome; the wrapper shows the definition
			assertThat(task.getRunnable()).hasToString("definition nightly");
		});
	}

	private String pollUntilEnded(String location) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(deadline)) {
			HttpResponse<String> run = send("GET", location, null, ANALYST);
			assertThat(run.statusCode()).isEqualTo(200);
			String status = JsonPath.read(run.body(), "$.status");
			if (!status.equals("STARTING") && !status.equals("STARTED")) {
				return run.body();
			}
			Thread.sleep(200);
		}
		throw new AssertionError("run " + location + " did not end in time");
	}

	private HttpResponse<String> send(String method, String path, String json, String credentials)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json)
					: HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (credentials != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
