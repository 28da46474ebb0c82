package org.ogirollup.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.comparison.Comparability;
import org.ogirollup.comparison.Delta;
import org.ogirollup.comparison.NodeDeltas;
import org.ogirollup.comparison.YearOverYear;
import org.ogirollup.registry.Level;
import org.ogirollup.registry.Unit;
import org.ogirollup.rollup.GapMember;
import org.ogirollup.rollup.GapReason;
import org.ogirollup.rollup.NodeReconciliation;
import org.ogirollup.rollup.ReconciliationRow;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTablesTest {

	private static final Unit CITY = new Unit("210100", "沈阳市", Level.CITY, "210000");

	@TempDir
	Path folder;

	@Test
	void yoyHasOneRowPerNodeAndComparisonRowWithEmptyFieldsForAbsentValues() throws IOException {
		Path file = this.folder.resolve(ComparisonTables.YOY);
		List<Delta> deltas = List.of(
				new Delta("apply.new.total", bd("40"), bd("50"), bd("10"), bd("25.0"), Comparability.EXACT),
				new Delta("active.art20_1.regulation.issued", bd("8"), bd("6"), bd("-2"), bd("-25.0"),
						Comparability.APPROXIMATE),
				new Delta("apply.result.other.total", bd("0"), bd("3"), bd("3"), null, Comparability.GROUP),
				new Delta("active.art20_8.admin_fee.amount_wan", null, bd("12.50"), null, null,
						Comparability.NOT_COMPARABLE));

		ComparisonTables.writeYearOverYear(file, 2021, List.of(new NodeDeltas(CITY, deltas)), Blocks.all());

		assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly(
				"\uFEFFnode_code,node_name,level,report_year,item,previous,current,delta,delta_pct,comparability,item_label",
				"210100,沈阳市,city,2021,apply.new.total,40,50,10,25,exact,一、本年新收政府信息公开申请数量（总计）",
				"210100,沈阳市,city,2021,active.art20_1.regulation.issued,8,6,-2,-25,approximate,规章（本年制发件数）",
				"210100,沈阳市,city,2021,apply.result.other.total,0,3,3,,group,（六）其他处理（总计）",
				"210100,沈阳市,city,2021,active.art20_8.admin_fee.amount_wan,,12.5,,,not_comparable,"
						+ "行政事业性收费（本年收费金额（单位：万元））");
	}

	@Test
	void yoyOfAWholeCatalogKeepsTheComparisonsOrder() throws IOException {
		Catalog f2019 = Catalog.of(ReportFormat.F2019);
		Catalog f2021 = Catalog.of(ReportFormat.F2021);
		List<Delta> deltas = YearOverYear.compare(f2019, OfficialTablesTest.values(f2019, Map.of("review.total", "4")),
				f2021, OfficialTablesTest.values(f2021, Map.of("review.total", "7")));
		Path file = this.folder.resolve(ComparisonTables.YOY_UNITS);

		ComparisonTables.writeYearOverYear(file, 2021, List.of(new NodeDeltas(CITY, deltas)), Blocks.all());

		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		assertThat(lines).hasSize(1 + deltas.size())
			.contains("210100,沈阳市,city,2021,review.total,4,7,3,75,exact,行政复议（总计）",
					"210100,沈阳市,city,2021,apply.result.other.natural_person,0,0,0,,group,（六）其他处理（自然人）",
					"210100,沈阳市,city,2021,active.art20_1.regulation.in_force,,0,,,not_comparable,规章（现行有效件数）");
	}

	@Test
	void reconciliationAndItsMembers() throws IOException {
		NodeReconciliation node = new NodeReconciliation(CITY,
				List.of(new ReconciliationRow("apply.new.total", bd("100"), bd("98"), bd("2")),
						new ReconciliationRow("active.art20_8.admin_fee.amount_wan", bd("1234.57"), bd("1234.56"),
								bd("0.01")),
						new ReconciliationRow("active.art20_1.regulation.issued", null, bd("2"), null)),
				List.of(new GapMember("210104", "大东区", GapReason.MISSING, "", null),
						new GapMember("210103", "沈河区", GapReason.REJECTED, "", null),
						new GapMember("210100-D01", "沈阳市教育局", GapReason.LARGEST_CONTRIBUTOR, "apply.new.total",
								bd("40"))));

		ComparisonTables.writeReconciliation(this.folder.resolve(ComparisonTables.RECONCILIATION), 2021, List.of(node), Blocks.all());
		ComparisonTables.writeReconciliationMembers(this.folder.resolve(ComparisonTables.RECONCILIATION_MEMBERS), 2021,
				List.of(node), Blocks.all());

		assertThat(Files.readAllLines(this.folder.resolve("reconciliation.csv"), StandardCharsets.UTF_8)).containsExactly(
				"\uFEFFnode_code,node_name,level,report_year,item,reported,computed,difference,item_label",
				"210100,沈阳市,city,2021,apply.new.total,100,98,2,一、本年新收政府信息公开申请数量（总计）",
				"210100,沈阳市,city,2021,active.art20_8.admin_fee.amount_wan,1234.57,1234.56,0.01,行政事业性收费（本年收费金额（单位：万元））",
				"210100,沈阳市,city,2021,active.art20_1.regulation.issued,,2,,规章（本年制发件数）");
		assertThat(Files.readAllLines(this.folder.resolve("reconciliation-members.csv"), StandardCharsets.UTF_8))
			.containsExactly("\uFEFFnode_code,report_year,member_code,member_name,reason,item,value,item_label",
					"210100,2021,210104,大东区,missing,,,", "210100,2021,210103,沈河区,rejected,,,",
					"210100,2021,210100-D01,沈阳市教育局,largest_contributor,apply.new.total,40,"
							+ "一、本年新收政府信息公开申请数量（总计）");
	}

	private static BigDecimal bd(String value) {
		return new BigDecimal(value);
	}

}
