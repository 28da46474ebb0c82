package org.ogirollup.export;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.Severity;
import org.ogirollup.registry.Level;
import org.ogirollup.registry.TestRegistries;
import org.ogirollup.registry.Unit;
import org.ogirollup.rollup.NodeCoverage;
import org.ogirollup.rollup.NodeTotal;

import static org.assertj.core.api.Assertions.assertThat;

class MachineTablesTest {

	private static final Catalog F2019 = Catalog.of(ReportFormat.F2019);

	private static final Unit PROVINCE = new Unit("210000", "辽宁省", Level.PROVINCE, "");

	private static final Unit CITY = new Unit("210100", "沈阳市", Level.CITY, "210000");

	private static final Unit COUNTY = new Unit("210103", "沈河区", Level.COUNTY, "210100");

	private static final Unit DEPARTMENT = new Unit("210100-D01", "沈阳市教育局", Level.DEPARTMENT, "210100");

	@TempDir
	Path folder;

	@Test
	void totalsHaveTheContractHeaderAndOneRowPerNodeAndItem() throws IOException {
		// given
		Path file = this.folder.resolve("2019").resolve(MachineTables.TOTALS);
		List<BigDecimal> province = zeros();
		province.set(0, new BigDecimal("21469172.33"));
		province.set(1, new BigDecimal("0.00"));
		province.set(2, new BigDecimal("1E+3"));
		province.set(3, new BigDecimal("12.50"));

		// when
		MachineTables.writeTotals(file, 2019,
				List.of(new NodeTotal(PROVINCE, F2019, province), new NodeTotal(CITY, F2019, zeros())), Blocks.all());

		// then
		assertThat(firstLine(file)).isEqualTo("node_code,node_name,level,report_year,item,value,item_label");
		List<CSVRecord> rows = read(file);
		assertThat(rows).hasSize(2 * F2019.size());
		assertThat(rows.subList(0, 5)).extracting(CSVRecord::values)
			.containsExactly(row("210000", "辽宁省", "province", "2019", code(0), "21469172.33", label(0)),
					row("210000", "辽宁省", "province", "2019", code(1), "0", label(1)),
					row("210000", "辽宁省", "province", "2019", code(2), "1000", label(2)),
					row("210000", "辽宁省", "province", "2019", code(3), "12.5", label(3)),
					row("210000", "辽宁省", "province", "2019", code(4), "0", label(4)));
		assertThat(rows.get(F2019.size()).values())
			.containsExactly(row("210100", "沈阳市", "city", "2019", code(0), "0", label(0)));
		assertThat(label(0)).isEqualTo("规章（本年新制作数量）");
		assertThat(rows).filteredOn((row) -> row.get("item").equals("apply.result.disclosed.total"))
			.extracting((row) -> row.get("item_label"))
			.containsOnly("（一）予以公开（总计）");
		assertThat(rows).extracting((row) -> row.get("item"))
			.containsExactlyElementsOf(Stream.concat(codes().stream(), codes().stream()).toList());
		assertThat(rows).extracting((row) -> row.get("value")).noneMatch((value) -> value.contains("E"));
		assertNoTemporaryFile(file);
	}

	@ParameterizedTest
	@CsvSource({ "21469172.33, 21469172.33", "0, 0", "0.000, 0", "0E+5, 0", "1E+7, 10000000", "12.50, 12.5",
			"-0.50, -0.5", "100, 100", "123456789012345678901234, 123456789012345678901234" })
	void valuesArePlain(BigDecimal value, String written) {
		assertThat(MachineTables.plain(value)).isEqualTo(written);
	}

	@Test
	void coverageHasTheContractHeaderAndOneRowPerNode() throws IOException {
		// given
		Path file = this.folder.resolve(MachineTables.COVERAGE);

		// when
		MachineTables.writeCoverage(file, 2021,
				List.of(new NodeCoverage(PROVINCE, 6, 2, 1), new NodeCoverage(COUNTY, 1, 0, 0)));

		// then
		assertThat(firstLine(file)).isEqualTo("node_code,node_name,level,report_year,expected,accepted,rejected,missing");
		assertThat(read(file)).extracting(CSVRecord::values)
			.containsExactly(row("210000", "辽宁省", "province", "2021", "6", "2", "1", "3"),
					row("210103", "沈河区", "county", "2021", "1", "0", "0", "1"));
		assertNoTemporaryFile(file);
	}

	@Test
	void missingListsUnitsWithParent() throws IOException {
		// given
		Path file = this.folder.resolve(MachineTables.MISSING);

		// when
		MachineTables.writeMissing(file, 2019, List.of(PROVINCE, DEPARTMENT));

		// then
		assertThat(firstLine(file)).isEqualTo("unit_code,unit_name,level,parent_code,report_year");
		assertThat(read(file)).extracting(CSVRecord::values)
			.containsExactly(row("210000", "辽宁省", "province", "", "2019"),
					row("210100-D01", "沈阳市教育局", "department", "210100", "2019"));
		assertNoTemporaryFile(file);
	}

