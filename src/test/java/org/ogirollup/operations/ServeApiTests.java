package org.ogirollup.operations;

import java.io.ByteArrayInputStream;
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
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

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

import org.ogirollup.store.SubmissionStore;
import org.ogirollup.store.SubmissionStore.Counts;

import org.ogirollup.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code serve} service end to end over HTTP on a random port: sign-in, queueing a run over
 * the fixture input and following it, the list of runs (paged, each run with its own counts and
 * origin), findings, restarts, the scheduler, the actuator, and the API's edges (oversized
 * values and bodies, years that are no whole number, unknown properties and scopes, unknown
 * addresses, the error page, many callers at once).
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

	/** The input of the definition {@code changing}: a copy of the fixture that a test changes. */
	private static Path changingInput;

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

	@Autowired
	SubmissionStore submissions;

	@Autowired
	JobDefinitionCatalog definitions;

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
		Files.writeString(jobs.resolve("badscope.yml"), """
				name: badscope
				job: aggregate
				parameters:
				  scope: "219999"
				  input: %s
				  output: %s
				""".formatted(FIXTURE, output));
		changingInput = folder.resolve("changing-input");
		TestFiles.copyTree(FIXTURE, changingInput);
		Files.writeString(jobs.resolve("changing.yml"), """
				name: changing
				job: aggregate
				parameters:
				  input: %s
				  output: %s
				""".formatted(changingInput, folder.resolve("changing-output")));
		registry.add("ogi.jobs-dir", jobs::toString);
	}

	@AfterEach
	void waitForRunsToEnd() throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (!this.runs.idle() && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
	}

	@Test
	void everyApiCallNeedsSignIn() throws Exception {
		HttpResponse<String> anonymous = send("POST", "/api/runs", "{\"year\": 2019}", null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat((String) JsonPath.read(anonymous.body(), "$.error")).contains("请先登录");
		assertThat(send("GET", "/api/runs", null, null).statusCode()).isEqualTo(401);
		assertThat(send("GET", "/api/runs", null, "analyst:wrong-password").statusCode()).isEqualTo(401);
		assertThat(send("GET", "/actuator/metrics", null, null).statusCode()).isEqualTo(401);
		assertThat(send("GET", "/error", null, null).statusCode()).isEqualTo(401);
		assertThat(this.runs.idle()).isTrue();
	}

	@Test
	void aRunThatAKilledServiceLeftUnfinishedIsResumedAtStart() throws Exception {
		// given a run whose record still says it runs, as a service killed mid-run leaves it
		long id = startedId(send("POST", "/api/runs", "{\"year\": 2019}", ANALYST));
		waitForRunsToEnd();
		JobExecution killed = this.jobRepository.getJobExecution(id);
		killed.setStatus(BatchStatus.STARTED);
		killed.setEndTime(null);
		this.jobRepository.update(killed);

		// when the service starts
		this.interruptedRuns.resume();
		waitForRunsToEnd();

		// then the run was recovered and resumed to completion, and says so
		assertThat(this.jobRepository.findRunningJobExecutions("aggregateJob")).isEmpty();
		JobExecution resumed = this.jobRepository.getLastJobExecution(killed.getJobInstance());
		assertThat(resumed.getId()).isNotEqualTo(id);
		assertThat(resumed.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jobRepository.getJobExecution(id).getStatus()).isEqualTo(BatchStatus.FAILED);
		String run = send("GET", "/api/runs/" + resumed.getId(), null, ANALYST).body();
		assertThat((String) JsonPath.read(run, "$.origin")).isEqualTo("恢复中断的运行 " + id);
	}

	@Test
	void startedRunCompletesWithCountsOriginAndFindings() throws Exception {
		HttpResponse<String> started = send("POST", "/api/runs", "{\"year\": 2019}", ANALYST);

		assertThat(started.statusCode()).isEqualTo(202);
		String location = started.headers().firstValue("Location").orElseThrow();
		int id = JsonPath.read(started.body(), "$.runs[0].id");
		assertThat(location).isEqualTo("/api/runs/" + id);
		assertThat((String) JsonPath.read(started.body(), "$.runs[0].status")).isEqualTo("STARTED");
		assertThat((Integer) JsonPath.read(started.body(), "$.runs[0].ticket")).isPositive();
		waitForRunsToEnd();
		String run = send("GET", location, null, ANALYST).body();
		assertThat((String) JsonPath.read(run, "$.status")).isEqualTo("COMPLETED");
		assertThat((Integer) JsonPath.read(run, "$.year")).isEqualTo(2019);
		assertThat((Integer) JsonPath.read(run, "$.read")).isEqualTo(10);
		assertThat((Integer) JsonPath.read(run, "$.accepted")).isEqualTo(5);
		assertThat((Integer) JsonPath.read(run, "$.rejected")).isEqualTo(5);
		assertThat((String) JsonPath.read(run, "$.origin")).isEqualTo("用户 analyst（作业定义 reaggregate）");
		assertThat((Double) JsonPath.read(run, "$.durationSeconds")).isPositive();
		String list = send("GET", "/api/runs", null, ANALYST).body();
		assertThat(JsonPath.<List<Integer>>read(list, "$.runs[*].id")).contains(id);
		HttpResponse<String> findings = send("GET", location + "/findings", null, ANALYST);
		assertThat(findings.statusCode()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(findings.body(), "$.findings[*].ruleId")).contains("R1");
		assertThat(JsonPath.<List<Integer>>read(findings.body(), "$.findings[?(@.ruleId == 'R1')].count"))
			.allSatisfy((count) -> assertThat(count).isPositive());
		HttpResponse<String> notFailed = send("POST", location + "/restart", null, ANALYST);
		assertThat(notFailed.statusCode()).isEqualTo(409);
		assertThat((String) JsonPath.read(notFailed.body(), "$.error")).contains("只有 FAILED 或 STOPPED 的运行可以重启");
		HttpResponse<String> none = send("GET", "/api/runs/999999", null, ANALYST);
		assertThat(none.statusCode()).isEqualTo(404);
		assertThat((String) JsonPath.read(none.body(), "$.error")).isEqualTo("没有编号为 999999 的运行");
		String metrics = send("GET", "/actuator/metrics", null, ANALYST).body();
		assertThat(JsonPath.<List<String>>read(metrics, "$.names")).contains("spring.batch.job");
	}

	@Test
	void aTicketShowsTheRunWhileItWaitsAndSendsTheCallerOnToTheRunOnceItStarted() throws Exception {
		HttpResponse<String> started = send("POST", "/api/runs", "{\"year\": 2019}", ANALYST);
		int id = JsonPath.read(started.body(), "$.runs[0].id");
		int ticket = JsonPath.read(started.body(), "$.runs[0].ticket");

		HttpResponse<String> followed = send("GET", "/api/queue/" + ticket, null, ANALYST);

		assertThat(followed.statusCode()).isEqualTo(303);
		assertThat(followed.headers().firstValue("Location")).contains("/api/runs/" + id);
		HttpResponse<String> unknown = send("GET", "/api/queue/987654", null, ANALYST);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat((String) JsonPath.read(unknown.body(), "$.error")).contains("987654");
	}

	@Test
	void twoStartsOfOneYearAtOnceAreBothTakenOneAfterTheOther() throws Exception {
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
			List<String> statuses = new ArrayList<>();
			List<Integer> tickets = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				HttpResponse<String> response = answer.get();
				assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
				statuses.add(JsonPath.read(response.body(), "$.runs[0].status"));
				tickets.add(JsonPath.read(response.body(), "$.runs[0].ticket"));
			}

			// the second may arrive after the first is over: then it starts at once as well
			assertThat(statuses).contains("STARTED").isSubsetOf("STARTED", "QUEUED");
			assertThat(tickets).doesNotHaveDuplicates();
			waitForRunsToEnd();
			for (int ticket : tickets) {
				assertThat(send("GET", "/api/queue/" + ticket, null, ANALYST).statusCode()).isEqualTo(303);
			}
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
		waitForRunsToEnd();
		String failed = send("GET", started.headers().firstValue("Location").orElseThrow(), null, ANALYST).body();
		assertThat((String) JsonPath.read(failed, "$.status")).isEqualTo("FAILED");
		int failedId = JsonPath.read(failed, "$.id");

		Files.delete(blockedOutput);
		HttpResponse<String> restarted = send("POST", "/api/runs/" + failedId + "/restart", null, ANALYST);

		assertThat(restarted.statusCode()).isEqualTo(202);
		int restartedId = JsonPath.read(restarted.body(), "$.runs[0].id");
		assertThat(restartedId).isNotEqualTo(failedId);
		waitForRunsToEnd();
		String run = send("GET", restarted.headers().firstValue("Location").orElseThrow(), null, ANALYST).body();
		assertThat((String) JsonPath.read(run, "$.status")).isEqualTo("COMPLETED");
		assertThat((String) JsonPath.read(run, "$.origin")).isEqualTo("用户 analyst（重启运行 " + failedId + "）");
		assertThat(blockedOutput.resolve("2019/totals.csv")).exists();
	}

	@Test
	void badRequestsAreRefusedWithAMessage() throws Exception {
		assertRefused("{}", 400, "须给出 year：作业定义 「reaggregate」 没有指定年度");
		assertRefused("{\"year\": 1999}", 400, "中没有 1999 年度的文件夹");
		assertRefused("{\"year\": 2019, \"definition\": \"x\"}", 400, "没有名为 「x」 的作业定义");
		assertRefused("{\"year\": 2019", 400, "请求体不是有效的 JSON");
		assertRefused("[2019]", 400, "请求体须为 JSON 对象");
		assertThat(this.runs.idle()).isTrue();
	}

	@Test
	void aYearMustBeAWholeJsonNumber() throws Exception {
		long before = total();

		assertRefused("{\"year\": 2021.5}", 400, "year 须为整数年份，如 2021，不是 「2021.5」");
		assertRefused("{\"year\": 2019.0}", 400, "不是 「2019.0」");
		assertRefused("{\"year\": \"2019\"}", 400, "不是 文本「2019」");
		assertRefused("{\"year\": true}", 400, "不是 「true」");
		assertRefused("{\"year\": 99999999999999999999}", 400, "year 须为整数年份");

		assertThat(total()).isEqualTo(before);
	}

	@Test
	void anUnknownPropertyIsRefusedByName() throws Exception {
		assertRefused("{\"yaer\": 2019}", 400, "未知的属性 「yaer」；可用的属性：year、scope、definition");
		assertRefused("{\"year\": 2019, \"scpoe\": \"210100\", \"x\": 1}", 400, "未知的属性 「scpoe」、「x」");
		assertThat(this.runs.idle()).isTrue();
	}

	@Test
	void anUnknownScopeIsRefusedAsOnTheCommandLine() throws Exception {
		long before = total();

		// not in units.csv; a department, not a government; and the scope of a definition, checked when triggered
		assertRefused("{\"year\": 2019, \"scope\": \"999999\"}", 400,
				"scope 须为 units.csv 中一个政府（省、市或县）的代码，「999999」 不是");
		assertRefused("{\"year\": 2019, \"scope\": \"" + aDepartment() + "\"}", 400, "scope 须为 units.csv 中一个政府");
		assertRefused("{\"year\": 2019, \"definition\": \"badscope\"}", 400, "「219999」 不是");
		assertRefused("{\"year\": 2019, \"scope\": 210100}", 400, "scope 须为文本（加引号），不是 「210100」");

		assertThat(total()).isEqualTo(before);
	}

	@Test
	void aLongValueIsQuotedShortAndAnOversizedBodyIsRefusedUnread() throws Exception {
		String longScope = "2".repeat(15_000);
		HttpResponse<String> longValue = send("POST", "/api/runs", "{\"year\": 2019, \"scope\": \"" + longScope + "\"}",
				ANALYST);
		assertThat(longValue.statusCode()).isEqualTo(400);
		assertThat(longValue.body()).hasSizeLessThan(200)
			.contains("「" + "2".repeat(Quote.PREFIX) + "…」（共 15000 个字符）");

		String tenMegabytes = "{\"year\": 2019, \"scope\": \"" + "2".repeat(10 * 1024 * 1024) + "\"}";
		HttpResponse<String> huge = send("POST", "/api/runs", tenMegabytes, ANALYST);
		assertThat(huge.statusCode()).isEqualTo(413);
		assertThat(huge.body()).hasSizeLessThan(200);
		assertThat((String) JsonPath.read(huge.body(), "$.error")).isEqualTo("请求体过大：最多 16 KB（16384 字节）");

		HttpResponse<String> twentyKb = send("POST", "/api/runs", "{\"year\": 2019, \"x\": \"" + "a".repeat(20_000) + "\"}",
				ANALYST);
		assertThat(twentyKb.statusCode()).isEqualTo(413);
		// without a declared length (chunked), and without signing in: refused all the same
		HttpRequest chunked = HttpRequest.newBuilder(uri("/api/runs"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofInputStream(() -> new ByteArrayInputStream(new byte[20_000])))
			.build();
		HttpResponse<String> unsized = this.http.send(chunked, HttpResponse.BodyHandlers.ofString());
		assertThat(unsized.statusCode()).isEqualTo(413);
		assertThat(this.runs.idle()).isTrue();
	}

	@Test
	void unknownAddressesAndTheErrorPageAnswerInJsonWithTheirStatus() throws Exception {
		HttpResponse<String> unknown = send("GET", "/api/nothing-here", null, ANALYST);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat((String) JsonPath.read(unknown.body(), "$.error")).contains("没有这个地址");
		HttpResponse<String> error = send("GET", "/error", null, ANALYST);
		assertThat(error.statusCode()).isEqualTo(404);
		assertThat((String) JsonPath.read(error.body(), "$.error")).isEqualTo("没有这个地址：/error");
		HttpResponse<String> wrongMethod = send("DELETE", "/api/runs", null, ANALYST);
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat((String) JsonPath.read(wrongMethod.body(), "$.error")).contains("DELETE");
		HttpResponse<String> notANumber = send("GET", "/api/runs/abc", null, ANALYST);
		assertThat(notANumber.statusCode()).isEqualTo(400);
		assertThat((String) JsonPath.read(notANumber.body(), "$.error")).isEqualTo("id 须为数字，不是 「abc」");
	}

	@Test
	void theListIsPagedWithTheTotal() throws Exception {
		for (int i = 0; i < 3; i++) {
			send("POST", "/api/runs", "{\"year\": 2019}", ANALYST);
			waitForRunsToEnd();
		}
		String all = send("GET", "/api/runs?size=200", null, ANALYST).body();
		int total = JsonPath.read(all, "$.total");
		List<Integer> ids = JsonPath.read(all, "$.runs[*].id");
		assertThat(ids).hasSize(total).hasSizeGreaterThanOrEqualTo(3).isSortedAccordingTo((a, b) -> Integer.compare(b, a));

		String first = send("GET", "/api/runs?page=0&size=2", null, ANALYST).body();
		String second = send("GET", "/api/runs?page=1&size=2", null, ANALYST).body();
		String past = send("GET", "/api/runs?page=1000&size=2", null, ANALYST).body();

		assertThat(JsonPath.<List<Integer>>read(first, "$.runs[*].id")).isEqualTo(ids.subList(0, 2));
		assertThat(JsonPath.<List<Integer>>read(second, "$.runs[*].id")).isEqualTo(ids.subList(2, Math.min(4, total)));
		assertThat((Integer) JsonPath.read(second, "$.total")).isEqualTo(total);
		assertThat((Integer) JsonPath.read(second, "$.page")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(second, "$.size")).isEqualTo(2);
		assertThat(JsonPath.<List<Integer>>read(past, "$.runs")).isEmpty();
		assertThat((Integer) JsonPath.read(past, "$.total")).isEqualTo(total);
		String byDefault = send("GET", "/api/runs", null, ANALYST).body();
		assertThat((Integer) JsonPath.read(byDefault, "$.size")).isEqualTo(50);
		assertRefusedGet("/api/runs?size=201", "size 须为 1 到 200 之间的整数，不是 「201」");
		assertRefusedGet("/api/runs?page=-1", "page 须为 0 到");
		assertRefusedGet("/api/runs?size=x", "「x」");
	}

	@Test
	void eachRunShowsTheCountsItLeftNotTheYearsCountsOfToday() throws Exception {
		// given a run, and a second one after a unit's file has gone from the input
		long firstRun = startedId(send("POST", "/api/runs", "{\"year\": 2019, \"definition\": \"changing\"}", ANALYST));
		waitForRunsToEnd();
		Counts afterFirst = this.submissions.counts(2019);
		try (Stream<Path> files = Files.list(changingInput.resolve("2019"))) {
			Files.delete(files.filter((file) -> file.toString().endsWith(".csv")).sorted().findFirst().orElseThrow());
		}
		long secondRun = startedId(send("POST", "/api/runs", "{\"year\": 2019, \"definition\": \"changing\"}",
				ANALYST));
		waitForRunsToEnd();
		Counts afterSecond = this.submissions.counts(2019);
		assertThat(afterSecond.read()).isLessThan(afterFirst.read());

		// then each run shows what it read, in the list and alone
		String list = send("GET", "/api/runs?size=200", null, ANALYST).body();
		assertCounts(list, firstRun, afterFirst);
		assertCounts(list, secondRun, afterSecond);
		String alone = send("GET", "/api/runs/" + firstRun, null, ANALYST).body();
		assertThat(((Number) JsonPath.read(alone, "$.read")).longValue()).isEqualTo(afterFirst.read());
	}

	@Test
	void twoHundredCallersAtOnceAreAllAnswered() throws Exception {
		send("POST", "/api/runs", "{\"year\": 2019}", ANALYST);
		waitForRunsToEnd();
		int callers = 200;
		CyclicBarrier together = new CyclicBarrier(callers);
		ExecutorService clients = Executors.newFixedThreadPool(callers);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < callers; i++) {
				answers.add(clients.submit(() -> {
					together.await();
					return send("GET", "/api/runs", null, ANALYST);
				}));
			}
			for (Future<HttpResponse<String>> answer : answers) {
				HttpResponse<String> response = answer.get();
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat((Integer) JsonPath.read(response.body(), "$.total")).isPositive();
			}
		}
		finally {
			clients.shutdown();
		}
	}

	@Test
	void theScheduleQueuesItsDefinitionsYearsLikeAnyRequest() throws Exception {
		long before = total();

		new ScheduledRun(this.definitions.definitions().get("nightly"), this.runs).run();
		waitForRunsToEnd();

		String newest = send("GET", "/api/runs?size=1", null, ANALYST).body();
		assertThat((Integer) JsonPath.read(newest, "$.total")).isEqualTo(before + 1);
		assertThat((String) JsonPath.read(newest, "$.runs[0].origin")).isEqualTo("计划任务 nightly");
		assertThat((String) JsonPath.read(newest, "$.runs[0].status")).isEqualTo("COMPLETED");
		assertThat((Integer) JsonPath.read(newest, "$.runs[0].read")).isEqualTo(10);
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

	private static void assertCounts(String list, long id, Counts counts) {
		List<Map<String, Object>> runs = JsonPath.read(list, "$.runs[?(@.id == " + id + ")]");
		assertThat(runs).singleElement().satisfies((run) -> {
			assertThat(((Number) run.get("read")).longValue()).isEqualTo(counts.read());
			assertThat(((Number) run.get("accepted")).longValue()).isEqualTo(counts.accepted());
			assertThat(((Number) run.get("rejected")).longValue()).isEqualTo(counts.rejected());
		});
	}

	private String aDepartment() throws IOException {
		return Files.readAllLines(FIXTURE.resolve("units.csv"))
			.stream()
			.filter((line) -> line.contains(",department,"))
			.map((line) -> line.substring(0, line.indexOf(',')))
			.findFirst()
			.orElseThrow();
	}

	private long total() throws Exception {
		return ((Number) JsonPath.read(send("GET", "/api/runs", null, ANALYST).body(), "$.total")).longValue();
	}

	private void assertRefused(String body, int status, String message) throws Exception {
		HttpResponse<String> refused = send("POST", "/api/runs", body, ANALYST);
		assertThat(refused.statusCode()).as(body).isEqualTo(status);
		assertThat((String) JsonPath.read(refused.body(), "$.error")).as(body).contains(message);
	}

	private void assertRefusedGet(String path, String message) throws Exception {
		HttpResponse<String> refused = send("GET", path, null, ANALYST);
		assertThat(refused.statusCode()).as(path).isEqualTo(400);
		assertThat((String) JsonPath.read(refused.body(), "$.error")).as(path).contains(message);
	}

	private static long startedId(HttpResponse<String> started) {
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		return ((Number) JsonPath.read(started.body(), "$.runs[0].id")).longValue();
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpResponse<String> send(String method, String path, String json, String credentials)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
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
