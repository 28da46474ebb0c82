package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the synthetic PDFs print, row by row: the fixture maker draws these rows and the tests
 * expect them back from the reader. Each fixture has a quirk 洪泽 2024 lacks.
 */
final class SyntheticReports {

	static final String FOLDER = "reports/pdf/";

	/** Table 三 of the 2021 format, most zeros left blank, 总计 too; group labels vertical; numbering 1、. */
	static final String BLANK_HEAVY = FOLDER + "blank-heavy-2021.pdf";

	/** Table 三 of the 2019 format over a page break, page numbers and running heads, then table 四. */
	static final String PAGE_BREAK = FOLDER + "page-break-2019.pdf";

	/** Tables 二 and 四 of the 2021 format printed without any ruling line. */
	static final String UNRULED = FOLDER + "unruled-2021.pdf";

	/** The page-break fixture's table 三 on one page without ruling lines, both outer groups vertical. */
	static final String UNRULED_TABLE3 = FOLDER + "unruled-table3-2019.pdf";

	/** The blank-heavy table on a page stored turned a quarter ({@code /Rotate 90}) and displayed upright. */
	static final String ROTATED = FOLDER + "rotated-2021.pdf";

	static final String SCANNED = FOLDER + "scanned.pdf";

	static final String TRUNCATED = FOLDER + "truncated.pdf";

	static final String ENCRYPTED = FOLDER + "encrypted.pdf";

	static final String TABLE3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

	static final List<String> APPLICANTS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");

	static final String RESULTS = "三、本年度办理结果";