	@Test
	void validationHasTheContractHeaderAndQuotesMessages() throws IOException {
		// given
		Path file = this.folder.resolve(MachineTables.VALIDATION);
		String message = "总计 3 不等于 1,2 之和 \"1+2+1\"";
		List<Finding> findings = List.of(
				new Finding("2019/210102.csv:12", "210102", 2019, "R1", Severity.ERROR,
						List.of("apply.new.total", "apply.new.natural_person"), message),
				new Finding("2019/bad.csv", "", 2019, "csv-header", Severity.WARNING, List.of(), "表头缺少列"));

		// when
		MachineTables.writeValidation(file, TestRegistries.small(), findings::forEach, Blocks.all());

		// then
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertThat(lines).containsExactly(
				"\uFEFFsource,unit_code,report_year,rule_id,severity,item,message,unit_name,city,county",
				"2019/210102.csv:12,210102,2019,R1,error,apply.new.total apply.new.natural_person,"
						+ "\"总计 3 不等于 1,2 之和 \"\"1+2+1\"\"\",和平区,沈阳市,和平区",
				"2019/bad.csv,,2019,csv-header,warning,,表头缺少列,,,");
		assertThat(read(file)).extracting(CSVRecord::values)
			.containsExactly(row("2019/210102.csv:12", "210102", "2019", "R1", "error",
					"apply.new.total apply.new.natural_person", message, "和平区", "沈阳市", "和平区"),
					row("2019/bad.csv", "", "2019", "csv-header", "warning", "", "表头缺少列", "", "", ""));
		assertNoTemporaryFile(file);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			210102-D01 | 和平区公安分局 | 沈阳市 | 和平区
			210100-D01 | 沈阳市教育局   | 沈阳市 | ''
			210100     | 沈阳市         | 沈阳市 | ''
			210000     | 辽宁省         | ''     | ''
			999999     | ''             | ''     | ''
			""")
	void validationNamesTheUnitAndTheCityAndCountyItBelongsTo(String unit, String name, String city, String county)
			throws IOException {
		Path file = this.folder.resolve(MachineTables.VALIDATION);
		Finding finding = new Finding("2019/x.csv:2", unit, 2019, "R1", Severity.ERROR, List.of(), "不平衡");

		MachineTables.writeValidation(file, TestRegistries.small(), List.of(finding)::forEach, Blocks.all());

		assertThat(read(file)).singleElement()
			.satisfies((row) -> assertThat(List.of(row.get("unit_name"), row.get("city"), row.get("county")))
				.containsExactly(name, city, county));
	}

	@Test
	void emptyTableIsTheHeaderOnly() throws IOException {
		// given
		Path file = this.folder.resolve(MachineTables.VALIDATION);

		// when
		MachineTables.writeValidation(file, TestRegistries.small(), (sink) -> {
		}, Blocks.all());

		// then
		assertThat(Files.readString(file, StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFsource,unit_code,report_year,rule_id,severity,item,message,unit_name,city,county\n");
	}

	@Test
	void rewritingReplacesTheFileWithLfLinesAfterAByteOrderMark() throws IOException {
		// given
		Path file = this.folder.resolve(MachineTables.COVERAGE);
		MachineTables.writeCoverage(file, 2019, List.of(new NodeCoverage(PROVINCE, 6, 6, 0)));

		// when
		MachineTables.writeCoverage(file, 2019, List.of(new NodeCoverage(CITY, 5, 1, 1)));

		// then
		byte[] bytes = Files.readAllBytes(file);
		assertThat(new String(bytes, StandardCharsets.UTF_8))
			.isEqualTo("\uFEFFnode_code,node_name,level,report_year,expected,accepted,rejected,missing\n"
					+ "210100,沈阳市,city,2019,5,1,1,3\n");
		// what Excel and WPS on a Chinese Windows need to read UTF-8 as UTF-8
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertNoTemporaryFile(file);
	}

	@Test
	void failingRowsLeaveTheOldFileAndNoTemporary() throws IOException {
		// given
		Path file = this.folder.resolve(MachineTables.VALIDATION);
		MachineTables.writeValidation(file, TestRegistries.small(), (sink) -> {
		}, Blocks.all());
		String before = Files.readString(file);

		// when
		try {
			MachineTables.writeValidation(file, TestRegistries.small(), (sink) -> {
				throw new IllegalStateException("boom");
			}, Blocks.all());
		}
		catch (IllegalStateException expected) {
			// the write failed part way
		}

		// then: readers still see the old whole file, and no half-written temporary lies beside it
		assertThat(Files.readString(file)).isEqualTo(before);
		assertNoTemporaryFile(file);
	}

	private void assertNoTemporaryFile(Path file) throws IOException {
		try (Stream<Path> files = Files.list(file.getParent())) {
			assertThat(files.map((path) -> path.getFileName().toString())).noneMatch((name) -> name.endsWith(".tmp"));
		}
	}

	/** The header, after the byte order mark every table starts with. */
	private static String firstLine(Path file) throws IOException {
		String line = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
		assertThat(line).startsWith("\uFEFF");
		return line.substring(1);
	}

	private static List<CSVRecord> read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			assertThat(reader.read()).as("byte order mark").isEqualTo(0xFEFF);
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private static String[] row(String... values) {
		return values;
	}

	private static String code(int index) {
		return F2019.item(index).code().value();
	}

	private static String label(int index) {
		return F2019.item(index).label();
	}

	private static List<String> codes() {
		return F2019.items().stream().map((item) -> item.code().value()).toList();
	}

	private static List<BigDecimal> zeros() {
		return new ArrayList<>(Collections.nCopies(F2019.size(), BigDecimal.ZERO));
	}

}
