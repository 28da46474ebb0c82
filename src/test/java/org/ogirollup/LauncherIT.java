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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code bin/ogi-rollup} against the packaged jar (an integration test: failsafe runs it after
 * {@code package}). The jar is copied into a temporary folder, so the launcher prepares its
 * archive there, from scratch, and leaves {@code target/} alone.
 */
class LauncherIT {

	private static final Path LAUNCHER = Path.of("bin/ogi-rollup").toAbsolutePath();

	private static final Path INPUT = Path.of("src/test/resources/fixtures/basic").toAbsolutePath();

	/**
	 * A Java 25 or later, where the launcher makes an AOT cache instead of a CDS archive: the Java
	 * the README recommends for short runs. {@code .ci/run} names one when the machine has it.
	 */
	private static final String AOT_JAVA_HOME = System.getenv("OGI_TEST_AOT_JAVA_HOME");

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
		// when
		launchTwiceBesideThePlainJar(folder, jar, Map.of());

		// then: the archive the launcher starts from (a CDS archive, or on Java 25 an AOT cache) is there
		assertThat(folder.resolve("ogi-rollup-app/stamp")).isRegularFile();
		String archiveOption = Files.readString(folder.resolve("ogi-rollup-app/archive.option")).strip();
		assertThat(Path.of(archiveOption.substring(archiveOption.indexOf('=') + 1))).isRegularFile();
	}

	@Test
	void aMissingJarIsNamedWithHowToBuildIt() throws Exception {
		// when
		Run run = launch(jar, Map.of("OGI_ROLLUP_JAR", folder.resolve("nowhere.jar").toString()), "--help");

		// then
		assertThat(run.exit()).isEqualTo(2);
		assertThat(run.output()).contains("nowhere.jar").contains("mvn -q -B package");
	}

	@Test
	void onJava25TheLauncherMakesAnAotCacheAndTheOutputsAreThoseOfThePlainJarOnTheBuildJava() throws Exception {
		assumeTrue(AOT_JAVA_HOME != null && !AOT_JAVA_HOME.isBlank(),
				"OGI_TEST_AOT_JAVA_HOME names no Java 25 or later: the launcher's AOT cache is not tried");
		// given: a jar of its own, so that its prepared layout does not meet the other test's
		Path own = Files.createDirectories(folder.resolve("aot"));
		Path ownJar = Files.copy(jar, own.resolve("ogi-rollup.jar"));

		// when
		launchTwiceBesideThePlainJar(own, ownJar, Map.of("JAVA_HOME", AOT_JAVA_HOME));

		// then
		assertThat(own.resolve("ogi-rollup-app/app/ogi-rollup.aot")).isRegularFile();
		assertThat(own.resolve("ogi-rollup-app/archive.option")).content().startsWith("-XX:AOTCache=");
	}

	/**
	 * Runs the launcher twice on a jar in {@code runs}, the second time logging where its classes
	 * came from, and the jar plainly on the build's Java; checks that the first run prepared the
	 * archive, the second started from it, and both wrote the plain run's outputs byte for byte.
	 */
	private static void launchTwiceBesideThePlainJar(Path runs, Path jarToRun, Map<String, String> environment)
			throws Exception {
		Run first = launch(jarToRun, environment, "aggregate", "--input=" + INPUT, "--output=" + runs.resolve("first"),
				"--data=" + runs.resolve("first-data"));
		Path classLog = runs.resolve("classes.log");
		Map<String, String> logging = new HashMap<>(environment);
		logging.put("JAVA_OPTS", "-Xlog:class+load:file=" + classLog);
		Run second = launch(jarToRun, logging, "aggregate", "--input=" + INPUT, "--output=" + runs.resolve("second"),
				"--data=" + runs.resolve("second-data"));
		Run plain = run(List.of(javaCommand(), "-jar", jarToRun.toString(), "aggregate", "--input=" + INPUT,
				"--output=" + runs.resolve("plain"), "--data=" + runs.resolve("plain-data")), Map.of());

		assertThat(first.exit()).as(first.output()).isZero();
		assertThat(first.output()).contains("preparing").contains("2019: completed");
		assertThat(second.exit()).as(second.output()).isZero();
		assertThat(second.output()).doesNotContain("preparing");
		// the application's own classes come out of the archive, not out of the jar
		assertThat(Files.readString(classLog)).containsPattern("org\\.ogirollup\\.Application source: shared objects file");
		assertThat(plain.exit()).as(plain.output()).isZero();
		for (String run : List.of("first", "second")) {
			assertThat(runs.resolve(run).resolve("2019/totals.csv"))
				.hasSameBinaryContentAs(runs.resolve("plain/2019/totals.csv"));
			assertThat(runs.resolve(run).resolve("2019/validation.csv"))
				.hasSameBinaryContentAs(runs.resolve("plain/2019/validation.csv"));
		}
	}

	private record Run(int exit, String output) {
	}

	private static Run launch(Path jarToRun, Map<String, String> environment, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
		command.addAll(List.of(arguments));
		Map<String, String> withJar = new HashMap<>(Map.of("OGI_ROLLUP_JAR", jarToRun.toString()));
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
