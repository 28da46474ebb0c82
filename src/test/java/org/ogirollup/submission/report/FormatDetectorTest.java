package org.ogirollup.submission.report;

import org.junit.jupiter.api.Test;
import org.ogirollup.catalog.ReportFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** Telling the format from the labels, not the year. */
class FormatDetectorTest {

	@Test
	void trialFormatWords() {
		assertThat(FormatDetector.detect(compact("信息内容 本年新 制作数量 本年新公开数量 对外公开总数量 第二十条第(九)项")))
			.hasValue(ReportFormat.F2019);
	}

	@Test
	void revisedFormatWords() {
		assertThat(FormatDetector.detect(compact("信息内容 本年制发件数 本年废止件数 现行有效件数 本年收费金额(单位:万元)")))
			.hasValue(ReportFormat.F2021);
	}

	@Test
	void theSubRowsOfOtherHandlingAloneTellTheRevisedFormat() {
		assertThat(FormatDetector.detect(compact("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")))
			.hasValue(ReportFormat.F2021);
	}

	@Test
	void traditionalScriptIsFoldedFirst() {
		assertThat(FormatDetector.detect(compact("本年製發件數 現行有效件數"))).hasValue(ReportFormat.F2021);
	}

	@Test
	void noWordsNoFormat() {
		assertThat(FormatDetector.detect(compact("一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1"))).isEmpty();
	}

	@Test
	void theReaderFallsBackToTheYearsFormat() {
		String text = "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1";
		assertThat(PublishedReportReader.detectFormat(text, 2020)).isEqualTo(ReportFormat.F2019);
		assertThat(PublishedReportReader.detectFormat(text, 2022)).isEqualTo(ReportFormat.F2021);
	}

	private static String compact(String text) {
		return ReportText.of(text).compact();
	}

}
