package org.ogirollup.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.submission.report.PublishedReportReader;
import org.ogirollup.text.TextDecoding;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code parse} verb over the 阜新 2019 seed and a text that is not a report. */
class ParseCommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final ParseCommand command = new ParseCommand(new PublishedReportReader(),
			new PrintStream(this.out, true, StandardCharsets.UTF_8), new PrintStream(this.err, true, StandardCharsets.UTF_8));

	@Test
	void printsEveryCellOfTheSeedInCatalogOrder() throws Exception {
		Path seed = copy("fuxin-2019.txt", "2019", "210900-fuxin.txt");
		int exit = this.command.run(new DefaultApplicationArguments(seed.toString()));
		assertThat(exit).isZero();
		List<CSVRecord> rows = csv();
		Catalog catalog = Catalog.of(ReportFormat.F2019);
		assertThat(rows).hasSize(catalog.printedItems().size());
		assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("unit_code", "report_year", "item", "value",
				"label", "note");
		for (int i = 0; i < rows.size(); i++) {
			assertThat(rows.get(i).get("item")).isEqualTo(catalog.item(i).code().value());
			assertThat(rows.get(i).get("label")).isEqualTo(catalog.item(i).label());
			assertThat(rows.get(i).get("note")).isEmpty();
			assertThat(rows.get(i).get("unit_code")).isEqualTo("210900");
			assertThat(rows.get(i).get("report_year")).isEqualTo("2019");
		}
		assertThat(value(rows, "active.art20_5.licensing.delta")).isEqualTo("82");
		assertThat(value(rows, "active.art20_8.admin_fee.delta")).isEqualTo("-5");
		assertThat(value(rows, "active.art20_9.central_procurement.amount")).isEqualTo("21469172.33");
		assertThat(value(rows, "apply.result.total.total")).isEqualTo("144");
		assertThat(value(rows, "litigation.after_review.total")).isEqualTo("23");
		// the seed reads cleanly, and breaks R1 in four columns, which the row of new applications explains
		assertThat(this.err.toString(StandardCharsets.UTF_8).lines().map((line) -> line.split("\t")[1]))
			.containsExactly("R1", "R1", "R1", "R1", RuleIds.SUGGESTED_FIX);
		assertThat(this.err.toString(StandardCharsets.UTF_8).lines().reduce((first, second) -> second).orElseThrow())
			.contains("\twarning\tapply.new.natural_person apply.new.org_nonprofit apply.new.org_other apply.new.total\t"
					+ "最少须改 4 格");
	}

	@Test
	void readsAReportSavedInGb18030() throws Exception {
		Path utf8 = copy("fuxin-2019.txt", "2019", "210900.txt");
		assertThat(this.command.run(new DefaultApplicationArguments(utf8.toString()))).isZero();
		String fromUtf8 = this.out.toString(StandardCharsets.UTF_8);
		this.out.reset();
		Path gbk = this.folder.resolve("2019").resolve("210900.gbk.txt");
		Files.write(gbk, Files.readString(utf8).getBytes(TextDecoding.GB18030));
		assertThat(this.command.run(new DefaultApplicationArguments(gbk.toString()))).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).isEqualTo(fromUtf8);
	}

	@Test
	void optionsOverrideTheDefaultsAndFindingsGoToStandardError() throws Exception {
		Path report = copy("f2019-template-2021.txt", "input", "zhengyang.txt");
		int exit = this.command
			.run(new DefaultApplicationArguments(report.toString(), "--unit=610926", "--year=2021", "--scope=own"));
		assertThat(exit).isZero();
		List<CSVRecord> rows = csv();
		assertThat(rows).hasSize(Catalog.of(ReportFormat.F2019).printedItems().size());
		assertThat(rows.get(0).get("unit_code")).isEqualTo("610926");
		assertThat(rows).filteredOn((row) -> row.get("item").equals("apply.result.withheld.state_secret.total"))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.get("value")).as("a blank total is written blank").isEmpty();
				assertThat(row.get("note")).isEqualTo("空白，按各分项之和计为 0");
			});
		assertThat(rows.get(0).get("report_year")).isEqualTo("2021");
		String[] lines = this.err.toString(StandardCharsets.UTF_8).split("\n");
		assertThat(lines).anySatisfy((line) -> assertThat(line.split("\t")).containsExactly(report + ":3",
				RuleIds.FORMAT_DIFFERS, "warning", "", "表格采用 2019 年格式，而 2021 年度应采用 2021 年格式（位置：第 3 行第 1 字）"));
		assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith(report + ":20\tR13\twarning\t"
				+ "active.art20_9.central_procurement.amount\t"));
	}

	@Test
	void writesNotApplicableAsADashBlankAsEmptyAndLeavesOutWhatTheReportDoesNotPrint() throws Exception {
		Path report = copy("f2021-bars.txt", "2021", "110102.txt");
		assertThat(this.command.run(new DefaultApplicationArguments(report.toString()))).isZero();
		assertThat(value(csv(), "active.art20_6.coercion.decisions")).isEqualTo("-");
		assertThat(csv()).filteredOn((row) -> row.get("item").equals("apply.carried_in.org_commercial"))
			.singleElement()
			.satisfies((row) -> assertThat(row.get("value") + "/" + row.get("note")).isEqualTo("/空白"));
		this.out.reset();
		Path runTogether = this.folder.resolve("2021").resolve("110105.txt");
		Files.writeString(runTogether, read("f2021-runtogether.txt").replace("規章　２　１　１５", "規章　２１１５"));
		assertThat(this.command.run(new DefaultApplicationArguments(runTogether.toString()))).isZero();
		assertThat(csv()).extracting((row) -> row.get("item")).doesNotContain("active.art20_1.regulation.issued")
			.contains("active.art20_1.normative_doc.issued");
	}

	@Test
	void theYearComesFromTheTitleWhenTheFolderHasNone() throws Exception {
		Path report = copy("f2021-spaces.txt", "reports", "110101-dongcheng.txt");
		assertThat(this.command.run(new DefaultApplicationArguments(report.toString()))).isZero();
		assertThat(csv().get(0).get("report_year")).isEqualTo("2021");
		assertThat(csv().get(0).get("unit_code")).isEqualTo("110101");
	}

	@Test
	void aTextThatIsNotAReportExitsWithTwo() throws Exception {
		Path text = copy("not-a-report.txt", "2021", "notice.txt");
		assertThat(this.command.run(new DefaultApplicationArguments(text.toString()))).isEqualTo(2);
		assertThat(this.out.size()).isZero();
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("不是政府信息公开工作年度报告");
	}

	@Test
	void withoutAFileItShowsUsage() throws Exception {
		assertThat(this.command.run(new DefaultApplicationArguments())).isEqualTo(ParseCommand.EXIT_USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("parse FILE");
		assertThat(this.command.name()).isEqualTo("parse");
	}

	private Path copy(String fixture, String subfolder, String name) throws IOException {
		Path target = this.folder.resolve(subfolder).resolve(name);
		Files.createDirectories(target.getParent());
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("reports/" + fixture)) {
			Files.copy(in, target);
		}
		return target;
	}

	private String read(String fixture) throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("reports/" + fixture)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private List<CSVRecord> csv() throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		return format.parse(new StringReader(this.out.toString(StandardCharsets.UTF_8))).getRecords();
	}

	private static String value(List<CSVRecord> rows, String code) {
		return rows.stream().filter((row) -> row.get("item").equals(code)).findFirst().orElseThrow().get("value");
	}

}
