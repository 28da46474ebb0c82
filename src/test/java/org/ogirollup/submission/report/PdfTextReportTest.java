package org.ogirollup.submission.report;

import org.ogirollup.finding.RuleIds;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Finding;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.SubmissionRead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogirollup.submission.report.ReportFixtures.number;
import static org.ogirollup.submission.report.ReportFixtures.value;

/**
 * A 2020 report in the trial format as PDF text: the seed's figures with headers and labels
 * broken over lines, group labels on the row's line, instructions in labels, a typo in a heading,
 * a heading variant, a detached 增, a page number, money in 万元 and section 四 written per group.
 */
class PdfTextReportTest {

	private static final String FIXTURE = "f2019-pdf-2020.txt";

	private static final String FIGURES = "7 7 7 3146 3146 3146 681 82 112711 865 501 16425 562 163 9924 64 24 578 225 -5 265 "
			+ "21469172.33 125 0 0 2 0 4 131 0 0 0 0 0 0 0 49 0 0 1 0 4 54 7 0 0 0 0 4 11 " + "0 0 0 0 0 0 0 ".repeat(3)
			+ "3 0 0 0 0 0 3 4 0 0 0 0 0 4 1 0 0 0 0 0 1 2 0 0 0 0 0 2 0 0 0 0 0 0 0 59 0 0 0 0 0 59 "
			+ "0 0 0 0 0 0 0 ".repeat(2) + "7 0 0 0 0 0 7 1 0 0 0 0 0 1 " + "0 0 0 0 0 0 0 ".repeat(3)
			+ "2 0 0 0 0 0 2 135 0 0 1 0 8 144 2 0 0 0 0 0 2 14 1 0 7 22 10 4 0 1 15 22 1 0 0 23";

	private final SubmissionRead read = ReportFixtures.report(FIXTURE, 2020);

	private final Submission submission = this.read.submission();

	@Test
	void readsEveryFigure() {
		assertThat(this.submission.format()).isEqualTo(ReportFormat.F2019);
		List<String> expected = List.of(FIGURES.split(" "));
		List<Item> items = this.submission.catalog().items();
		assertThat(expected).hasSize(items.size());
		for (int i = 0; i < items.size(); i++) {
			assertThat(number(this.submission, items.get(i).code().value())).as(items.get(i).code().value())
				.isEqualByComparingTo(expected.get(i));
		}
	}

	@Test
	void onlyTheExtraRowIsReported() {
		assertThat(this.read.findings()).singleElement().satisfies((finding) -> {
			assertThat(finding.ruleId()).isEqualTo(RuleIds.EXTRA_ROW);
			assertThat(finding.message()).contains("其他主动公开文件").contains("120 120 980");
		});
		assertThat(this.read.findings()).noneMatch(Finding::isError);
	}

	@Test
	void wanYuanIsConvertedToYuan() {
		assertThat(number(this.submission, "active.art20_9.central_procurement.amount")).isEqualByComparingTo("21469172.33");
	}

	@Test
	void labelsBrokenOverLinesKeepTheirValuesLine() {
		assertThat(value(this.submission, "apply.result.not_processed.confirm_reissue.total").line()).isEqualTo(58);
		assertThat(value(this.submission, "apply.result.total.total").label()).isEqualTo("(七)总计");
		assertThat(number(this.submission, "apply.result.total.total")).isEqualByComparingTo("144");
		assertThat(value(this.submission, "apply.result.withheld.state_secret.natural_person").label())
			.isEqualTo("1.属于国家秘密");
		assertThat(value(this.submission, "active.art20_1.regulation.made").label())
			.isEqualTo("规章(设区的市、自治州人民政府应提供相关数据)");
	}

}
