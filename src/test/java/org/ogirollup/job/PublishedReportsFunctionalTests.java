package org.ogirollup.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The aggregate job over published report text ({@code fixtures/published}): the real 阜新市 2019
 * report as the city's region-wide report and as a department's own, and in 2021 one report in
 * the revised format and one still on the 2019 template.
 */
@SpringBatchTest
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:published-functional;DB_CLOSE_DELAY=-1")
class PublishedReportsFunctionalTests {

	private static final Path INPUT = Path.of("src/test/resources/fixtures/published").toAbsolutePath();

	@Autowired
	private JobOperatorTestUtils jobOperatorTestUtils;

	@TempDir
	private Path output;

	@Test
	void theSeedsBrokenBalanceIsReportedWithBothSidesForEachColumn() throws Exception {
		assertThat(runYear(2019)).isEqualTo(BatchStatus.COMPLETED);

		List<Map<String, String>> findings = OutputTables.rows(this.output.resolve("2019/validation.csv"));
		List<Map<String, String>> consolidated = findings.stream()
			.filter((row) -> row.get("source").startsWith("2019/210900.consolidated.txt:"))
			.filter((row) -> row.get("rule_id").equals("R1"))
			.toList();
		assertThat(consolidated).extracting((row) -> row.get("unit_code"), (row) -> row.get("severity"))
			.containsOnly(tuple("210900", "error"));
		assertThat(consolidated).extracting((row) -> row.get("message"))
			.satisfiesExactly((message) -> assertThat(message).contains("自然人", "125", "135", "2"),
					(message) -> assertThat(message).contains("社会公益组织", "2", "1"),
					(message) -> assertThat(message).contains("其他", "4", "8"),
					(message) -> assertThat(message).contains("总计", "131 + ", "0 = 131", "144 + ", "2 = 146"));
		assertThat(findings).filteredOn((row) -> row.get("unit_code").equals("210900-D01"))
			.extracting((row) -> row.get("rule_id"))
			.contains("R1");
	}

	@Test
	void aRegionWideReportIsNeverAddedAndARejectedReportIsCounted() throws Exception {
		runYear(2019);

		List<Map<String, String>> totals = OutputTables.rows(this.output.resolve("2019/totals.csv"));
		assertThat(OutputTables.total(totals, "210900", "apply.new.total")).isEqualTo("0");
		assertThat(OutputTables.rows(this.output.resolve("2019/coverage.csv")))
			.extracting((row) -> row.get("node_code"), (row) -> row.get("expected"), (row) -> row.get("accepted"),
					(row) -> row.get("rejected"), (row) -> row.get("missing"))
			.containsExactly(tuple("210000", "4", "0", "1", "3"), tuple("210900", "3", "0", "1", "2"));
	}

	@Test
	void reportsInEitherTemplateAddUpInTheYearsFormat() throws Exception {
		assertThat(runYear(2021)).isEqualTo(BatchStatus.COMPLETED);

		List<Map<String, String>> totals = OutputTables.rows(this.output.resolve("2021/totals.csv"));
		assertThat(totals).hasSize(2 * Catalog.of(ReportFormat.F2021).size());
		assertThat(OutputTables.total(totals, "210900", "apply.new.total")).isEqualTo("75");
		assertThat(OutputTables.total(totals, "210000", "apply.new.total")).isEqualTo("75");
		assertThat(OutputTables.total(totals, "210900", "review.total")).isEqualTo("5");
		// section 二 measures differ between the templates: only the revised report's count
		assertThat(OutputTables.total(totals, "210900", "active.art20_5.licensing.decisions")).isEqualTo("1520");
		assertThat(OutputTables.total(totals, "210900", "active.art20_8.admin_fee.amount_wan")).isEqualTo("12.5");
		assertThat(OutputTables.rows(this.output.resolve("2021/validation.csv")))
			.filteredOn((row) -> row.get("unit_code").equals("210900-D02"))
			.extracting((row) -> row.get("rule_id"))
			.contains("format-differs-from-year")
			.doesNotContain("R1", "R2", "R3", "R5", "R6");
	}

	/** Returns the status, not the execution: the batch test listeners call methods returning one. */
	private BatchStatus runYear(int year) throws Exception {
		AggregateParameters parameters = new AggregateParameters(year, INPUT, this.output, "", "published", System.nanoTime());
		return this.jobOperatorTestUtils.startJob(parameters.toJobParameters()).getStatus();
	}

}
