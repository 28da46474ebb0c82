package org.ogirollup.export;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
		assertThat(firstLine(file)).isEqualTo("node_code,node_name,level,report_year,item,value");
		List<CSVRecord> rows = read(file);
		assertThat(rows).hasSize(2 * F2019.size());
		assertThat(rows.subList(0, 5)).extracting(CSVRecord::values)
			.containsExactly(row("210000", "辽宁省", "province", "2019", code(0), "21469172.33"),
					row("210000", "辽宁省", "province", "2019", code(1), "0"),
					row("210000", "辽宁省", "province", "2019", code(2), "1000"),
					row("210000", "辽宁省", "province", "2019", code(3), "12.5"),
					row("210000", "辽宁省", "province", "2019", code(4), "0"));
		assertThat(rows.get(F2019.size()).values())
			.containsExactly(row("210100", "沈阳市", "city", "2019", code(0), "0"));
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
		MachineTables.writeValidation(file, findings::forEach, Blocks.all());

		// then
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertThat(lines).containsExactly("source,unit_code,report_year,rule_id,severity,item,message",
				"2019/210102.csv:12,210102,2019,R1,error,apply.new.total apply.new.natural_person,"
						+ "\"总计 3 不等于 1,2 之和 \"\"1+2+1\"\"\"",
				"2019/bad.csv,,2019,csv-header,warning,,表头缺少列");
		assertThat(read(file)).extracting(CSVRecord::values)
			.containsExactly(row("2019/210102.csv:12", "210102", "2019", "R1", "error",
					"apply.new.total apply.new.natural_person", message),
					row("2019/bad.csv", "", "2019", "csv-header", "warning", "", "表头缺少列"));
		assertNoTemporaryFile(file);
	}

	@Test
	void emptyTableIsTheHeaderOnly() throws IOException {
		// given
		Path file = this.folder.resolve(MachineTables.VALIDATION);

		// when
		MachineTables.writeValidation(file, (sink) -> {
		}, Blocks.all());

		// then
		assertThat(Files.readString(file, StandardCharsets.UTF_8))
			.isEqualTo("source,unit_code,report_year,rule_id,severity,item,message\n");
	}

	@Test
	void rewritingReplacesTheFileWithLfLinesAndNoBom() throws IOException {
		// given
		Path file = this.folder.resolve(MachineTables.COVERAGE);
		MachineTables.writeCoverage(file, 2019, List.of(new NodeCoverage(PROVINCE, 6, 6, 0)));

		// when
		MachineTables.writeCoverage(file, 2019, List.of(new NodeCoverage(CITY, 5, 1, 1)));

		// then
		byte[] bytes = Files.readAllBytes(file);
		assertThat(new String(bytes, StandardCharsets.UTF_8))
			.isEqualTo("node_code,node_name,level,report_year,expected,accepted,rejected,missing\n"
					+ "210100,沈阳市,city,2019,5,1,1,3\n");
		assertThat(bytes[0]).isEqualTo((byte) 'n');
		assertNoTemporaryFile(file);
	}

	@Test
	void failingRowsLeaveTheOldFileAndNoTemporary() throws IOException {
		// given
		Path file = this.folder.resolve(MachineTables.VALIDATION);
		MachineTables.writeValidation(file, (sink) -> {
		}, Blocks.all());
		String before = Files.readString(file);

		// when
		try {
			MachineTables.writeValidation(file, (sink) -> {
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

	private static String firstLine(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
	}

	private static List<CSVRecord> read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private static String[] row(String... values) {
		return values;
	}

	private static String code(int index) {
		return F2019.item(index).code().value();
	}

	private static List<String> codes() {
		return F2019.items().stream().map((item) -> item.code().value()).toList();
	}

	private static List<BigDecimal> zeros() {
		return new ArrayList<>(Collections.nCopies(F2019.size(), BigDecimal.ZERO));
	}

}
