package org.ogirollup.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ogirollup.command.AggregateCommand;
import org.ogirollup.command.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code aggregate --scope=CODE} after a county corrects its report: every changed file of the
 * year is read again, within the scope or not, and the outputs equal those of a full run on the
 * same input.
 */
class ScopedReaggregationTests {

	private static final Path FIXTURE = Path.of("src/test/resources/fixtures/basic");

	@TempDir
	private Path work;

	@Test
	void aScopedRunAfterACorrectionGivesTheOutputsOfAFullRun() throws IOException {
		// given a full run, then 沈河区's department corrects its broken balance
		Path input = copyOfFixture();
		assertThat(aggregate(input, "out-first", "db")).contains("accepted 5, rejected 5");
		correct(input.resolve("2019/210103-D01.csv"));

		// when 沈河区 (210103) alone is aggregated again
		String console = aggregate(input, "out-scoped", "db", "--scope=210103");

		// then it is accepted, and every output equals a full run's on a fresh database
		assertThat(console).contains("accepted 6, rejected 4");
		aggregate(input, "out-full", "fresh-db");
		assertSameFiles(this.work.resolve("out-full"), this.work.resolve("out-scoped"));
		assertThat(OutputTables.total(OutputTables.rows(this.work.resolve("out-scoped/2019/totals.csv")), "210103",
				"apply.new.total")).isEqualTo("6");
	}

	@Test
	void aScopedRunTakesInChangesOutsideItsScope() throws IOException {
		// given a full run, then the province changes its file and 和平区 (under 沈阳市) takes its file back
		Path input = copyOfFixture();
		aggregate(input, "out-first", "db");
		Path province = input.resolve("2019/210000.csv");
		Files.writeString(province, Files.readString(province)
			.replace("210000,2019,active.art20_5.licensing.decisions,100", "210000,2019,active.art20_5.licensing.decisions,900"));
		Files.delete(input.resolve("2019/210102.csv"));

		// when only 沈河区 (210103) is named
		aggregate(input, "out-scoped", "db", "--scope=210103");

		// then both changes outside it are in the totals (900 + 沈阳市 28 less 和平区 7), as a full run
		// on a fresh database has them
		List<Map<String, String>> totals = OutputTables.rows(this.work.resolve("out-scoped/2019/totals.csv"));
		assertThat(OutputTables.total(totals, "210000", "active.art20_5.licensing.decisions")).isEqualTo("921");
		assertThat(OutputTables.total(totals, "210100", "apply.new.total")).isEqualTo("7");
		aggregate(input, "out-full", "fresh-db");
		assertSameFiles(this.work.resolve("out-full"), this.work.resolve("out-scoped"));
	}

	@Test
	void aScopeMustBeAGovernmentOfTheRegistry() throws IOException {
		Path input = copyOfFixture();
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
		int exit = new CommandLine(List.of(new AggregateCommand(out)), out, out).run("aggregate", "--input=" + input,
				"--output=" + this.work.resolve("out"), "--data=" + this.work.resolve("db"), "--scope=210100-D01");

		assertThat(exit).isEqualTo(CommandLine.CANNOT_RUN);
		assertThat(console.toString(StandardCharsets.UTF_8)).contains("--scope 应为单位名录 units.csv 中一级政府");
	}

	/** Takes the carried-over application out of both sides, so that R1 holds. */
	private static void correct(Path file) throws IOException {
		Files.writeString(file, Files.readString(file)
			.replace("210103-D01,2019,apply.carried_out.natural_person,1", "210103-D01,2019,apply.carried_out.natural_person,0")
			.replace("210103-D01,2019,apply.carried_out.total,1", "210103-D01,2019,apply.carried_out.total,0"));
	}

	private Path copyOfFixture() throws IOException {
		Path input = this.work.resolve("input");
		try (Stream<Path> files = Files.walk(FIXTURE)) {
			for (Path file : files.toList()) {
				Path target = input.resolve(FIXTURE.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
		return input;
	}

	private String aggregate(Path input, String output, String data, String... more) {
		List<String> args = new ArrayList<>(List.of("aggregate", "--input=" + input,
				"--output=" + this.work.resolve(output), "--data=" + this.work.resolve(data)));
		args.addAll(List.of(more));
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
		int exit = new CommandLine(List.of(new AggregateCommand(out)), out, out).run(args.toArray(String[]::new));
		String text = console.toString(StandardCharsets.UTF_8);
		assertThat(exit).as(text).isZero();
		return text;
	}

	private static void assertSameFiles(Path expected, Path actual) throws IOException {
		try (Stream<Path> files = Files.walk(expected)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertThat(actual.resolve(expected.relativize(file).toString())).as(file.toString())
					.hasSameBinaryContentAs(file);
			}
		}
	}

}
