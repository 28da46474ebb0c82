package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.ogirollup.submission.document.Cell;
import org.ogirollup.submission.document.ReportDocument;
import org.ogirollup.submission.document.Row;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 淮安市洪泽区 2024 as published: tables 二 and 四 of the 2021 format, table 三 printed in the 2019
 * layout with （六）其他处理 as one row, over four pages, labels printed vertically, a group that
 * straddles the break between pages 3 and 4 and the page numbers between. Every cell is
 * checked against cells.csv.
 */
class PdfHongzeTest {

	/**
	 * Each data row's labels as printed, outermost first, keyed by the row of cells.csv that
	 * holds its values. The PDF drops 法规禁 from 2.其他法律行政法规禁止公开: read as printed.
	 */
	static final Map<String, List<String>> LABELS = labels("""
			active.art20_1.regulation | 规章
			active.art20_1.normative_doc | 行政规范性文件
			active.art20_5.licensing | 行政许可
			active.art20_6.penalty | 行政处罚
			active.art20_6.coercion | 行政强制
			active.art20_8.admin_fee | 行政事业性收费
			apply.new | 一、本年新收政府信息公开申请数量
			apply.carried_in | 二、上年结转政府信息公开申请数量
			apply.result.disclosed | 三、本年度办理结果 | （一）予以公开
			apply.result.partial | 三、本年度办理结果 | （二）部分公开（区分处理的，只计这一情形，不计其他情形）
			apply.result.withheld.state_secret | 三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密
			apply.result.withheld.law_prohibited | 三、本年度办理结果 | （三）不予公开 | 2.其他法律行政止公开
			apply.result.withheld.security_stability | 三、本年度办理结果 | （三）不予公开 | 3.危及“三安全一稳定”
			apply.result.withheld.third_party | 三、本年度办理结果 | （三）不予公开 | 4.保护第三方合法权益
			apply.result.withheld.internal_affairs | 三、本年度办理结果 | （三）不予公开 | 5.属于三类内部事务信息
			apply.result.withheld.process_info | 三、本年度办理结果 | （三）不予公开 | 6.属于四类过程性信息
			apply.result.withheld.enforcement_file | 三、本年度办理结果 | （三）不予公开 | 7.属于行政执法案卷
			apply.result.withheld.admin_query | 三、本年度办理结果 | （三）不予公开 | 8.属于行政查询事项
			apply.result.unable.not_held | 三、本年度办理结果 | （四）无法提供 | 1.本机关不掌握相关政府信息
			apply.result.unable.needs_creation | 三、本年度办理结果 | （四）无法提供 | 2.没有现成信息需要另行制作
			apply.result.unable.still_unclear | 三、本年度办理结果 | （四）无法提供 | 3.补正后申请内容仍不明确
			apply.result.not_processed.petition_complaint | 三、本年度办理结果 | （五）不予处理 | 1.信访举报投诉类申请
			apply.result.not_processed.repeated | 三、本年度办理结果 | （五）不予处理 | 2.重复申请
			apply.result.not_processed.publication | 三、本年度办理结果 | （五）不予处理 | 3.要求提供公开出版物
			apply.result.not_processed.mass_repeated | 三、本年度办理结果 | （五）不予处理 | 4.无正当理由大量反复申请
			apply.result.not_processed.confirm_reissue | 三、本年度办理结果 | （五）不予处理 | 5.要求行政机关确认或重新出具已获取信息
			apply.result.other | 三、本年度办理结果 | （六）其他处理
			apply.result.total | 三、本年度办理结果 | （七）总计
			apply.carried_out | 四、结转下年度继续办理
			四 |
			""");

	private final ReportDocument document = PdfFixtures.read(PdfFixtures.HONGZE);

	@Test
	void everyDataRowHasItsLabelsAndTheValuesOfCellsCsv() {
		Map<String, List<String>> values = PdfFixtures.valuesByRow("hongze-2024");
		assertThat(values.keySet()).containsExactlyElementsOf(LABELS.keySet());
		assertThat(values.values().stream().mapToInt(List::size).sum()).isEqualTo(186);

		List<Row> rows = PdfFixtures.dataRows(this.document);
		assertThat(rows).hasSameSizeAs(values.keySet());
		int i = 0;
		for (Map.Entry<String, List<String>> expected : values.entrySet()) {
			Row row = rows.get(i++);
			assertThat(row.labels()).as(expected.getKey() + " labels").isEqualTo(LABELS.get(expected.getKey()));
			assertThat(PdfFixtures.texts(row)).as(expected.getKey() + " at " + row.place()).isEqualTo(expected.getValue());
		}
	}

