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

import org.ogirollup.TestFiles;

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
		assertThat(err()).contains("没有命令 'aggregat'");
	}

	@Test
	void aMissingInputFolderStopsBeforeAnyWork() {
		assertThat(run("aggregate", "--input=" + this.work.resolve("nowhere"), "--output=" + this.work.resolve("out")))
			.isEqualTo(CommandLine.CANNOT_RUN);
		assertThat(err()).contains("没有输入文件夹").contains("nowhere");
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
		assertThat(err()).contains("输出文件夹不可写");
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
	void aMisspelledOptionIsRefusedWithTheOneMeantAndNothingRuns() {
		Path output = this.work.resolve("out");

		assertThat(run("aggregate", "--input=" + DEMO, "--output=" + output, "--yaer=2021", "--scpoe=210100"))
			.isEqualTo(CommandLine.CANNOT_RUN);

		assertThat(err()).contains("aggregate: 没有选项 --yaer，是否要写 --year？");
		assertThat(output).doesNotExist();
	}

	@Test
	void anUnknownSettingOfTheProjectIsRefusedAndSpringsOwnPassThrough() {
		assertThat(run("aggregate", "--input=" + FIXTURE, "--ogi.ingest.worker=1")).isEqualTo(CommandLine.CANNOT_RUN);
		assertThat(err()).contains("没有选项 --ogi.ingest.worker，是否要写 --ogi.ingest.workers？");

		this.err.reset();
		assertThat(run("aggregate", "--input=" + FIXTURE, "--output=" + this.work.resolve("out"),
				"--data=" + this.work.resolve("db"), "--ogi.ingest.workers=1", "--logging.level.root=WARN"))
			.as(err())
			.isZero();
	}

	@Test
	void aValueAfterASpaceIsRefusedRatherThanDropped() {
		// Spring reads only --year=2021: "--year 2021" would run every year
		assertThat(run("aggregate", "--input=" + FIXTURE, "--year", "2019")).isEqualTo(CommandLine.CANNOT_RUN);
		assertThat(err()).contains("aggregate: 不接受参数 '2019'", "--year=2021");
	}

	@Test
	void aYearAloneRunsTheYearBeforeFirstSoThatItsCrossYearChecksAreDone() throws IOException {
		// given
		Path output = this.work.resolve("out");

		// when 2021 alone is asked for on a fresh database
		assertThat(run("aggregate", "--input=" + DEMO, "--output=" + output, "--data=" + this.work.resolve("db"),
				"--year=2021")).as(err()).isZero();

		// then 2020 ran first, and 2021's outputs are those of both years run in order
		assertThat(out()).contains("注意：2020 年度尚未汇总，先汇总它：2021 年度的跨年度检查（X1–X3、J1）和同比以它为准");
		assertThat(out().indexOf("2020: completed")).isLessThan(out().indexOf("2021: completed"));
		Path inOrder = this.work.resolve("in-order");
		assertThat(run("aggregate", "--input=" + DEMO, "--output=" + inOrder, "--data=" + this.work.resolve("db2"),
				"--year=2020,2021")).isZero();
		assertThat(Files.readAllLines(output.resolve("2021/validation.csv"))).anyMatch((line) -> line.contains(",X1,"));
		for (String file : List.of("yoy.csv", "yoy-units.csv", "validation.csv", "totals.csv")) {
			assertThat(output.resolve("2021").resolve(file)).as(file)
				.hasSameBinaryContentAs(inOrder.resolve("2021").resolve(file));
		}
	}

	@Test
	void aYearWithoutTheYearBeforeInTheInputSaysItsCrossYearChecksAreNotDone() {
		assertThat(run("aggregate", "--input=" + DEMO, "--output=" + this.work.resolve("out"),
				"--data=" + this.work.resolve("db"), "--year=2019")).as(err()).isZero();
		assertThat(out()).contains("注意：输入中没有可读取的 2018 年度，2019 年度不做跨年度检查（X1–X3、J1）和同比");
	}

	@Test
	void aRunOfAYearBeforeOneAlreadyAggregatedRunsThatOneAgainAndSaysWhy() throws IOException {
		// given 2021 aggregated on a fresh database while the input had no 2020: nothing to compare with
		Path input = this.work.resolve("input");
		TestFiles.copyTree(DEMO, input);
		Path year2020 = this.work.resolve("2020-later");
		Files.move(input.resolve("2020"), year2020);
		Path output = this.work.resolve("out");
		Path data = this.work.resolve("db");
		assertThat(run("aggregate", "--input=" + input, "--output=" + output, "--data=" + data, "--year=2021")).isZero();
		assertThat(Files.readAllLines(output.resolve("2021/yoy.csv"))).hasSize(1);

		// when 2020 comes in and is aggregated into the same output
		Files.move(year2020, input.resolve("2020"));
		this.out.reset();
		int exit = run("aggregate", "--input=" + input, "--output=" + output, "--data=" + data, "--year=2020");

		// then 2021 is run again after it, the console says why, and 2021's outputs are those of years run in order
		assertThat(exit).as(out() + err()).isZero();
		assertThat(out()).containsPattern("2020 的运行 \\d+ 改变了数据，2021 随后重新运行")
			.contains("2020: completed", "2021: completed");
		assertThat(out().indexOf("2021: completed")).isGreaterThan(out().indexOf("2020: completed"));
		Path inOrder = this.work.resolve("in-order");
		assertThat(run("aggregate", "--input=" + DEMO, "--output=" + inOrder, "--data=" + this.work.resolve("db2"),
				"--year=2019,2020,2021")).isZero();
		assertThat(Files.readAllLines(output.resolve("2021/yoy.csv")).size()).isGreaterThan(1);
		for (String file : List.of("yoy.csv", "yoy-units.csv", "validation.csv", "totals.csv")) {
			assertThat(output.resolve("2021").resolve(file)).as(file)
				.hasSameBinaryContentAs(inOrder.resolve("2021").resolve(file));
		}

		// and a run of 2020 that changes nothing does not run 2021 again: the cascade stops there
		this.out.reset();
		assertThat(run("aggregate", "--input=" + input, "--output=" + output, "--data=" + data, "--year=2020")).isZero();
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
