package org.ogirollup.submission.report;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.catalog.Section;

import static org.assertj.core.api.Assertions.assertThat;

/** Matching labels as reports write them to the rows of the official tables. */
class LabelMatcherTest {

	private static final ReportLayout F2019 = ReportLayout.of(Catalog.of(ReportFormat.F2019), ReportFormat.F2019);

	private static final ReportLayout F2021 = ReportLayout.of(Catalog.of(ReportFormat.F2021), ReportFormat.F2021);

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = ';', value = { "规章（设区的市、自治州人民政府应提供相关数据）;规章", "規範性檔案;规范性文件", "規章;规章",
			"行政許可;行政许可", "其他对外管理服务事项;其他对外管理服务事项", "政府集中采购;政府集中采购" })
	void sectionTwoOfTheTrialFormat(String written, String row) {
		assertThat(rowOf(F2019.rows(Section.ACTIVE), written)).isEqualTo(row);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = ';', value = { "一、本年新收政府信息公开申请数量;一、本年新收政府信息公开申请数量",
			"一．本年新收政府信息公开申请 数量;一、本年新收政府信息公开申请数量", "1、属于国家秘密;1.属于国家秘密", "1．属于国家秘密;1.属于国家秘密",
			"（1）属于国家秘密;1.属于国家秘密", "(二)部分公开;（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
			"（二）部分公开（区分处理的，只计这一情形，不计其他情形;（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
			"3.危及\"三安全一稳定\";3.危及“三安全一稳定”", "（七）总计;（七）总计", "（六）其他处理;（六）其他处理",
			"本年新收政府信息公开申请数;一、本年新收政府信息公开申请数量" })
	void sectionThreeOfTheTrialFormat(String written, String row) {
		assertThat(rowOf(F2019.rows(Section.APPLICATIONS), written)).isEqualTo(row);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = ';', value = { "3.其他;3.其他", "（3）其他;3.其他",
			"1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请;1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请" })
	void subRowsOfTheRevisedOtherHandling(String written, String row) {
		assertThat(rowOf(F2021.rows(Section.APPLICATIONS), written)).isEqualTo(row);
	}

	/** 其他 and 总计 are also column headers: the reader keeps them out by reading rows in order. */
	@ParameterizedTest(name = "{0} does not match")
	@CsvSource(delimiter = ';', value = { "（六）其他处理", "其他处理", "小计", "（三）不予公开", "信息内容", "本年新", "申请人情况" })
	void groupLabelsAndHeadersMatchNoRevisedRow(String written) {
		assertThat(LabelMatcher.match(F2021.rows(Section.APPLICATIONS), 0, Folding.fold(written))).isEqualTo(-1);
	}

	private static String rowOf(List<ReportLayout.Row> rows, String written) {
		int row = LabelMatcher.match(rows, 0, Folding.fold(written));
		return (row >= 0) ? rows.get(row).label() : null;
	}

}
