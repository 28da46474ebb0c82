package org.ogirollup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/ogi-rollup} against the packaged jar (an integration test: failsafe runs it after
 * {@code package}). The jar is copied into a temporary folder, so the launcher prepares its
 * archive there, from scratch, and leaves {@code target/} alone.
 */
class LauncherIT {

	private static final Path LAUNCHER = Path.of("bin/ogi-rollup").toAbsolutePath();

	private static final Path INPUT = Path.of("src/test/resources/fixtures/basic").toAbsolutePath();

	@TempDir
	static Path folder;

	private static Path jar;

	@BeforeAll
	static void copyTheJar() throws IOException {
		jar = folder.resolve("ogi-rollup.jar");
		Files.copy(Path.of("target/ogi-rollup.jar"), jar);
	}

	@Test
	void firstRunPreparesTheArchiveLaterRunsStartFromItAndTheOutputsAreThePlainJars() throws Exception {
		// when: the launcher's first run, then a second one that logs where its classes came from
		Run first = launch(Map.of(), "aggregate", "--input=" + INPUT, "--output=" + folder.resolve("first"),
				"--data=" + folder.resolve("first-data"));
		Path classLog = folder.resolve("classes.log");
		Run second = launch(Map.of("JAVA_OPTS", "-Xlog:class+load:file=" + classLog), "aggregate",
				"--input=" + INPUT, "--output=" + folder.resolve("second"), "--data=" + folder.resolve("second-data"));
		Run plain = run(List.of(javaCommand(), "-jar", jar.toString(), "aggregate", "--input=" + INPUT,
				"--output=" + folder.resolve("plain"), "--data=" + folder.resolve("plain-data")), Map.of());

		// then
		assertThat(first.exit()).as(first.output()).isZero();
		assertThat(first.output()).contains("preparing").contains("2019: completed");
		assertThat(folder.resolve("ogi-rollup-app/stamp")).isRegularFile();
		assertThat(second.exit()).as(second.output()).isZero();
		assertThat(second.output()).doesNotContain("preparing");
		// the application's own classes come out of the archive, not out of the jar
		assertThat(Files.readString(classLog)).containsPattern("org\\.ogirollup\\.Application source: shared objects file");
		for (String run : List.of("first", "second")) {
			assertThat(folder.resolve(run).resolve("2019/totals.csv"))
				.hasSameBinaryContentAs(folder.resolve("plain/2019/totals.csv"));
			assertThat(folder.resolve(run).resolve("2019/validation.csv"))
				.hasSameBinaryContentAs(folder.resolve("plain/2019/validation.csv"));
		}
		assertThat(plain.exit()).isZero();
	}

	@Test
	void aMissingJarIsNamedWithHowToBuildIt() throws Exception {
		// when
		Run run = launch(Map.of("OGI_ROLLUP_JAR", folder.resolve("nowhere.jar").toString()), "--help");

		// then
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.output()).contains("nowhere.jar").contains("mvn -q -B package");
	}

	private record Run(int exit, String output) {
	}

	private static Run launch(Map<String, String> environment, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
		command.addAll(List.of(arguments));
		Map<String, String> withJar = new HashMap<>(Map.of("OGI_ROLLUP_JAR", jar.toString()));
		withJar.putAll(environment);
		return run(command, withJar);
	}

	private static Run run(List<String> command, Map<String, String> environment) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		builder.environment().remove("JAVA_OPTS");
		builder.environment().putAll(environment);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new IllegalStateException("timed out: " + command);
		}
		return new Run(process.exitValue(), output);
	}

	private static String javaCommand() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
