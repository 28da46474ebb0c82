package org.ogirollup.submission.pdf;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ogirollup.submission.document.ReportDocument;
import org.ogirollup.submission.document.Row;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tables printed without ruling lines, read by where their words stand: columns from the
 * numbers, labels from how they stack and how far they are indented or centred.
 */
class PdfUnruledTest {

	@Test
	void tablesTwoAndFourWithoutLinesKeepTheirBlanksInTheirColumns() {
		ReportDocument document = PdfFixtures.read(SyntheticReports.UNRULED);
		PdfSyntheticTest.assertRows(PdfFixtures.dataRows(document), SyntheticReports.UNRULED_ROWS);
		assertThat(PdfFixtures.labelRows(document)).containsSubsequence("第二十条第（一）项", "信息内容 / 本年制发件数 / 本年废止件数 / 现行有效件数",
				"第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "四、政府信息公开行政复议、行政诉讼情况");
	}

	@Test
	void tableThreeWithoutLinesHasItsGroupsCentredVerticalOrWrapped() {
		ReportDocument document = PdfFixtures.read(SyntheticReports.UNRULED_TABLE3);
		PdfSyntheticTest.assertRows(PdfFixtures.dataRows(document), SyntheticReports.PAGE_BREAK_ROWS);
	}

	@Test
	void hongzeWithItsLinesTakenAwayGivesTheSameCellsAndLeafLabels() {
		Map<String, List<String>> values = PdfFixtures.valuesByRow("hongze-2024");
		List<Row> rows = PdfFixtures.dataRows(PdfFixtures.readWithoutRulings(PdfFixtures.HONGZE));
		assertThat(rows).hasSameSizeAs(values.keySet());
		int i = 0;
		for (Map.Entry<String, List<String>> expected : values.entrySet()) {
			Row row = rows.get(i++);
			List<String> labels = PdfHongzeTest.LABELS.get(expected.getKey());
			String leaf = labels.isEmpty() ? "" : labels.get(labels.size() - 1);
			assertThat(row.labels().isEmpty() ? "" : row.labels().get(row.labels().size() - 1)).as(expected.getKey()).isEqualTo(leaf);
			assertThat(PdfFixtures.texts(row)).as(expected.getKey() + " at " + row.place()).isEqualTo(expected.getValue());
			// without lines a group is found on its own page only: page 3 has the whole of them
			if (row.place().description().startsWith("第 3 页") && expected.getKey().startsWith("apply.")) {
				assertThat(row.labels()).as(expected.getKey()).isEqualTo(labels);
			}
		}
	}

}
