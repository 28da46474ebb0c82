package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ogirollup.submission.document.Cell;
import org.ogirollup.submission.document.ReportDocument;
import org.ogirollup.submission.document.Row;
import org.ogirollup.submission.pdf.SyntheticReports.ExpectedRow;

import static org.assertj.core.api.Assertions.assertThat;

/** The quirks 洪泽 2024 lacks, in the synthetic PDFs {@link PdfFixtureMaker} draws. */
class PdfSyntheticTest {

	@Test
	void blankCellsStayBlankInTheirColumns() {
		ReportDocument document = PdfFixtures.read(SyntheticReports.BLANK_HEAVY);
		assertRows(PdfFixtures.dataRows(document), SyntheticReports.BLANK_HEAVY_ROWS);
		Row received = PdfFixtures.dataRows(document).get(0);
		// 商业企业 and 科研机构 left blank: the 1 is 社会公益组织's, not shifted left into them
		assertThat(received.cells()).extracting(Cell::isBlank).containsExactly(false, true, true, false, true, true, false);
		assertThat(received.cells().get(3).text()).isEqualTo("1");
		assertThat(received.cells().get(2).place().toString()).isEqualTo("第 1 页第 1 个表格第 4 行第 4 列");
	}

	@Test
	void aPageStoredTurnedAndDisplayedUprightReadsAsUpright() {
		ReportDocument document = PdfFixtures.read(SyntheticReports.ROTATED);
		assertRows(PdfFixtures.dataRows(document), SyntheticReports.BLANK_HEAVY_ROWS);
		assertThat(PdfFixtures.labelRows(document)).contains("三、收到和处理政府信息公开申请情况");
	}

	@Test
	void theTotalColumnOfResultRowsMayBeBlank() {
		List<Row> rows = PdfFixtures.dataRows(PdfFixtures.read(SyntheticReports.BLANK_HEAVY));
		Row disclosed = rows.get(2);
		assertThat(disclosed.label()).endsWith("（一）予以公开");
		assertThat(disclosed.cells()).hasSize(7);
		assertThat(disclosed.cells().get(6).isBlank()).isTrue();
	}

	@Test
	void verticalGroupLabelsAndWrappedLabelsAreOneLabelOnEveryRowTheySpan() {
		List<Row> rows = PdfFixtures.dataRows(PdfFixtures.read(SyntheticReports.BLANK_HEAVY));
		assertThat(rows.subList(2, 24)).allSatisfy((row) -> assertThat(row.labels().get(0)).isEqualTo("三、本年度办理结果"));
		assertThat(rows.subList(4, 12)).allSatisfy((row) -> assertThat(row.labels().get(1)).isEqualTo("（三）不予公开"));
		assertThat(rows.get(20).labels()).containsExactly("三、本年度办理结果", "（六）其他处理",
				"1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
	}

	@Test
	void headerWordsSplitOverLinesAreOneLabel() {
		List<String> labelRows = PdfFixtures.labelRows(PdfFixtures.read(SyntheticReports.BLANK_HEAVY));
		assertThat(labelRows).contains(SyntheticReports.TABLE3_NOTE + " / 自然人 / 商业企业 / 科研机构 / 社会公益组织 / 法律服务机构 / 其他 / 总计");
		List<String> table4 = PdfFixtures.labelRows(PdfFixtures.read(SyntheticReports.PAGE_BREAK));
		assertThat(table4).contains(String.join(" / ", List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正",
				"其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计")));
	}

	@Test
	void aTableOverAPageBreakReadsOnAsOneTable() {
		ReportDocument document = PdfFixtures.read(SyntheticReports.PAGE_BREAK);
		List<Row> rows = PdfFixtures.dataRows(document);
		List<ExpectedRow> expected = new ArrayList<>(SyntheticReports.PAGE_BREAK_ROWS);
		expected.add(SyntheticReports.row(List.of(), SyntheticReports.PAGE_BREAK_TABLE4));
		assertRows(rows, expected);
	}

	@Test
	void aRowBrokenByThePageBreakIsOneRowWhoseValuesSayWhereTheyStand() {
		List<Row> rows = PdfFixtures.dataRows(PdfFixtures.read(SyntheticReports.PAGE_BREAK));
		Row broken = rows.get(SyntheticReports.PAGE_BREAK_AT);
		assertThat(broken.label()).isEqualTo("三、本年度办理结果 (三)不予公开 5.属于三类内部事务信息");
		assertThat(broken.place().toString()).isEqualTo("第 1 页第 1 个表格第 12 行");
		assertThat(broken.cells().get(0).place().toString()).isEqualTo("第 2 页第 1 个表格第 4 行第 4 列");
		assertThat(rows.get(SyntheticReports.PAGE_BREAK_AT + 1).place().toString()).startsWith("第 2 页");
	}

	@Test
	void pageNumbersRunningHeadsAndRepeatedHeaderRowsAreLeftOut() {
		ReportDocument document = PdfFixtures.read(SyntheticReports.PAGE_BREAK);
		List<String> labelRows = PdfFixtures.labelRows(document);
		assertThat(labelRows).noneMatch((label) -> label.contains("- 4 -") || label.contains("- 5 -") || label.contains("-4-"));
		assertThat(labelRows).noneMatch((label) -> label.contains("示例县人民政府"));
		assertThat(labelRows).filteredOn((label) -> label.contains("申请人情况")).hasSize(1);
		assertThat(labelRows).containsSubsequence("三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "行政复议 / 行政诉讼",
				"五、存在的主要问题及改进情况");
	}

	static void assertRows(List<Row> rows, List<ExpectedRow> expected) {
		assertThat(rows).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			Row row = rows.get(i);
			assertThat(row.labels()).as("labels of row %d at %s", i, row.place()).isEqualTo(expected.get(i).labels());
			assertThat(PdfFixtures.texts(row)).as("cells of %s at %s", row.label(), row.place())
				.isEqualTo(expected.get(i).values());
		}
	}

}
