package org.ogirollup.submission.report;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Cutting a report's text into cells, labels and values. */
class ReportTextTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = { "一、本年新收政府信息公开申请数量 71 3 0;一、本年新收政府信息公开申请数量;71 3 0",
			"本年新 制作数量;本年新制作数量;", "??7;;7", "0??;;0", "行政许可 681 增 82 112711;行政许可;681 增82 112711",
			"政府集中采购 265 21469172.33元;政府集中采购;265 21469172.33元", "行政强制 -;行政强制;-",
			"规章　２　１　１５;规章;2 1 15", "1.属于国家秘密 0 0;1.属于国家秘密;0 0" })
	void aCellIsItsLabelAndTheValuesAfterIt(String written, String label, String values) {
		ReportText.Cell cell = ReportText.cell(ReportText.fold(written));
		assertThat(cell.label()).isEqualTo((label != null) ? label : "");
		assertThat(cell.values()).isEqualTo((values != null) ? List.of(values.split(" ")) : List.of());
	}

	@Test
	void barsSeparateCellsAndTheLastBarClosesTheRow() {
		ReportText text = ReportText.of("| 二、上年结转政府信息公开申请数量 | 2 | | 0 |");
		assertThat(text.line(0).cells()).extracting(ReportText.Cell::isEmpty).containsExactly(false, false, true, false);
	}

	@Test
	void pdfPageNumbersAreNotValues() {
		ReportText text = ReportText.of("- 3 -\n— 12 —");
		assertThat(text.tokens()).isEmpty();
	}

	@Test
	void linesAreNumberedFromOne() {
		ReportText text = ReportText.of("a\r\nb\nc");
		assertThat(text.lines()).extracting(ReportText.Line::number).containsExactly(1, 2, 3);
		assertThat(text.tokens()).extracting(ReportText.Token::text).containsExactly("a", "b", "c");
	}

}
