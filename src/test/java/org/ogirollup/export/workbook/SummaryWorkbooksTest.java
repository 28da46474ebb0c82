package org.ogirollup.export.workbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.Severity;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.TestRegistries;
import org.ogirollup.registry.Unit;
import org.ogirollup.rollup.NodeTotal;
import org.ogirollup.rollup.UnitOutcome;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryWorkbooksTest {

	private static final Catalog F2019 = Catalog.of(ReportFormat.F2019);

	/** The nation with two provinces, each with a city and a county. */
	private static final Registry NATION = TestRegistries.parse("""
			code,name,level,parent_code
			100000,全国,nation,
			210000,辽宁省,province,100000
			210100,沈阳市,city,210000
			210102,和平区,county,210100
			220000,吉林省,province,100000
			220100,长春市,city,220000
			220102,南关区,county,220100
			220102-D01,南关区教育局,department,220102
			""");

	@TempDir
	Path folder;

	@Test
	void theNationsWorkbookHasASheetPerProvinceAndEachProvinceAFileOfItsOwn() throws IOException {
		// given every unit accepted but 南关区教育局, which sent nothing, and one finding in each province
		Map<String, UnitOutcome> outcomes = new HashMap<>();
		NATION.units().forEach((unit) -> outcomes.put(unit.code(), UnitOutcome.ACCEPTED));
		outcomes.remove("220102-D01");
		List<Finding> findings = List.of(finding("210102"), finding("220102"));
		Files.writeString(this.folder.resolve("2020-汇总-990000-旧省.xlsx"), "left by an earlier run");

		// when
		List<Path> written = new SummaryWorkbooks(NATION, 2020, results(NATION, 2, outcomes), YearResults.NONE,
				YearFindings.of(NATION, 2020, findings, (consumer) -> {
				}))
			.write(this.folder);

		// then
		assertThat(written).extracting((file) -> file.getFileName().toString())
			.containsExactly("2020-汇总.xlsx", "2020-汇总-210000-辽宁省.xlsx", "2020-汇总-220000-吉林省.xlsx");
		assertThat(files()).containsExactlyInAnyOrder("2020-汇总.xlsx", "2020-汇总-210000-辽宁省.xlsx",
				"2020-汇总-220000-吉林省.xlsx");
		try (XSSFWorkbook nation = open("2020-汇总.xlsx")) {
			assertThat(sheetNames(nation)).containsExactly("说明", "问题清单", "覆盖情况", "100000 全国", "210000 辽宁省",
					"220000 吉林省");
			assertThat(nation.getActiveSheetIndex()).as("opens at the nation's tables").isEqualTo(3);
			assertThat(column(nation.getSheet("问题清单"), 0)).containsExactly("210102", "220102");
			assertThat(column(nation.getSheet("覆盖情况"), 0)).hasSize(8);
			assertThat(column(nation.getSheet("说明"), 0)).contains("辽宁省的市、县");
		}
		try (XSSFWorkbook liaoning = open("2020-汇总-210000-辽宁省.xlsx")) {
			assertThat(sheetNames(liaoning)).containsExactly("说明", "问题清单", "覆盖情况", "210000 辽宁省", "210100 沈阳市",
					"210102 和平区");
			assertThat(column(liaoning.getSheet("问题清单"), 0)).containsExactly("210102");
			assertThat(column(liaoning.getSheet("覆盖情况"), 0)).containsExactly("210000", "210100", "210102");
			// every member reported: nothing filled, no note
			Map<String, Cell> cells = OfficialSheetReader.block(liaoning.getSheet("210000 辽宁省"), "本年（2020 年）", F2019);
			assertThat(cells.values()).allSatisfy((cell) -> assertThat(fill(cell)).isNull());
			assertThat(cells.get("apply.new.total").getNumericCellValue()).isEqualTo(2 * 3);
		}
		try (XSSFWorkbook jilin = open("2020-汇总-220000-吉林省.xlsx")) {
			Map<String, Cell> cells = OfficialSheetReader.block(jilin.getSheet("220102 南关区"), "本年（2020 年）", F2019);
			assertThat(cells.values()).allSatisfy((cell) -> assertThat(fill(cell)).isEqualTo("FCE4D6"));
		}
	}

	@Test
	void withLastYearsTotalsTheChangeStandsBesideBothYears() throws IOException {
		// given a province of one format in both years, 沈阳市 with five units
		Registry small = TestRegistries.small();
		Map<String, UnitOutcome> outcomes = new HashMap<>();
		small.units().forEach((unit) -> outcomes.put(unit.code(), UnitOutcome.ACCEPTED));

		// when
		new SummaryWorkbooks(small, 2020, results(small, 5, outcomes), results(small, 2, outcomes),
				YearFindings.of(small, 2020, List.of(), (consumer) -> {
				}))
			.write(this.folder);

		// then
		try (XSSFWorkbook workbook = open("2020-汇总.xlsx")) {
			Sheet sheet = workbook.getSheet("210100 沈阳市");
			Map<String, Cell> current = OfficialSheetReader.block(sheet, "本年（2020 年）", F2019);
			Map<String, Cell> previous = OfficialSheetReader.block(sheet, "上年（2019 年）", F2019);
			Map<String, Cell> change = OfficialSheetReader.block(sheet, "增减（2020 年比 2019 年）", F2019);
			assertThat(current.get("review.total").getNumericCellValue()).isEqualTo(5 * 5);
			assertThat(previous.get("review.total").getNumericCellValue()).isEqualTo(2 * 5);
			assertThat(change.get("review.total").getNumericCellValue()).isEqualTo(3 * 5);
			assertThat(change.get("review.total").getCellStyle().getDataFormatString()).startsWith("+");
			assertThat(current.get("review.total").getRowIndex()).as("side by side")
				.isEqualTo(previous.get("review.total").getRowIndex())
				.isEqualTo(change.get("review.total").getRowIndex());
			assertThat(previous.get("review.total").getColumnIndex()).isGreaterThan(current.get("review.total").getColumnIndex());
		}
		assertThat(files()).containsExactly("2020-汇总.xlsx");
	}

	/** A nation of two provinces, 辽宁省 with two cities; 南关区教育局 sends nothing, so 吉林省's sheets carry notes. */
	private static final Registry WIDER = TestRegistries.parse("""
			code,name,level,parent_code
			100000,全国,nation,
			210000,辽宁省,province,100000
			210100,沈阳市,city,210000
			210102,和平区,county,210100
			210103,沈河区,county,210100
			210200,大连市,city,210000
			210202,中山区,county,210200
			220000,吉林省,province,100000
			220100,长春市,city,220000
			220102,南关区,county,220100
			220102-D01,南关区教育局,department,220102
			""");

	@Test
	void writtenAgainAfterOneCountyChangedTheFilesAreThoseOfAFullWrite() throws IOException {
		// given the year written once, then 和平区's file corrected
		Path incremental = Files.createDirectories(this.folder.resolve("incremental"));
		Path full = Files.createDirectories(this.folder.resolve("full"));
		workbooks(Map.of()).write(incremental);
		SummaryWorkbooks corrected = workbooks(Map.of("210102", 7));

		// when it is written again with 和平区's governments changed, and in full elsewhere
		List<Path> written = corrected.write(incremental, WIDER.governmentChain("210102")::contains);
		corrected.write(full);

		// then the province that did not change keeps its file, and every file is that of the full write
		assertThat(written).extracting((file) -> file.getFileName().toString())
			.containsExactly("2020-汇总.xlsx", "2020-汇总-210000-辽宁省.xlsx");
		for (String name : List.of("2020-汇总.xlsx", "2020-汇总-210000-辽宁省.xlsx", "2020-汇总-220000-吉林省.xlsx")) {
			assertThat(incremental.resolve(name)).as(name).hasSameBinaryContentAs(full.resolve(name));
		}
	}

	@Test
	void theSheetsOfGovernmentsThatDidNotChangeAreTakenFromTheFileReplacedUnlessTheyCarryNotes() throws IOException {
		// given the year written once, then every county's value changed
		workbooks(Map.of()).write(this.folder);
		SummaryWorkbooks changed = workbooks(Map.of("210102", 7, "210103", 7, "210202", 7, "220102", 7));

		// when written again saying that only 和平区's governments changed
		changed.write(this.folder, WIDER.governmentChain("210102")::contains);

		// then the sheets said unchanged are the earlier ones, but for those with notes (comments),
		// which are made anew: their drawings are numbered across the sheets
		try (XSSFWorkbook liaoning = open("2020-汇总-210000-辽宁省.xlsx")) {
			assertThat(total(liaoning, "210102 和平区")).as("changed").isEqualTo(7);
			assertThat(total(liaoning, "210100 沈阳市")).as("changed").isEqualTo(1 + 7 + 7);
			assertThat(total(liaoning, "210103 沈河区")).as("taken from the file replaced").isEqualTo(1);
			assertThat(total(liaoning, "210200 大连市")).as("taken from the file replaced").isEqualTo(1 + 1);
		}
		try (XSSFWorkbook nation = open("2020-汇总.xlsx")) {
			assertThat(total(nation, "210000 辽宁省")).isEqualTo(1 + (1 + 7 + 7) + (1 + 7));
			assertThat(total(nation, "220000 吉林省")).as("made anew: it has notes").isEqualTo(1 + 1 + 7);
		}
	}

	@Test
	void aFileSavedByAnotherProgramIsWrittenAgainWhole() throws IOException {
		// given the year's workbook opened and saved in a spreadsheet program
		Path incremental = Files.createDirectories(this.folder.resolve("incremental"));
		Path full = Files.createDirectories(this.folder.resolve("full"));
		workbooks(Map.of()).write(incremental);
		Path liaoning = incremental.resolve("2020-汇总-210000-辽宁省.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(liaoning))) {
			workbook.getSheet("210103 沈河区").getRow(0).getCell(0).setCellValue("改过的标题");
			try (var out = Files.newOutputStream(liaoning)) {
				workbook.write(out);
			}
		}
		SummaryWorkbooks corrected = workbooks(Map.of("210102", 7));

		// when
		corrected.write(incremental, WIDER.governmentChain("210102")::contains);
		corrected.write(full);

		// then nothing of the saved file is taken
		assertThat(liaoning).hasSameBinaryContentAs(full.resolve("2020-汇总-210000-辽宁省.xlsx"));
	}

	/** 2020 of {@link #WIDER}: every unit's own values 1 but where given, everyone accepted but 南关区教育局. */
	private static SummaryWorkbooks workbooks(Map<String, Integer> values) {
		Map<String, UnitOutcome> outcomes = new HashMap<>();
		WIDER.units().forEach((unit) -> outcomes.put(unit.code(), UnitOutcome.ACCEPTED));
		outcomes.remove("220102-D01");
		Map<String, NodeTotal> totals = new HashMap<>();
		for (Unit node : WIDER.governments()) {
			long sum = WIDER.units()
				.stream()
				.filter((unit) -> outcomes.containsKey(unit.code()) && WIDER.isWithin(unit.code(), node.code()))
				.mapToLong((unit) -> values.getOrDefault(unit.code(), 1))
				.sum();
			BigDecimal[] cells = new BigDecimal[F2019.size()];
			Arrays.fill(cells, BigDecimal.valueOf(sum));
			totals.put(node.code(), new NodeTotal(node, F2019, Arrays.asList(cells)));
		}
		return new SummaryWorkbooks(WIDER, 2020, new YearResults(totals, outcomes), YearResults.NONE,
				YearFindings.of(WIDER, 2020, List.of(finding("210102")), (consumer) -> {
				}));
	}

	private static double total(XSSFWorkbook workbook, String sheet) {
		return OfficialSheetReader.block(workbook.getSheet(sheet), "本年（2020 年）", F2019)
			.get("apply.new.total")
			.getNumericCellValue();
	}

	/** Totals of every government: each its number of units in the subtree times the value per unit. */
	private static YearResults results(Registry registry, int perUnit, Map<String, UnitOutcome> outcomes) {
		Map<String, NodeTotal> totals = new HashMap<>();
		for (Unit node : registry.governments()) {
			long units = registry.units().stream().filter((unit) -> registry.isWithin(unit.code(), node.code())).count();
			BigDecimal[] values = new BigDecimal[F2019.size()];
			Arrays.fill(values, BigDecimal.valueOf(perUnit * units));
			totals.put(node.code(), new NodeTotal(node, F2019, Arrays.asList(values)));
		}
		return new YearResults(totals, outcomes);
	}

	private static Finding finding(String unit) {
		return new Finding("2020/" + unit + ".csv:2", unit, 2020, "blank-value", Severity.WARNING,
				List.of("apply.new.total"), "空白，按 0 计");
	}

	private XSSFWorkbook open(String name) throws IOException {
		return new XSSFWorkbook(Files.newInputStream(this.folder.resolve(name)));
	}

	private List<String> files() throws IOException {
		try (Stream<Path> files = Files.list(this.folder)) {
			return files.map((file) -> file.getFileName().toString()).toList();
		}
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		return names;
	}

	/** A column's texts below the header. */
	private static List<String> column(Sheet sheet, int column) {
		List<String> texts = new ArrayList<>();
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (row.getRowNum() > 0 && cell != null && !cell.getStringCellValue().isEmpty()) {
				texts.add(cell.getStringCellValue());
			}
		}
		return texts;
	}

	private static String fill(Cell cell) {
		XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
		return (style.getFillForegroundXSSFColor() != null) ? style.getFillForegroundXSSFColor().getARGBHex().substring(2)
				: null;
	}

}
