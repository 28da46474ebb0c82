package org.ogirollup.job;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.export.workbook.OfficialSheetReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbooks of an aggregate run over the fixture province {@code fixtures/basic} (issue 16),
 * opened with Apache POI: the year's workbook against {@code totals.csv} and {@code validation.csv},
 * and the feedback files of the units with findings.
 */
@SpringBatchTest
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:workbook-functional;DB_CLOSE_DELAY=-1")
class WorkbookFunctionalTests {

	private static final Path INPUT = Path.of("src/test/resources/fixtures/basic").toAbsolutePath();

	private static final Catalog F2019 = Catalog.of(ReportFormat.F2019);

	private static final String INCOMPLETE = "FCE4D6";

	@Autowired
	private JobOperatorTestUtils jobOperatorTestUtils;

	@TempDir
	private Path output;

	@Test
	void everyGovernmentsSheetHoldsItsTotalsAsTotalsCsvHasThem() throws Exception {
		// given the fixture province, when
		assertThat(run(1).status()).isEqualTo(BatchStatus.COMPLETED);

		// then: one sheet per government after the guide and the two lists, every printed cell in place
		List<Map<String, String>> totals = OutputTables.rows(this.output.resolve("2019/totals.csv"));
		try (XSSFWorkbook workbook = open("2019/2019-汇总.xlsx")) {
			assertThat(sheetNames(workbook)).containsExactly("说明", "问题清单", "覆盖情况", "210000 辽宁省", "210100 沈阳市",
					"210102 和平区", "210103 沈河区", "210104 大东区");
			for (String node : List.of("210000", "210100", "210102", "210103", "210104")) {
				Sheet sheet = sheet(workbook, node);
				Map<String, Cell> cells = OfficialSheetReader.block(sheet, "本年（2019 年）", F2019);
				assertThat(cells.keySet()).as(node).hasSize(F2019.printedItems().size());
				for (Item item : F2019.printedItems()) {
					Cell cell = cells.get(item.code().value());
					assertThat(cell.getCellType()).as(node + " " + item).isEqualTo(CellType.NUMERIC);
					assertThat(BigDecimal.valueOf(cell.getNumericCellValue()))
						.as(node + " " + item)
						.isEqualByComparingTo(OutputTables.total(totals, node, item.code().value()));
				}
			}
			Map<String, Cell> province = OfficialSheetReader.block(sheet(workbook, "210000"), "本年（2019 年）", F2019);
			assertThat(province.get("apply.new.total").getNumericCellValue()).isEqualTo(20);
			assertThat(new DataFormatter().formatCellValue(province.get("active.art20_9.central_procurement.amount")))
				.isEqualTo("1,210.75");
			// 2018 is not in the database: no last year, no change, and the sheet says so
			assertThat(texts(sheet(workbook, "210000"))).contains("上年（2018 年）：无数据，不作比较")
				.noneMatch((text) -> text.startsWith("增减（"));
		}
	}

	@Test
	void mergedCellsStandWhereThePrintedTablesMergeThem() throws Exception {
		run(2);

		try (XSSFWorkbook workbook = open("2019/2019-汇总.xlsx")) {
			Sheet sheet = sheet(workbook, "210000");
			assertThat(region(sheet, "申请人情况").getNumberOfCells()).as("over the seven applicant columns").isEqualTo(7);
			assertThat(region(sheet, "法人或其他组织").getNumberOfCells()).isEqualTo(5);
			CellRangeAddress natural = region(sheet, "自然人");
			assertThat(natural.getLastRow() - natural.getFirstRow()).as("down to the last header line").isEqualTo(1);
			CellRangeAddress results = region(sheet, "三、本年度办理结果");
			assertThat(results.getLastRow() - results.getFirstRow() + 1).as("its rows （一） to （七）").isEqualTo(20);
			assertThat(region(sheet, "行政复议").getNumberOfCells()).isEqualTo(5);
			assertThat(region(sheet, "行政诉讼").getNumberOfCells()).isEqualTo(10);
			List<CellRangeAddress> regions = sheet.getMergedRegions();
			for (int i = 0; i < regions.size(); i++) {
				for (int j = i + 1; j < regions.size(); j++) {
					assertThat(regions.get(i).intersects(regions.get(j))).as(regions.get(i) + " and " + regions.get(j))
						.isFalse();
				}
			}
		}
	}

