package org.ogirollup.submission.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.ogirollup.finding.Finding;
import org.ogirollup.submission.Submission;

import static org.assertj.core.api.Assertions.assertThat;

/** Every cell of every real report of {@code reports/published}, read from each form it comes in. */
class RealReportsTest {

	@ParameterizedTest
	@CsvSource(textBlock = """
			pingtan-2019.html, pingtan-2019
			pingtan-2021.html, pingtan-2021
			pingtan-2023.html, pingtan-2023
			""")
	void everyCellOfAWebPageIsRight(String file, String report) throws Exception {
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

	private static String findings(PublishedReportReader.Reading reading) {
		StringBuilder text = new StringBuilder();
		for (Finding finding : reading.read().findings()) {
			text.append(finding.ruleId()).append(' ').append(finding.message()).append('\n');
		}
		return text.toString();
	}

}
