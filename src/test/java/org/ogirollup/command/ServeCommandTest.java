package org.ogirollup.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code serve} verb's checks before the service starts. */
class ServeCommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final CommandLine commandLine = new CommandLine(List.of(new ServeCommand()),
			new PrintStream(this.out, true, StandardCharsets.UTF_8), new PrintStream(this.err, true, StandardCharsets.UTF_8));

	@Test
	void isListedWithItsApiInTheHelp() {
		assertThat(this.commandLine.run("--help")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("serve");
		assertThat(this.commandLine.run("serve", "--help")).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("POST /api/runs", "--server.address");
	}

	@Test
	void brokenDefinitionStopsTheServiceBeforeItStarts() throws IOException {
		Path bad = Files.writeString(this.folder.resolve("nightly.yml"),
				"name: nightly\njob: aggregate\ncron: nightly\nparameters: {years: [2021], input: i, output: o}\n");

		int exit = this.commandLine.run("serve", "--jobs=" + this.folder);

		assertThat(exit).isEqualTo(CommandLine.CANNOT_RUN);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains(bad + ": 'cron' is not a Spring cron expression");
	}

	@Test
	void aDefinitionWhoseScopeIsNoGovernmentOfItsInputStopsTheService() throws IOException {
		Path input = Path.of("src/test/resources/fixtures/basic").toAbsolutePath();
		Path bad = Files.writeString(this.folder.resolve("city.yml"), "name: city\njob: aggregate\nparameters: {years: [2019],"
				+ " scope: '999999', input: '" + input + "', output: '" + this.folder.resolve("out") + "'}\n");

		int exit = this.commandLine.run("serve", "--jobs=" + this.folder);

		assertThat(exit).isEqualTo(CommandLine.CANNOT_RUN);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains(bad + ": 'parameters.scope' 应为 "
				+ input.resolve("units.csv") + " 中一级政府（省、市或县）的代码，而不是 '999999'");
	}

	@Test
	void missingDefinitionsFolderStopsTheService() {
		int exit = this.commandLine.run("serve", "--jobs=" + this.folder.resolve("nowhere"));

		assertThat(exit).isEqualTo(CommandLine.CANNOT_RUN);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("job definitions folder not found");
	}

}