	@Test
	void aTotalThatLacksRejectedOrMissingMembersIsFilledAndItsNoteNamesThem() throws Exception {
		run(3);

		try (XSSFWorkbook workbook = open("2019/2019-汇总.xlsx")) {
			// 大东区 sent nothing; 沈河区's two copies and two departments were rejected
			Sheet sheet = sheet(workbook, "210104");
			Map<String, Cell> cells = OfficialSheetReader.block(sheet, "本年（2019 年）", F2019);
			assertThat(cells.values()).allSatisfy((cell) -> assertThat(fill(cell)).isEqualTo(INCOMPLETE));
			Cell title = find(sheet, "本年（2019 年）");
			assertThat(title.getCellComment().getString().getString()).contains("未报送 1 个：大东区（210104）");
			Cell province = find(sheet(workbook, "210000"), "本年（2019 年）");
			assertThat(province.getCellComment().getString().getString()).contains("被退回 3 个", "沈河区（210103）",
					"沈河区财政局（210103-D01）", "未报送 1 个");
			assertThat(texts(sheet(workbook, "210000"))).anyMatch((text) -> text.startsWith("浅橙色底纹的数不完整"));
		}
	}

	@Test
	void theFindingsSheetHasTheRowsOfValidationCsvWithTheCellsInChinese() throws Exception {
		run(4);

		List<Map<String, String>> validation = OutputTables.rows(this.output.resolve("2019/validation.csv"));
		try (XSSFWorkbook workbook = open("2019/2019-汇总.xlsx")) {
			Sheet findings = workbook.getSheet("问题清单");
			List<Map<String, String>> rows = rows(findings);
			assertThat(rows).hasSameSizeAs(validation);
			for (int i = 0; i < rows.size(); i++) {
				Map<String, String> row = rows.get(i);
				Map<String, String> csv = validation.get(i);
				assertThat(List.of(row.get("来源（文件:行）"), row.get("单位代码"), row.get("规则"), row.get("问题说明（含等式两边）"),
						row.get("统计项代码"), row.get("单位名称"), row.get("所属市"), row.get("所属县")))
					.as("row " + (i + 1))
					.containsExactly(csv.get("source"), csv.get("unit_code"), csv.get("rule_id"), csv.get("message"),
							csv.get("item"), csv.get("unit_name"), csv.get("city"), csv.get("county"));
				assertThat(row.get("严重程度")).isEqualTo(csv.get("severity").equals("error") ? "错误（退回）" : "警告");
			}
			// the department's balance R1 of column 自然人: 6 + 0 = 6 against 6 + 1 = 7
			Map<String, String> balance = rows.get(1);
			assertThat(balance).containsEntry("表", "表三")
				.containsEntry("列", "自然人")
				.containsEntry("左边", "6")
				.containsEntry("右边", "7")
				.containsEntry("差额", "-1");
			assertThat(balance.get("行")).isEqualTo("一、本年新收政府信息公开申请数量、二、上年结转政府信息公开申请数量、三、（七）总计、四、结转下年度继续办理");
			assertThat(balance.get("建议改法")).startsWith("以下 3 种改法同样最少").isEqualTo(rows.get(3).get("问题说明（含等式两边）"));
			assertThat(rows.get(0).get("建议改法")).as("a blank cell has no fix").isEmpty();
			assertThat(findings.getPaneInformation().isFreezePane()).isTrue();
			assertThat(findings.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(workbook.getSheet("问题清单").getCTWorksheet().getAutoFilter().getRef())
				.isEqualTo("A1:Q" + (validation.size() + 1));
		}
	}

	@Test
	void theCoverageSheetListsEveryUnitWithItsStatusCityAndCounty() throws Exception {
		run(5);

		try (XSSFWorkbook workbook = open("2019/2019-汇总.xlsx")) {
			List<Map<String, String>> units = rows(workbook.getSheet("覆盖情况"));
			assertThat(units).extracting((row) -> row.get("单位代码") + " " + row.get("状态") + " " + row.get("所属市") + " "
					+ row.get("所属县") + " " + row.get("错误数"))
				.containsExactly("210000 已采用   0", "210100 已采用 沈阳市  0", "210102 已采用 沈阳市 和平区 0",
						"210103 被退回 沈阳市 沈河区 2", "210104 未报送 沈阳市 大东区 0", "210100-D01 已采用 沈阳市  0",
						"210102-D01 被退回 沈阳市 和平区 1", "210103-D01 被退回 沈阳市 沈河区 2");
		}
	}

	@Test
	void eachUnitWithFindingsGetsItsFeedbackWorkbookWithTheFailingCellsColouredAndCommented() throws Exception {
		run(6);

		Path folder = this.output.resolve("2019/问题清单");
		assertThat(fileNames(folder)).containsExactly("210000-辽宁省.xlsx", "210100-沈阳市-全市问题清单.xlsx",
				"210102-D01-和平区公安分局.xlsx", "210103-D01-沈河区财政局.xlsx", "210103-沈河区.xlsx", "999999-名录中无此单位.xlsx");
		try (XSSFWorkbook workbook = open("2019/问题清单/210103-D01-沈河区财政局.xlsx")) {
			assertThat(sheetNames(workbook)).containsExactly("问题清单", "本级报表", "说明");
			assertThat(rows(workbook.getSheet("问题清单"))).extracting((row) -> row.get("规则"))
				.containsExactly("R1", "R1", "suggested-fix");
			Map<String, Cell> cells = OfficialSheetReader.block(workbook.getSheet("本级报表"), "本年（2019 年）填报数", F2019);
			assertThat(cells).hasSize(F2019.printedItems().size());
			// one of the three equally small fixes changes 一、本年新收 (自然人, 总计): coloured as a suggestion
			Cell suggested = cells.get("apply.new.total");
			assertThat(fill(suggested)).isEqualTo("F4B183");
			assertThat(suggested.getCellComment().getString().getString()).contains("【错误（退回）】R1 总计列不平衡",
					"【建议】以下 3 种改法同样最少");
			// a cell of the broken balance that no fix changes: coloured as an error, with the rule's message
			Cell failing = cells.get("apply.result.total.total");
			assertThat(fill(failing)).isEqualTo("FFC7CE");
			assertThat(failing.getCellComment().getString().getString()).startsWith("【错误（退回）】R1 总计列不平衡")
				.doesNotContain("【建议】");
			assertThat(cells.get("apply.new.org_commercial").getCellComment()).as("a cell of no finding").isNull();
			assertThat(fill(cells.get("apply.new.org_commercial"))).isNull();
			assertThat(cells.get("apply.new.natural_person").getNumericCellValue()).isEqualTo(6);
		}
		try (XSSFWorkbook workbook = open("2019/问题清单/210103-沈河区.xlsx")) {
			// the two copies sent for 沈河区, both rejected as duplicates
			assertThat(sheetNames(workbook)).containsExactly("问题清单", "本级报表", "本级报表（2）", "说明");
		}
		try (XSSFWorkbook workbook = open("2019/问题清单/210100-沈阳市-全市问题清单.xlsx")) {
			List<Map<String, String>> members = rows(workbook.getSheet("单位一览"));
			assertThat(members).extracting((row) -> row.get("单位代码") + " " + row.get("状态") + " " + row.get("反馈文件"))
				.containsExactly("210102-D01 被退回 210102-D01-和平区公安分局.xlsx", "210103 被退回 210103-沈河区.xlsx",
						"210103-D01 被退回 210103-D01-沈河区财政局.xlsx");
			Cell link = workbook.getSheet("单位一览").getRow(1).getCell(7);
			assertThat(link.getHyperlink().getAddress()).isEqualTo("210102-D01-和平区公安分局.xlsx");
			assertThat(rows(workbook.getSheet("问题清单"))).extracting((row) -> row.get("单位代码"))
				.containsExactly("210103-D01", "210103-D01", "210103-D01", "210103", "210103", "210102-D01");
		}
	}

	@Test
	void aWorkbookThatCannotBeWrittenFailsItsStepAndTheRestartWritesIt() throws Exception {
		// given a file where the feedback folder belongs
		Files.createDirectories(this.output.resolve("2019"));
		Path blocker = Files.writeString(this.output.resolve("2019/问题清单"), "not a folder");

		// when
		Run failed = run(7);

		// then the step fails, the job with it, and nothing half-written is left
		assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
		assertThat(failed.steps()).filteredOn((step) -> step.getStatus() == BatchStatus.FAILED)
			.extracting(StepExecution::getStepName)
			.containsExactly("feedbackWorkbooksStep");
		assertThat(this.output.resolve("2019/2019-汇总.xlsx")).exists();
		try (Stream<Path> files = Files.walk(this.output)) {
			assertThat(files.map(Path::toString)).noneMatch((name) -> name.endsWith(".tmp"));
		}

		// and when the folder can be made, the same run started again completes the step it failed
		Files.delete(blocker);
		Run restarted = run(7);
		assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.steps()).extracting(StepExecution::getStepName)
			.containsExactly("feedbackWorkbooksStep", "settleYearStep");
		assertThat(fileNames(this.output.resolve("2019/问题清单"))).hasSize(6);
	}

