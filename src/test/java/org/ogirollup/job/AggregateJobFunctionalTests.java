package org.ogirollup.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The aggregate job over the fixture province {@code fixtures/basic}: clean CSV files in UTF-8,
 * UTF-8 with BOM and CRLF, and GB18030, plus one of each kind of defect beside them.
 */
@SpringBatchTest
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:aggregate-functional;DB_CLOSE_DELAY=-1")
class AggregateJobFunctionalTests {

	private static final Path INPUT = Path.of("src/test/resources/fixtures/basic").toAbsolutePath();

	@Autowired
	private JobOperatorTestUtils jobOperatorTestUtils;

	@TempDir
	private Path output;

	@Test
	void totalsAddAcceptedOwnSubmissionsOverEachSubtree() throws Exception {
		// given the fixture province, when
		BatchStatus status = runYear(2019, 1);

		// then
		assertThat(status).isEqualTo(BatchStatus.COMPLETED);
		List<Map<String, String>> totals = OutputTables.rows(this.output.resolve("2019/totals.csv"));
		assertThat(OutputTables.header(this.output.resolve("2019/totals.csv")))
			.as("the columns of design.md §4, then the label for people")
			.containsExactly("node_code", "node_name", "level", "report_year", "item", "value", "item_label");
		assertThat(totals).hasSize(5 * 198);
		assertThat(totals.stream().map((row) -> row.get("node_code")).distinct())
			.containsExactly("210000", "210100", "210102", "210103", "210104");
		// province: 210000 (10) + 210100 (5) + 210100-D01 (2) + 210102 (3); the consolidated
		// report, the rejected department, the duplicates and the unknown unit add nothing
		assertThat(OutputTables.total(totals, "210000", "apply.new.total")).isEqualTo("20");
		assertThat(OutputTables.total(totals, "210100", "apply.new.total")).isEqualTo("10");
		assertThat(OutputTables.total(totals, "210102", "apply.new.total")).isEqualTo("3");
		assertThat(OutputTables.total(totals, "210103", "apply.new.total")).isEqualTo("0");
		assertThat(OutputTables.total(totals, "210000", "review.total")).isEqualTo("3");
		assertThat(OutputTables.total(totals, "210000", "active.art20_9.central_procurement.amount"))
			.isEqualTo("1210.75");
		assertThat(OutputTables.total(totals, "210100", "active.art20_5.licensing.decisions")).isEqualTo("28");
		assertThat(totals).filteredOn((row) -> row.get("item").equals("apply.new.total"))
			.extracting((row) -> row.get("item_label"))
			.containsOnly("一、本年新收政府信息公开申请数量（总计）");
	}

	@Test
	void everyDefectIsAFindingWithFileLineRuleAndBothSides() throws Exception {
		runYear(2019, 2);

		List<Map<String, String>> findings = OutputTables.rows(this.output.resolve("2019/validation.csv"));
		assertThat(findings).extracting((row) -> row.get("source"), (row) -> row.get("unit_code"),
				(row) -> row.get("rule_id"), (row) -> row.get("severity"))
			.containsExactly(tuple("2019/210000.csv:192", "210000", "blank-value", "warning"),
					tuple("2019/210103-D01.csv:24", "210103-D01", "R1", "error"),
					tuple("2019/210103-D01.csv:30", "210103-D01", "R1", "error"),
					tuple("2019/210103-D01.csv:24", "210103-D01", "suggested-fix", "warning"),
					tuple("2019/210103-a.csv:2", "210103", "duplicate-submission", "error"),
					tuple("2019/210103-b.csv:2", "210103", "duplicate-submission", "error"),
					tuple("2019/999999.csv:2", "999999", "unknown-unit", "error"),
					tuple("2019/departments.csv:227", "210102-D01", "not-a-number", "error"));
		Map<String, String> balance = findings.get(2);
		assertThat(balance.get("item")).contains("apply.new.total", "apply.carried_out.total");
		assertThat(balance.get("message")).contains("总计", "6", "7");
		assertThat(findings.get(7).get("item")).isEqualTo("apply.new.org_other");
		assertThat(findings.get(7).get("message")).contains("abc");
		// the names a person reads beside the codes: the unit, its city and its county
		assertThat(findings).extracting((row) -> row.get("unit_code"), (row) -> row.get("unit_name"),
				(row) -> row.get("city"), (row) -> row.get("county"))
			.contains(tuple("210000", "辽宁省", "", ""), tuple("210103-D01", "沈河区财政局", "沈阳市", "沈河区"),
					tuple("999999", "", "", ""), tuple("210102-D01", "和平区公安分局", "沈阳市", "和平区"));
	}

	@Test
	void coverageCountsUnitsExpectedAcceptedRejectedAndMissing() throws Exception {
		runYear(2019, 3);

		List<Map<String, String>> coverage = OutputTables.rows(this.output.resolve("2019/coverage.csv"));
		assertThat(coverage).extracting((row) -> row.get("node_code"), (row) -> row.get("expected"),
				(row) -> row.get("accepted"), (row) -> row.get("rejected"), (row) -> row.get("missing"))
			.containsExactly(tuple("210000", "8", "4", "3", "1"), tuple("210100", "7", "3", "3", "1"),
					tuple("210102", "2", "1", "1", "0"), tuple("210103", "2", "0", "2", "0"),
					tuple("210104", "1", "0", "0", "1"));
		assertThat(OutputTables.rows(this.output.resolve("2019/missing.csv"))).extracting((row) -> row.get("unit_code"))
			.containsExactly("210104");
	}

	@Test
	void aSecondRunWritesByteIdenticalFiles() throws Exception {
		runYear(2019, 4);
		byte[] firstTotals = Files.readAllBytes(this.output.resolve("2019/totals.csv"));
		byte[] firstFindings = Files.readAllBytes(this.output.resolve("2019/validation.csv"));
		byte[] firstCoverage = Files.readAllBytes(this.output.resolve("2019/coverage.csv"));
		byte[] firstWorkbook = Files.readAllBytes(this.output.resolve("2019/2019-汇总.xlsx"));
		byte[] firstFeedback = Files.readAllBytes(this.output.resolve("2019/问题清单/210103-D01-沈河区财政局.xlsx"));

		runYear(2019, 5);

		assertThat(this.output.resolve("2019/totals.csv")).hasBinaryContent(firstTotals);
		assertThat(this.output.resolve("2019/validation.csv")).hasBinaryContent(firstFindings);
		assertThat(this.output.resolve("2019/coverage.csv")).hasBinaryContent(firstCoverage);
		assertThat(this.output.resolve("2019/2019-汇总.xlsx")).hasBinaryContent(firstWorkbook);
		assertThat(this.output.resolve("2019/问题清单/210103-D01-沈河区财政局.xlsx")).hasBinaryContent(firstFeedback);
		try (var files = Files.list(this.output.resolve("2019"))) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactlyInAnyOrder("totals.csv",
					"validation.csv", "coverage.csv", "missing.csv", "yoy.csv", "yoy-units.csv", "reconciliation.csv",
					"reconciliation-members.csv", "tables", "2019-汇总.xlsx", "问题清单");
		}
	}

	/** Returns the status, not the execution: the batch test listeners call methods returning one. */
	private BatchStatus runYear(int year, long run) throws Exception {
		AggregateParameters parameters = new AggregateParameters(year, INPUT, this.output, "", "fixture", run);
		return this.jobOperatorTestUtils.startJob(parameters.toJobParameters()).getStatus();
	}

}
