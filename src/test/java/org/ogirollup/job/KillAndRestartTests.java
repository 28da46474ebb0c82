package org.ogirollup.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the aggregate command with SIGKILL in the middle of a run, starts it again with the same
 * arguments and checks that the outputs equal those of a run that was never interrupted.
 */
class KillAndRestartTests {

	private static final int DEPARTMENTS = 1500;

	@TempDir
	static Path work;

	private static Path input;

	private static Path reference;

	@BeforeAll
	static void writeInputAndReferenceRun() throws Exception {
		input = work.resolve("input");
		Files.createDirectories(input.resolve("2019"));
		Path fixture = Path.of("src/test/resources/fixtures/basic/2019/210000.csv");
		List<String> template = Files.readAllLines(fixture, StandardCharsets.UTF_8);
		List<String> units = new ArrayList<>(List.of("code,name,level,parent_code", "210000,辽宁省,province,",
				"210100,沈阳市,city,210000"));
		for (int i = 0; i < DEPARTMENTS; i++) {
			String code = String.format("210100-D%04d", i);
			units.add(code + ",部门" + i + ",department,210100");
			List<String> rows = new ArrayList<>(template.stream().map((row) -> row.replaceFirst("^210000,", code + ",")).toList());
			Files.write(input.resolve("2019/" + code + ".csv"), rows, StandardCharsets.UTF_8);
		}
		Files.write(input.resolve("units.csv"), units, StandardCharsets.UTF_8);
		reference = work.resolve("reference");
		Process run = aggregate(reference, work.resolve("reference-db"));
		assertThat(run.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(run.exitValue()).isZero();
	}

	@ParameterizedTest(name = "killed {0} ms after ingest started")
	@ValueSource(ints = { 200, 1500 })
	void aKilledRunStartedAgainGivesTheSameOutputs(int delayMillis) throws Exception {
		Path output = work.resolve("out-" + delayMillis);
		Path database = work.resolve("db-" + delayMillis);
		Process first = aggregate(output, database);
		awaitLine(first, "Reading " + DEPARTMENTS + " submission files");
		Thread.sleep(delayMillis);
		first.destroyForcibly().waitFor(1, TimeUnit.MINUTES);

		Process second = aggregate(output, database);
		String console = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();

		assertThat(second.exitValue()).as(console).isZero();
		assertThat(console).contains("2019: completed");
		assertThat(files(output.resolve("2019"))).containsExactlyElementsOf(files(reference.resolve("2019")));
		for (String name : files(reference.resolve("2019"))) {
			assertThat(output.resolve("2019").resolve(name)).as(name)
				.hasSameBinaryContentAs(reference.resolve("2019").resolve(name));
		}
		assertThat(console).as("the killed run was resumed, not started afresh").contains("resumed");
	}

	private static Process aggregate(Path output, Path database) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				"org.ogirollup.Application", "aggregate", "--input=" + input, "--output=" + output, "--data=" + database)
			.redirectErrorStream(true)
			.start();
	}

	private static void awaitLine(Process process, String text) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			if (line.contains(text)) {
				return;
			}
		}
		throw new AssertionError("the run ended before printing: " + text);
	}

	/** Every file below a folder, by its path relative to the folder. */
	private static List<String> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).map((file) -> folder.relativize(file).toString()).sorted().toList();
		}
	}

}