	/**
	 * What a run did. Not a {@code JobExecution}: the batch test listeners call every method of the
	 * test class that returns one.
	 */
	private record Run(BatchStatus status, List<StepExecution> steps) {
	}

	private Run run(long run) throws Exception {
		AggregateParameters parameters = new AggregateParameters(2019, INPUT, this.output, "", "fixture", run);
		JobExecution execution = this.jobOperatorTestUtils.startJob(parameters.toJobParameters());
		return new Run(execution.getStatus(), List.copyOf(execution.getStepExecutions()));
	}

	private XSSFWorkbook open(String file) throws IOException {
		return new XSSFWorkbook(Files.newInputStream(this.output.resolve(file)));
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		return names;
	}

	private static Sheet sheet(XSSFWorkbook workbook, String code) {
		for (Sheet sheet : workbook) {
			if (sheet.getSheetName().startsWith(code + " ")) {
				return sheet;
			}
		}
		throw new AssertionError("no sheet for " + code);
	}

	/** A list sheet's rows as header name to the text a spreadsheet shows. */
	static List<Map<String, String>> rows(Sheet sheet) {
		DataFormatter formatter = new DataFormatter();
		Row header = sheet.getRow(0);
		List<Map<String, String>> rows = new ArrayList<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			Map<String, String> values = new LinkedHashMap<>();
			for (Cell name : header) {
				Cell cell = row.getCell(name.getColumnIndex());
				values.put(name.getStringCellValue(), (cell != null) ? formatter.formatCellValue(cell) : "");
			}
			rows.add(values);
		}
		return rows;
	}

	private static List<String> texts(Sheet sheet) {
		List<String> texts = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING) {
					texts.add(cell.getStringCellValue());
				}
			}
		}
		return texts;
	}

	private static Cell find(Sheet sheet, String text) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
					return cell;
				}
			}
		}
		throw new AssertionError("no cell " + text + " in " + sheet.getSheetName());
	}

	private static CellRangeAddress region(Sheet sheet, String text) {
		Cell cell = find(sheet, text);
		return sheet.getMergedRegions()
			.stream()
			.filter((region) -> region.isInRange(cell))
			.findFirst()
			.orElseThrow(() -> new AssertionError(text + " is not merged"));
	}

	/** The fill colour as RRGGBB, {@code null} for none. */
	static String fill(Cell cell) {
		XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
		return (style.getFillForegroundXSSFColor() != null) ? style.getFillForegroundXSSFColor().getARGBHex().substring(2)
				: null;
	}

	private static List<String> fileNames(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString()).sorted().toList();
		}
	}

}
