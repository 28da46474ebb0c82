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

import org.ogirollup.input.DocumentKind;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code aggregate} command line: help, exit codes and messages when it cannot run. */
class AggregateCommandTests {

	private static final Path FIXTURE = Path.of("src/test/resources/fixtures/basic").toAbsolutePath();

	/** The demo input of the repository: 2019, 2020 and 2021. */
	private static final Path DEMO = Path.of("input").toAbsolutePath();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	private Path work;

	@Test
	void helpListsEveryOption() {
		assertThat(run("aggregate", "--help")).isZero();
		assertThat(out()).contains("--input=DIR", "--output=DIR", "--year=YYYY", "--data=DIR", "Exit code");
	}

	@Test
	void helpListsTheKindsOfFileItReads() {
		assertThat(run("aggregate", "--help")).isZero();
		assertThat(out()).contains(DocumentKind.ACCEPTED, ".csv", ".txt", ".html", ".htm", ".pdf", ".docx", ".doc", ".xlsx",
				".xls");
	}

	@Test
	void withoutCommandItPrintsTheCommandsAndFails() {
		assertThat(run()).isEqualTo(CommandLine.CANNOT_RUN);
		assertThat(out()).contains("aggregate");
	}

	@Test
	void anUnknownCommandIsNamed() {
		assertThat(run("aggregat")).isEqualTo(CommandLine.CANNOT_RUN);
		assertThat(err()).contains("unknown command 'aggregat'");
	}

	@Test
	void aMissingInputFolderStopsBeforeAnyWork() {
		assertThat(run("aggregate", "--input=" + this.work.resolve("nowhere"), "--output=" + this.work.resolve("out")))
			.isEqualTo(CommandLine.CANNOT_RUN);
		assertThat(err()).contains("input folder not found").contains("nowhere");
		assertThat(this.work.resolve("out")).doesNotExist();
	}

	@Test
	void aBrokenRegistryStopsBeforeAnyWorkAndNamesTheLine() throws IOException {
		Path input = this.work.resolve("input");
		Files.createDirectories(input.resolve("2019"));
		Files.write(input.resolve("units.csv"), List.of("code,name,level,parent_code", "210000,辽宁省,province,",
				"210100,沈阳市,city,210000", "210100,沈阳市,city,210000"), StandardCharsets.UTF_8);

		assertThat(run("aggregate", "--input=" + input, "--output=" + this.work.resolve("out")))
			.isEqualTo(CommandLine.CANNOT_RUN);
		assertThat(err()).contains("单位名录有误", "units.csv:4", "单位代码 210100 重复");
		assertThat(this.work.resolve("out")).doesNotExist();
	}

	@Test
	void anUnwritableOutputIsReported() throws IOException {
		Path blocker = Files.writeString(this.work.resolve("output-is-a-file"), "x");
		assertThat(run("aggregate", "--input=" + FIXTURE, "--output=" + blocker)).isEqualTo(CommandLine.CANNOT_RUN);
		assertThat(err()).contains("output folder is not writable");
	}

	@Test
	void aYearWithoutFolderIsReported() {
		assertThat(run("aggregate", "--input=" + FIXTURE, "--year=2031")).isEqualTo(CommandLine.CANNOT_RUN);
		assertThat(err()).contains("没有 2031 年度的文件夹");
	}

	@Test
	void aCompletedRunExitsZeroWithASummary() {
		int exit = run("aggregate", "--input=" + FIXTURE, "--output=" + this.work.resolve("out"),
				"--data=" + this.work.resolve("db"));

		assertThat(exit).as(out() + err()).isZero();
		assertThat(out()).contains("2019: completed", "submissions read 10, accepted 5, rejected 5",
				"most frequent findings: R1 (error) 2", this.work.resolve("out").resolve("2019").toString());
		assertThat(this.work.resolve("out/2019/totals.csv")).exists();
	}

	@Test
	void aRunOfAYearBeforeOneAlreadyAggregatedRunsThatOneAgainAndSaysWhy() throws IOException {
		// given 2021 aggregated on a fresh database, before 2020 was: its comparison had nothing to compare with
		Path output = this.work.resolve("out");
		Path data = this.work.resolve("db");
		assertThat(run("aggregate", "--input=" + DEMO, "--output=" + output, "--data=" + data, "--year=2021")).isZero();
		assertThat(Files.readAllLines(output.resolve("2021/yoy.csv"))).hasSize(1);

		// when 2020 is aggregated into the same output
		this.out.reset();
		int exit = run("aggregate", "--input=" + DEMO, "--output=" + output, "--data=" + data, "--year=2020");

		// then 2021 is run again after it, the console says why, and 2021's outputs are those of years run in order
		assertThat(exit).as(out() + err()).isZero();
		assertThat(out()).containsPattern("2020 的运行 \\d+ 改变了数据，2021 随后重新运行")
			.contains("2020: completed", "2021: completed");
		assertThat(out().indexOf("2021: completed")).isGreaterThan(out().indexOf("2020: completed"));
		Path inOrder = this.work.resolve("in-order");
		assertThat(run("aggregate", "--input=" + DEMO, "--output=" + inOrder, "--data=" + this.work.resolve("db2"),
				"--year=2020,2021")).isZero();
		assertThat(Files.readAllLines(output.resolve("2021/yoy.csv")).size()).isGreaterThan(1);
		for (String file : List.of("yoy.csv", "yoy-units.csv", "validation.csv", "totals.csv")) {
			assertThat(output.resolve("2021").resolve(file)).as(file)
				.hasSameBinaryContentAs(inOrder.resolve("2021").resolve(file));
		}

		// and a run of 2020 that changes nothing does not run 2021 again: the cascade stops there
		this.out.reset();
		assertThat(run("aggregate", "--input=" + DEMO, "--output=" + output, "--data=" + data, "--year=2020")).isZero();
		assertThat(out()).contains("2020: completed").doesNotContain("2021: ", "随后重新运行");
	}

	private int run(String... args) {
		PrintStream stdout = new PrintStream(this.out, true, StandardCharsets.UTF_8);
		PrintStream stderr = new PrintStream(this.err, true, StandardCharsets.UTF_8);
		return new CommandLine(List.of(new AggregateCommand(stdout)), stdout, stderr).run(args);
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
