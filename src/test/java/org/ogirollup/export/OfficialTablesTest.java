package org.ogirollup.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.registry.Level;
import org.ogirollup.registry.Unit;

import static org.assertj.core.api.Assertions.assertThat;

class OfficialTablesTest {

	private static final Unit CITY = new Unit("210100", "沈阳市", Level.CITY, "210000");

	private static final Catalog F2019 = Catalog.of(ReportFormat.F2019);

	private static final Catalog F2021 = Catalog.of(ReportFormat.F2021);

	@TempDir
	Path folder;

	@Test
	void writesTheThreeTablesForThisYearLastYearAndTheChange() throws IOException {
		BigDecimal[] previous = values(F2019, Map.of("apply.new.natural_person", "30", "apply.new.total", "41",
				"apply.new.org_commercial", "11", "apply.result.other.natural_person", "4",
				"active.art20_1.regulation.made", "8", "litigation.after_review.total", "2"));
		BigDecimal[] current = values(F2021,
				Map.of("apply.new.natural_person", "45", "apply.new.total", "50", "apply.new.org_commercial", "5",
						"apply.result.other.no_correction.natural_person", "1", "apply.result.other.misc.natural_person",
						"6", "active.art20_1.regulation.issued", "9", "litigation.after_review.total", "3",
						"active.art20_8.admin_fee.amount_wan", "12.50"));

		Path file = OfficialTables.write(this.folder.resolve(OfficialTables.FOLDER), CITY, 2021, F2021, current, F2019,
				previous);

		assertThat(file).isEqualTo(this.folder.resolve("tables/210100.csv"));
		byte[] bytes = Files.readAllBytes(file);
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\r\n");
		List<String> lines = records(new String(bytes, StandardCharsets.UTF_8).substring(1));
		assertThat(lines.get(0)).isEqualTo("沈阳市（210100）,2021 年政府信息公开工作年度报告统计表");
		int thisYear = lines.indexOf("本年（2021 年）");
		int lastYear = lines.indexOf("上年（2020 年）");
		int change = lines.indexOf("增减（2021 年比 2020 年）");
		assertThat(thisYear).isPositive().isLessThan(lastYear);
		assertThat(lastYear).isLessThan(change);
		List<String> thisBlock = lines.subList(thisYear, lastYear);
		List<String> lastBlock = lines.subList(lastYear, change);
		List<String> changeBlock = lines.subList(change, lines.size());

		// section 三: label columns, then 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计
		assertThat(thisBlock).contains("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
				"四、政府信息公开行政复议、行政诉讼情况", ",,,申请人情况,,,,,,",
				",,,,法人或其他组织,,,,,", ",,,自然人,商业企业,科研机构,社会公益组织,法律服务机构,其他,总计",
				"一、本年新收政府信息公开申请数量,,,45,5,0,0,0,0,50",
				",（六）其他处理,1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请,1,0,0,0,0,0,0",
				",,3.其他,6,0,0,0,0,0,0");
		// section 二 of 2021: one small table per article, money with its unit in the label
		assertThat(thisBlock).containsSubsequence("第二十条第（一）项", ",本年制发件数,本年废止件数,现行有效件数", "规章,9,0,0");
		assertThat(thisBlock).containsSubsequence("第二十条第（八）项", ",本年收费金额（单位：万元）", "行政事业性收费,12.5");
		// section 四: 15 columns under 行政复议 / 行政诉讼
		assertThat(thisBlock).containsSubsequence("行政复议,,,,,行政诉讼,,,,,,,,,", ",,,,,未经复议直接起诉,,,,,复议后起诉,,,,",
				"结果维持,结果纠正,其他结果,尚未审结,总计,结果维持,结果纠正,其他结果,尚未审结,总计,结果维持,结果纠正,其他结果,尚未审结,总计",
				"0,0,0,0,0,0,0,0,0,0,0,0,0,0,3");
		// last year in last year's layout
		assertThat(lastBlock).contains("一、本年新收政府信息公开申请数量,,,30,11,0,0,0,0,41", ",（六）其他处理,,4,0,0,0,0,0,0",
				"0,0,0,0,0,0,0,0,0,0,0,0,0,0,2");
		assertThat(lastBlock).containsSubsequence("第二十条第（一）项", ",本年新制作数量,本年新公开数量,对外公开总数量", "规章,8,0,0",
				"第二十条第（九）项", ",采购项目数量,采购总金额（单位：元）");
		// the change: exact, approximate and group rows filled, the rest blank
		assertThat(changeBlock).contains("一、本年新收政府信息公开申请数量,,,15,-6,0,0,0,0,9", ",（六）其他处理,,3,0,0,0,0,0,0",
				",,1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请,,,,,,,", "规章,1,,",
				"行政事业性收费,", "0,0,0,0,0,0,0,0,0,0,0,0,0,0,1", "注：增减表中的空白项，两年统计口径不同，不可比。",
				"注：规章（本年制发件数） 与上年 规章（本年新制作数量） 近似可比。");
		assertThat(changeBlock.get(changeBlock.size() - 1)).startsWith("注：（六）其他处理 按本年 1.申请人无正当理由");
	}

	@Test
	void withoutAPreviousYearSaysSo() throws IOException {
		Path file = OfficialTables.write(this.folder, CITY, 2019, F2019, values(F2019, Map.of()), F2019, null);

		String text = Files.readString(file, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF沈阳市").contains("本年（2019 年）").contains("上年（2018 年）：无数据，不作比较")
			.doesNotContain("增减");
	}

	/** Each record's fields joined by commas, as a spreadsheet shows the cells (quotes resolved). */
	private static List<String> records(String text) throws IOException {
		try (CSVParser parser = CSVParser.parse(text, CSVFormat.EXCEL)) {
			return parser.stream().map((row) -> String.join(",", row.values())).toList();
		}
	}

	static BigDecimal[] values(Catalog catalog, Map<String, String> cells) {
		BigDecimal[] values = new BigDecimal[catalog.size()];
		Arrays.fill(values, BigDecimal.ZERO);
		cells.forEach((code, value) -> values[catalog.require(code).index()] = new BigDecimal(value));
		return values;
	}

}