	/** The rows of the blank-heavy table 三: blanks are cells left blank, never zeros. */
	static final List<ExpectedRow> BLANK_HEAVY_ROWS = List.of(
			row("一、本年新收政府信息公开申请数量", "12", "", "", "1", "", "", "13"),
			row("二、上年结转政府信息公开申请数量", "2", "", "", "", "", "", "2"),
			row(RESULTS, "（一）予以公开", "6", "", "", "1", "", "", ""),
			row(RESULTS, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "2", "", "", "", "", "", ""),
			row(RESULTS, "（三）不予公开", "1、属于国家秘密", "", "", "", "", "", "", ""),
			row(RESULTS, "（三）不予公开", "2、其他法律行政法规禁止公开", "", "", "", "", "", "", ""),
			row(RESULTS, "（三）不予公开", "3、危及“三安全一稳定”", "1", "", "", "", "", "", ""),
			row(RESULTS, "（三）不予公开", "4、保护第三方合法权益", "", "", "", "", "", "", ""),
			row(RESULTS, "（三）不予公开", "5、属于三类内部事务信息", "", "", "", "", "", "", ""),
			row(RESULTS, "（三）不予公开", "6、属于四类过程性信息", "", "", "", "", "", "", ""),
			row(RESULTS, "（三）不予公开", "7、属于行政执法案卷", "", "", "", "", "", "", ""),
			row(RESULTS, "（三）不予公开", "8、属于行政查询事项", "", "", "", "", "", "", ""),
			row(RESULTS, "（四）无法提供", "1、本机关不掌握相关政府信息", "3", "", "", "", "", "", ""),
			row(RESULTS, "（四）无法提供", "2、没有现成信息需要另行制作", "", "", "", "", "", "", ""),
			row(RESULTS, "（四）无法提供", "3、补正后申请内容仍不明确", "", "", "", "", "", "", ""),
			row(RESULTS, "（五）不予处理", "1、信访举报投诉类申请", "1", "", "", "", "", "", ""),
			row(RESULTS, "（五）不予处理", "2、重复申请", "", "", "", "", "", "", ""),
			row(RESULTS, "（五）不予处理", "3、要求提供公开出版物", "", "", "", "", "", "", ""),
			row(RESULTS, "（五）不予处理", "4、无正当理由大量反复申请", "", "", "", "", "", "", ""),
			row(RESULTS, "（五）不予处理", "5、要求行政机关确认或重新出具已获取信息", "", "", "", "", "", "", ""),
			row(RESULTS, "（六）其他处理", "1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "", "", "", "", "", "", ""),
			row(RESULTS, "（六）其他处理", "2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "", "", "", "", "", "", ""),
			row(RESULTS, "（六）其他处理", "3、其他", "", "", "", "", "", "", ""),
			row(RESULTS, "（七）总计", "13", "", "", "1", "", "", "14"),
			row("四、结转下年度继续办理", "1", "", "", "", "", "", "1"));

	/** The rows of the page-break table 三 as the reader must give them: one table, labels on every row. */
	static final List<ExpectedRow> PAGE_BREAK_ROWS = List.of(
			row("一、本年新收政府信息公开申请数量", "40", "3", "1", "2", "0", "4", "50"),
			row("二、上年结转政府信息公开申请数量", "5", "0", "0", "0", "0", "1", "6"),
			row(RESULTS, "(一)予以公开", "20", "1", "0", "1", "0", "2", "24"),
			row(RESULTS, "(二)部分公开(区分处理的，只计这一情形，不计其他情形)", "4", "0", "0", "0", "0", "0", "4"),
			row(RESULTS, "(三)不予公开", "1.属于国家秘密", "1", "0", "0", "0", "0", "0", "1"),
			row(RESULTS, "(三)不予公开", "2.其他法律行政法规禁止公开", "0", "0", "0", "0", "0", "0", "0"),
			row(RESULTS, "(三)不予公开", "3.危及“三安全一稳定”", "0", "0", "0", "0", "0", "0", "0"),
			row(RESULTS, "(三)不予公开", "4.保护第三方合法权益", "2", "0", "0", "0", "0", "0", "2"),
			row(RESULTS, "(三)不予公开", "5.属于三类内部事务信息", "1", "0", "0", "0", "0", "0", "1"),
			row(RESULTS, "(三)不予公开", "6.属于四类过程性信息", "3", "0", "0", "0", "0", "0", "3"),
			row(RESULTS, "(三)不予公开", "7.属于行政执法案卷", "0", "0", "0", "0", "0", "0", "0"),
			row(RESULTS, "(三)不予公开", "8.属于行政查询事项", "0", "0", "0", "0", "0", "0", "0"),
			row(RESULTS, "(四)无法提供", "1.本机关不掌握相关政府信息", "6", "1", "0", "0", "0", "1", "8"),
			row(RESULTS, "(四)无法提供", "2.没有现成信息需要另行制作", "1", "0", "0", "0", "0", "0", "1"),
			row(RESULTS, "(四)无法提供", "3.补正后申请内容仍不明确", "0", "0", "0", "0", "0", "0", "0"),
			row(RESULTS, "(五)不予处理", "1.信访举报投诉类申请", "1", "0", "0", "0", "0", "0", "1"),
			row(RESULTS, "(五)不予处理", "2.重复申请", "2", "0", "0", "0", "0", "0", "2"),
			row(RESULTS, "(五)不予处理", "3.要求提供公开出版物", "0", "0", "0", "0", "0", "0", "0"),
			row(RESULTS, "(五)不予处理", "4.无正当理由大量反复申请", "0", "0", "0", "0", "0", "0", "0"),
			row(RESULTS, "(五)不予处理", "5.要求行政机关确认或重新出具已获取信息", "0", "0", "0", "0", "0", "0", "0"),
			row(RESULTS, "(六)其他处理", "1", "1", "1", "1", "0", "0", "4"),
			row(RESULTS, "(七)总计", "41", "3", "1", "2", "0", "3", "50"),
			row("四、结转下年度继续办理", "4", "0", "0", "0", "0", "2", "6"));

	/** Where the page break cuts the page-break table: rows before it stand on the first page. */
	static final int PAGE_BREAK_AT = 8;

	/** Table 四 of the page-break fixture: one row of 15 values, two left blank. */
	static final List<String> PAGE_BREAK_TABLE4 = List.of("3", "1", "0", "1", "5", "2", "", "0", "0", "2", "1", "0", "",
			"1", "2");

	/** The tables 二 and 四 of the unruled fixture, a blank among them. */
	static final List<ExpectedRow> UNRULED_ROWS = List.of(row("规章", "1", "", "5"), row("行政规范性文件", "14", "3", "120"),
			row("行政许可", "3960"), row("行政处罚", "181"), row("行政强制", ""), row("行政事业性收费", "96171.6"),
			row(List.of(), List.of("2", "1", "0", "0", "3", "1", "0", "", "0", "1", "0", "0", "1", "0", "1")));

	private SyntheticReports() {
	}

	/** A row: its labels, then its values, the labels being the leading words that are no numbers. */
	static ExpectedRow row(String... labelsThenValues) {
		List<String> all = Arrays.asList(labelsThenValues);
		int labels = 0;
		while (labels < all.size() && !all.get(labels).isEmpty() && !ValueText.isNumber(all.get(labels))) {
			labels++;
		}
		return new ExpectedRow(all.subList(0, labels), all.subList(labels, all.size()));
	}

	static ExpectedRow row(List<String> labels, List<String> values) {
		return new ExpectedRow(labels, values);
	}

	/** One row of a table: its labels outermost first, and its values, an empty one a blank cell. */
	record ExpectedRow(List<String> labels, List<String> values) {

		ExpectedRow {
			labels = List.copyOf(labels);
			values = List.copyOf(new ArrayList<>(values));
		}

	}

}
