package org.ogirollup.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;

/**
 * {@code serve} of the built jar as a child process, for the benchmark's service modes: one job
 * definition {@code reaggregate} of an input and an output folder, a database folder of its own,
 * and calls of its HTTP API signed in with HTTP Basic as the demo analyst.
 */
final class ServeProcess implements AutoCloseable {

	private static final String CREDENTIALS = "analyst:demo-analyst-2026";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

	private final Process process;

	private final Path log;

	private final int port;

	private ServeProcess(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/**
	 * Starts serve in {@code folder} (its job definitions, database and log there) with the
	 * definition {@code reaggregate} of {@code input} and {@code output}, and waits until it answers.
	 */
	static ServeProcess start(Path java, Path jar, Path folder, Path input, Path output) throws Exception {
		Path jobs = Files.createDirectories(folder.resolve("jobs"));
		Files.writeString(jobs.resolve("reaggregate.yml"), """
				name: reaggregate
				job: aggregate
				parameters:
				  input: %s
				  output: %s
				""".formatted(input, output));
		int port = freePort();
		Path log = folder.resolve("serve.log");
		// Spring Batch's line per step ("Step: [name] executed in 1s234ms") and times to the millisecond
		List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx1g",
				"-Dlogging.level.org.springframework.batch.core.step=info",
				"-Dlogging.pattern.console=%d{HH:mm:ss.SSS} %-5level %msg%n"));
		String recording = System.getenv("BENCHMARK_JFR");
		if (recording != null && !recording.isBlank()) {
			// where the service spends its time: a flight recording to read with `jfr print`
			command.add("-XX:StartFlightRecording=filename=" + recording + ",settings=profile");
		}
		command.addAll(List.of("-jar", jar.toString(), "serve", "--jobs=" + jobs, "--data=" + folder.resolve("data"),
				"--server.port=" + port));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		ServeProcess serve = new ServeProcess(process, log, port);
		try {
			serve.awaitHealthy();
		}
		catch (Exception ex) {
			serve.close();
			throw ex;
		}
		return serve;
	}

	/** The serve log. */
	Path log() {
		return this.log;
	}

	/**
	 * Starts a run of the year ({@code scope} empty for none) and answers its run id; a run that
	 * waits in the queue (the last one still letting go of the year) is followed until it starts.
	 */
	long startRun(int year, String scope) throws IOException, InterruptedException {
		String body = scope.isEmpty() ? "{\"year\": " + year + "}"
				: "{\"year\": " + year + ", \"scope\": \"" + scope + "\"}";
		HttpResponse<String> started = send("POST", "/api/runs", body);
		if (started.statusCode() != 202) {
			throw new IllegalStateException("POST /api/runs answered " + started.statusCode() + ": " + started.body());
		}
		Number id = JsonPath.read(started.body(), "$.runs[0].id");
		String location = JsonPath.read(started.body(), "$.runs[0].location");
		while (id == null) {
			HttpResponse<String> queued = send("GET", location, null);
			if (queued.statusCode() == 303) {
				String run = queued.headers().firstValue("Location").orElseThrow();
				return Long.parseLong(run.substring(run.lastIndexOf('/') + 1));
			}
			String status = JsonPath.read(queued.body(), "$.status");
			// STARTING: taken from the queue, its run id not given yet
			if (!status.equals("QUEUED") && !status.equals("STARTING")) {
				throw new IllegalStateException("the queued run was " + status + ": " + queued.body());
			}
			Thread.sleep(5);
		}
		return id.longValue();
	}

	/** Polls a run every {@code pollMillis} until it has ended, and answers its status. */
	String awaitEnd(long id, long pollMillis) throws IOException, InterruptedException {
		while (true) {
			HttpResponse<String> run = send("GET", "/api/runs/" + id, null);
			String status = JsonPath.read(run.body(), "$.status");
			if (!status.equals("STARTING") && !status.equals("STARTED")) {
				return status;
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException("serve stopped during run " + id + "; see " + this.log);
			}
			Thread.sleep(pollMillis);
		}
	}

	HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofMinutes(5))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(CREDENTIALS.getBytes(StandardCharsets.UTF_8)))
			.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json)
					: HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void awaitHealthy() throws Exception {
		for (int i = 0; i < 600; i++) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("serve stopped before it answered; see " + this.log);
			}
			try {
				if (send("GET", "/actuator/health", null).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("serve did not answer within 2 minutes; see " + this.log);
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