	@Test
	void theHeadingsCaptionsAndColumnHeadersAreLabelRowsInTheirPlaces() {
		List<String> labelRows = PdfFixtures.labelRows(this.document);
		assertThat(labelRows).containsSubsequence("二、主动公开政府信息情况", "第二十条第（一）项",
				"信息内容 / 本年制发件数 / 本年废止件数 / 现行有效件数", "第二十条第（五）项", "信息内容 / 本年处理决定数量", "第二十条第（六）项",
				"信息内容 / 本年处理决定数量", "第二十条第（八）项", "信息内容 / 本年收费金额（单位：万元）", "三、收到和处理政府信息公开申请情况");
		assertThat(labelRows).contains(
				"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） / 自然人 / 商业企业 / 科研机构 / 社会公益组织 / 法律服务机构 / 其他 / 总计",
				"四、政府信息公开行政复议、行政诉讼情况", "行政复议 / 行政诉讼",
				"结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计 / 结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计 / 结果维持 / 结果纠正 / 其他结果 / 尚未审结 / 总计");
	}

	@Test
	void sectionsComeInReadingOrderAroundTheirTables() {
		List<String> order = new ArrayList<>();
		for (Row row : this.document.rows()) {
			order.add(row.hasCells() ? "data:" + row.label() : row.label());
		}
		assertThat(order).containsSubsequence("一、总体情况", "二、主动公开政府信息情况", "data:规章", "data:行政事业性收费",
				"三、收到和处理政府信息公开申请情况", "data:一、本年新收政府信息公开申请数量", "data:四、结转下年度继续办理",
				"四、政府信息公开行政复议、行政诉讼情况", "data:", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
	}

	@Test
	void pageNumbersAreLeftOut() {
		assertThat(this.document.rows()).noneMatch((row) -> row.label().replace(" ", "").matches("-\\d+-"));
		assertThat(this.document.rows()).noneMatch((row) -> row.label().contains("- 4 -") || row.label().contains("-4-"));
	}

	@Test
	void rowsAndCellsSayWhereTheyStand() {
		List<Row> rows = PdfFixtures.dataRows(this.document);
		Row notHeld = rows.stream().filter((row) -> row.label().endsWith("1.本机关不掌握相关政府信息")).findFirst().orElseThrow();
		Row needsCreation = rows.stream().filter((row) -> row.label().endsWith("2.没有现成信息需要另行制作")).findFirst().orElseThrow();
		assertThat(notHeld.place().toString()).isEqualTo("第 3 页第 2 个表格第 16 行");
		assertThat(needsCreation.place().toString()).isEqualTo("第 4 页第 1 个表格第 1 行");
		Cell total = notHeld.cells().get(6);
		assertThat(total.text()).isEqualTo("31");
		assertThat(total.place().toString()).isEqualTo("第 3 页第 2 个表格第 16 行第 10 列");
		assertThat(this.document.rows()).allSatisfy((row) -> {
			assertThat(row.place().line()).isZero();
			assertThat(row.place().description()).startsWith("第 ");
		});
	}

	@Test
	void oneReaderServesManyThreadsAlike() throws Exception {
		PdfDocumentReader reader = new PdfDocumentReader();
		byte[] bytes = PdfFixtures.bytes(PdfFixtures.HONGZE);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<ReportDocument>> reads = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				reads.add(pool.submit(() -> reader.read(bytes)));
			}
			for (Future<ReportDocument> read : reads) {
				assertThat(read.get(1, TimeUnit.MINUTES)).isEqualTo(this.document);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static Map<String, List<String>> labels(String table) {
		Map<String, List<String>> labels = new LinkedHashMap<>();
		for (String line : table.strip().split("\n")) {
			String[] parts = line.split("\\|");
			List<String> path = new ArrayList<>();
			for (int i = 1; i < parts.length; i++) {
				if (!parts[i].isBlank()) {
					path.add(parts[i].strip());
				}
			}
			labels.put(parts[0].strip(), path);
		}
		return labels;
	}

}
