package org.ogirollup.submission.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.ogirollup.finding.Finding;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.submission.Submission;

import static org.assertj.core.api.Assertions.assertThat;

/** Every cell of every real report of {@code reports/published}, read from each form it comes in. */
class RealReportsTest {

	@ParameterizedTest
	@CsvSource(textBlock = """
			pingtan-2019.html, pingtan-2019
			pingtan-2021.html, pingtan-2021
			pingtan-2023.html, pingtan-2023
			hongze-2024.pdf, hongze-2024
			""")
	void everyCellOfAWebPageAndAPdfIsRight(String file, String report) throws Exception {
		PublishedReportReader.Reading reading = RealReports.read(file, report);

		assertThat(reading.isReport()).as(reading.whyNotAReport()).isTrue();
		Submission submission = reading.read().submission();
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, String> cell : RealReports.cells(report).entrySet()) {
			String read = RealReports.written(submission, cell.getKey());
			if (!cell.getValue().equals(read)) {
				wrong.add(cell.getKey() + ": " + read + " instead of " + cell.getValue());
			}
		}
		assertThat(wrong).as(findings(reading)).isEmpty();
	}

	/**
	 * Page text whose cells run together: every cell is read right, except those of a row whose
	 * digits split several ways even with the table's arithmetic (table 二 has none to split by):
	 * such a row is an error that lists the candidates (the true one among them, or the list says it
	 * is cut), and is not read.
	 */
	@ParameterizedTest
	@CsvSource(textBlock = """
			pingtan-2019-page.txt, pingtan-2019, 19
			pingtan-2021-page.txt, pingtan-2021, 3
			pingtan-2023-page.txt, pingtan-2023, 3
			""")
	void everyCellOfPageTextIsRightOrAnErrorListingItsTrueValue(String file, String report, int undecided)
			throws Exception {
		PublishedReportReader.Reading reading = RealReports.read(file, report);

		assertThat(reading.isReport()).as(reading.whyNotAReport()).isTrue();
		Submission submission = reading.read().submission();
		Map<String, String> truth = RealReports.cells(report);
		List<String> notRead = new ArrayList<>();
		for (Map.Entry<String, String> cell : truth.entrySet()) {
			String read = RealReports.written(submission, cell.getKey());
			if (read == null) {
				notRead.add(cell.getKey());
			}
			else {
				assertThat(read).as(cell.getKey()).isEqualTo(cell.getValue());
			}
		}
		assertThat(notRead).as(findings(reading)).hasSize(undecided);
		for (String code : notRead) {
			Finding error = reading.read().findings().stream()
				.filter((finding) -> finding.isError() && finding.items().contains(code))
				.findFirst()
				.orElseThrow();
			assertThat(error.ruleId()).isEqualTo(RuleIds.AMBIGUOUS_CELLS);
			String row = error.items().stream().map(truth::get).collect(Collectors.joining(","));
			// the candidates are listed up to ten: beyond, the list says it is cut
			assertThat(error.message()).as(code).satisfiesAnyOf((message) -> assertThat(message).contains(row),
					(message) -> assertThat(message).contains(" 等；"));
		}
	}

	private static String findings(PublishedReportReader.Reading reading) {
		StringBuilder text = new StringBuilder();
		for (Finding finding : reading.read().findings()) {
			text.append(finding.ruleId()).append(' ').append(finding.message()).append('\n');
		}
		return text.toString();
	}

}
