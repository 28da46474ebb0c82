package org.ogirollup.job;

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
 * The suggestions of error localisation (issue 16) in {@code validation.csv} of an aggregate run:
 * one warning per submission that breaks linear rules, beside the rules' own findings, and no
 * change of verdict.
 */
@SpringBatchTest
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:localisation-functional;DB_CLOSE_DELAY=-1")
class LocalisationFunctionalTests {

	@Autowired
	private JobOperatorTestUtils jobOperatorTestUtils;

	@TempDir
	private Path output;

	@Test
	void aFaultyCsvSubmissionGetsItsSuggestionAndStaysRejected() throws Exception {
		// given the fixture province, whose department 210103-D01 carries out one application too many
		assertThat(run("basic", 1)).isEqualTo(BatchStatus.COMPLETED);

		// then
		List<Map<String, String>> findings = OutputTables.rows(this.output.resolve("2019/validation.csv"));
		assertThat(findings).filteredOn((row) -> row.get("rule_id").equals("suggested-fix"))
			.extracting((row) -> row.get("source"), (row) -> row.get("unit_code"), (row) -> row.get("severity"),
					(row) -> row.get("item"), (row) -> row.get("message"))
			.containsExactly(tuple("2019/210103-D01.csv:24", "210103-D01", "warning",
					"apply.new.natural_person apply.new.total apply.carried_in.natural_person apply.carried_in.total"
							+ " apply.carried_out.natural_person apply.carried_out.total",
					"以下 3 种改法同样最少（各改 2 格即可使 R1 成立），无法确定是哪几格："
							+ "①一、本年新收政府信息公开申请数量（自然人） 由 6 改为 7，一、本年新收政府信息公开申请数量（总计） 由 6 改为 7（错写一位数字）；"
							+ "②二、上年结转政府信息公开申请数量（自然人） 由 0 改为 1，二、上年结转政府信息公开申请数量（总计） 由 0 改为 1（错写一位数字）；"
							+ "③四、结转下年度继续办理（自然人） 由 1 改为 0，四、结转下年度继续办理（总计） 由 1 改为 0（错写一位数字）"));
		// a warning beside the errors: the department is still rejected, and no clean unit gets one
		assertThat(OutputTables.rows(this.output.resolve("2019/coverage.csv")))
			.filteredOn((row) -> row.get("node_code").equals("210103"))
			.extracting((row) -> row.get("rejected"))
			.containsExactly("2");
		assertThat(findings).filteredOn((row) -> row.get("unit_code").equals("210103-D01"))
			.extracting((row) -> row.get("rule_id"))
			.containsExactly("R1", "R1", "suggested-fix");
	}

	@Test
	void theSeedReportGetsItsOnlyFourCellFix() throws Exception {
		assertThat(run("published", 2)).isEqualTo(BatchStatus.COMPLETED);

		List<Map<String, String>> findings = OutputTables.rows(this.output.resolve("2019/validation.csv"));
		assertThat(findings).filteredOn((row) -> row.get("source").startsWith("2019/210900.consolidated.txt:"))
			.filteredOn((row) -> row.get("rule_id").equals("suggested-fix"))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.get("severity")).isEqualTo("warning");
				assertThat(row.get("item"))
					.isEqualTo("apply.new.natural_person apply.new.org_nonprofit apply.new.org_other apply.new.total");
				assertThat(row.get("message")).startsWith("最少须改 4 格，且只有这一种改法：①一、本年新收政府信息公开申请数量（自然人）：填报 125，改为 137；")
					.endsWith("改后 R1 成立（改动较多，可能另有原因，仅供核对参考）");
			});
	}

	private BatchStatus run(String fixture, long run) throws Exception {
		Path input = Path.of("src/test/resources/fixtures", fixture).toAbsolutePath();
		AggregateParameters parameters = new AggregateParameters(2019, input, this.output, "", fixture, run);
		return this.jobOperatorTestUtils.startJob(parameters.toJobParameters()).getStatus();
	}

}
