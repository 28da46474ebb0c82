package org.ogirollup.command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.ogirollup.finding.RuleIds;
import org.ogirollup.text.TextDecoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * One aggregate run over an input that holds, beside the good fixture files, every kind of file
 * that once failed or silently falsified a year (issue 14): oversized fields, pathological
 * numbers, header-only and broken multi-unit files, a folder that is not a year, links out of
 * the input, formula text in names. The run completes, every such file and unit is accounted for,
 * and the good submissions beside them count as before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTests {

	private static final Path FIXTURE = Path.of("src/test/resources/fixtures/basic").toAbsolutePath();

	private static final String HEADER = "unit_code,report_year,item,value";

	@TempDir
	private static Path work;

	private Path output;

	private int exit;

	private String console;

	@BeforeAll
	void aggregateTheHostileInput() throws IOException {
		Path input = Files.createDirectories(work.resolve("input"));
		Path year = Files.createDirectories(input.resolve("2019"));
		try (Stream<Path> files = Files.list(FIXTURE.resolve("2019"))) {
			for (Path file : files.toList()) {
				Files.copy(file, year.resolve(file.getFileName()));
			}
		}
		List<String> units = new ArrayList<>(Files.readAllLines(FIXTURE.resolve("units.csv")));
		for (int d = 1; d <= 9; d++) {
			units.add("210104-D0" + d + ",大东区单位" + d + ",department,210104,");
		}
		units.add("@D04,+cmd,department,210104,");
		units.add("210105,=1+1,county,210100,");
		Files.write(input.resolve("units.csv"), units);
		List<String> good = goodRows();

		Files.writeString(year.resolve("210104.csv"), HEADER + "\n");
		List<String> broken = new ArrayList<>(List.of(HEADER));
		broken.addAll(forUnit(good, "210104-D01"));
		broken.set(5, broken.get(5).replaceFirst(",[^,]*$", ",\"1"));
		broken.addAll(forUnit(good, "210104-D02"));
		Files.write(year.resolve("broken.csv"), broken);
		write(year.resolve("210104-D05.csv"), forUnit(good, "210104-D05"), 10, "9".repeat(9_000));
		List<String> longItem = new ArrayList<>(forUnit(good, "210104-D06"));
		longItem.add("210104-D06,2019," + "x".repeat(5_000) + ",1");
		write(year.resolve("210104-D06.csv"), longItem, -1, null);
		write(year.resolve("210104-D07.csv"), forUnit(good, "210104-D07"), 20, "1".repeat(100_000));
		write(year.resolve("long-code.csv"), forUnit(good, "8".repeat(300)), -1, null);
		Path outside = Files.write(work.resolve("elsewhere.csv"),
				(HEADER + "\n" + String.join("\n", forUnit(good, "210104-D08")) + "\n").getBytes(StandardCharsets.UTF_8));
		Files.createSymbolicLink(year.resolve("210104-D08.csv"), outside);
		Files.write(year.resolve("210104-D09.docx"), new byte[] { 'P', 'K', 3, 4 });
		List<String> lastYear = new ArrayList<>(List.of(HEADER));
		good.forEach((row) -> lastYear.add(row.replace(",2019,", ",2018,")));
		Files.write(year.resolve("210102-去年.csv"), lastYear);
		Files.createDirectories(year.resolve("sub"));
		Files.createDirectories(input.resolve("abc"));
		Path elsewhereYear = Files.createDirectories(work.resolve("elsewhere-2022"));
		Files.copy(year.resolve("210102.csv"), elsewhereYear.resolve("210102.csv"));
		Files.createSymbolicLink(input.resolve("2022"), elsewhereYear);

		this.output = work.resolve("output");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
		this.exit = new CommandLine(List.of(new AggregateCommand(stdout)), stdout, stdout).run("aggregate",
				"--input=" + input, "--output=" + this.output, "--data=" + work.resolve("data"));
		this.console = out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void theRunCompletesAndSaysWhichFoldersItDidNotRead() {
		assertThat(this.exit).as(this.console).isZero();
		assertThat(this.console).contains("2019: completed", "注意：abc 不是年度文件夹", "注意：2022 是指向输入文件夹之外的链接");
		assertThat(this.output.resolve("2022")).doesNotExist();
	}

	@Test
	void everyHostileFileIsAFindingOnItsUnit() throws IOException {
		List<Map<String, String>> findings = rows("validation.csv");
		assertThat(findings).extracting((row) -> file(row.get("source")), (row) -> row.get("unit_code"),
				(row) -> row.get("rule_id"))
			.contains(tuple("2019/210104.csv", "210104", RuleIds.EMPTY_FILE),
					tuple("2019/broken.csv", "210104-D01", RuleIds.UNREADABLE_FILE),
					tuple("2019/broken.csv", "210104-D02", RuleIds.UNREADABLE_FILE),
					tuple("2019/210104-D05.csv", "210104-D05", RuleIds.FIELD_TOO_LONG),
					tuple("2019/210104-D06.csv", "210104-D06", RuleIds.UNKNOWN_ITEM),
					tuple("2019/210104-D07.csv", "210104-D07", RuleIds.FIELD_TOO_LONG),
					tuple("2019/long-code.csv", "8".repeat(63) + "…", RuleIds.FIELD_TOO_LONG),
					tuple("2019/210104-D08.csv", "210104-D08", RuleIds.LINK_OUTSIDE_INPUT),
					tuple("2019/210104-D09.docx", "210104-D09", RuleIds.UNREADABLE_FILE),
					tuple("2019/sub", "", RuleIds.NOT_A_YEAR_FOLDER), tuple("abc/", "", RuleIds.NOT_A_YEAR_FOLDER),
					tuple("2022/", "", RuleIds.NOT_A_YEAR_FOLDER));
	}

	@Test
	void unitsOfBrokenFilesCountAsRejectedNotAsSendingNothing() throws IOException {
		assertThat(rows("missing.csv")).extracting((row) -> row.get("unit_code"))
			.containsExactlyInAnyOrder("'@D04", "210104-D03", "210104-D04", "210105");
		Map<String, String> county = rows("coverage.csv").stream()
			.filter((row) -> row.get("node_code").equals("210104"))
			.findFirst()
			.orElseThrow();
		assertThat(county).containsEntry("expected", "11").containsEntry("accepted", "0").containsEntry("rejected", "8")
			.containsEntry("missing", "3");
	}

	@Test
	void theGoodSubmissionsBesideThemCountAsBefore() throws IOException {
		assertThat(rows("totals.csv")).filteredOn((row) -> row.get("node_code").equals("210000")
				&& row.get("item").equals("apply.new.total"))
			.extracting((row) -> row.get("value"))
			.containsExactly("20");
	}

	@Test
	void formulaTextInNamesAndCodesIsWrittenAsText() throws IOException {
		assertThat(rows("missing.csv")).extracting((row) -> row.get("unit_code"), (row) -> row.get("unit_name"))
			.contains(tuple("'@D04", "'+cmd"));
		assertThat(rows("coverage.csv")).extracting((row) -> row.get("node_name")).contains("'=1+1");
		String table = Files.readString(this.output.resolve("2019/tables/210105.csv"), StandardCharsets.UTF_8);
		assertThat(table).startsWith("\uFEFF'=1+1（210105）");
		for (String name : List.of("totals.csv", "validation.csv", "coverage.csv", "missing.csv", "yoy.csv")) {
			for (Map<String, String> row : rows(name)) {
				assertThat(row.values()).allSatisfy((cell) -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("@")
					.doesNotStartWith("+"));
			}
		}
	}

	@Test
	void aFileOfAnotherYearIsRejectedAloneWithOneFindingAndLeavesTheUnitsRightFileCounted() throws IOException {
		List<Map<String, String>> findings = rows("validation.csv");
		assertThat(findings).filteredOn((row) -> row.get("source").startsWith("2019/210102-去年.csv"))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.get("rule_id")).isEqualTo(RuleIds.OTHER_YEAR);
				assertThat(row.get("message")).contains("该文件的数据属于 2018 年度", "不应放在 2019 目录");
			});
		assertThat(findings).filteredOn((row) -> row.get("unit_code").equals("210102"))
			.extracting((row) -> row.get("rule_id"))
			.doesNotContain(RuleIds.DUPLICATE_SUBMISSION);
		assertThat(rows("coverage.csv")).filteredOn((row) -> row.get("node_code").equals("210102"))
			.extracting((row) -> row.get("accepted"))
			.containsExactly("1");
	}

	@Test
	void formulaTextInNamesIsTextInTheWorkbooksAndNoCellIsAFormula() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(this.output.resolve("2019/2019-汇总.xlsx")))) {
			Cell title = workbook.getSheet("210105 =1+1").getRow(0).getCell(0);
			assertThat(title.getCellType()).isEqualTo(CellType.STRING);
			assertThat(title.getStringCellValue()).startsWith("=1+1（210105）");
			Map<String, Cell> names = new HashMap<>();
			for (Row row : workbook.getSheet("覆盖情况")) {
				names.put(row.getCell(0).getStringCellValue(), row.getCell(1));
			}
			// as written, without the apostrophe CSV needs: a string cell is never run
			assertThat(names.get("210105").getStringCellValue()).isEqualTo("=1+1");
			assertThat(names.get("@D04").getStringCellValue()).isEqualTo("+cmd");
			assertThat(names.get("@D04").getCellType()).isEqualTo(CellType.STRING);
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
							.isNotEqualTo(CellType.FORMULA);
					}
				}
			}
		}
	}

	@Test
	void feedbackFileNamesAreSafeOnWindowsAndShort() throws IOException {
		try (Stream<Path> files = Files.list(this.output.resolve("2019/问题清单"))) {
			List<String> names = files.map((file) -> file.getFileName().toString()).toList();
			assertThat(names).contains("210104-D05-大东区单位5.xlsx", "8".repeat(63) + "…-名录中无此单位.xlsx")
				.allSatisfy((name) -> assertThat(name).doesNotContainPattern("[\\\\/:*?\"<>|]").hasSizeLessThanOrEqualTo(85));
		}
	}

	@Test
	void noMessageQuotesAnOversizedValueBack() throws IOException {
		for (Map<String, String> row : rows("validation.csv")) {
			assertThat(row.get("message")).hasSizeLessThan(300);
			assertThat(row.get("item")).hasSizeLessThan(300);
		}
	}

	private List<Map<String, String>> rows(String table) throws IOException {
		try (Reader reader = Files.newBufferedReader(this.output.resolve("2019").resolve(table), StandardCharsets.UTF_8)) {
			assertThat(reader.read()).as("byte order mark").isEqualTo(0xFEFF);
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
				.map(CSVRecord::toMap)
				.toList();
		}
	}

	private static String file(String source) {
		int colon = source.lastIndexOf(':');
		return (colon > 0) ? source.substring(0, colon) : source;
	}

	/** The rows of a consistent fixture submission, without its header. */
	private static List<String> goodRows() throws IOException {
		String text = TextDecoding.decode(Files.readAllBytes(FIXTURE.resolve("2019/210102.csv"))).text();
		List<String> rows = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (line.startsWith("210102,")) {
				// the label column is a human aid: left out
				String[] fields = line.split(",");
				rows.add(fields[0] + "," + fields[1] + "," + fields[2] + "," + fields[3]);
			}
		}
		return rows;
	}

	private static List<String> forUnit(List<String> rows, String unit) {
		return rows.stream().map((row) -> unit + row.substring("210102".length())).toList();
	}

	private static void write(Path file, List<String> rows, int changedRow, String value) throws IOException {
		List<String> lines = new ArrayList<>(List.of(HEADER));
		for (int i = 0; i < rows.size(); i++) {
			lines.add((i == changedRow) ? rows.get(i).replaceFirst(",[^,]*$", "," + value) : rows.get(i));
		}
		Files.write(file, lines);
	}

}
