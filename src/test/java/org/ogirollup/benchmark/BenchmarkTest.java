package org.ogirollup.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ogirollup.benchmark.Benchmark.OgiRun;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkTest {

	@Test
	void theMedianRunKeepsItsOwnMemoryFigures() {
		OgiRun slow = new OgiRun(7.4, 3565, 230, 45, 390);
		OgiRun middle = new OgiRun(6.4, 3565, 220, 40, 380);
		OgiRun fast = new OgiRun(5.9, 3565, 210, 35, 370);

		assertThat(Benchmark.median(List.of(slow, fast, middle), Benchmark.BY_TIME)).isEqualTo(middle);
	}

	@Test
	void ofAnEvenNumberOfRoundsTheMedianIsTheFasterMiddleOne() {
		assertThat(Benchmark.median(List.of(3.4, 2.8, 3.1, 2.9), Comparator.naturalOrder())).isEqualTo(2.9);
		assertThat(Benchmark.median(List.of(3.1), Comparator.naturalOrder())).isEqualTo(3.1);
	}

	@Test
	void totalsAreComparedByColumnNameWhateverComesAfterTheValue(@TempDir Path folder) throws IOException {
		// given ogi-rollup's totals.csv (byte order mark, a label column after the value) and DuckDB's
		Path ogi = Files.writeString(folder.resolve("ogi.csv"), """
				\uFEFFnode_code,node_name,level,report_year,item,value,item_label
				210000,辽宁省,province,2021,apply.new.total,12,一、本年新收政府信息公开申请数量（总计）
				210000,辽宁省,province,2021,review.total,0,"行政复议,总计"
				""", StandardCharsets.UTF_8);
		Path same = Files.writeString(folder.resolve("same.csv"), """
				node_code,node_name,level,report_year,item,value
				210000,辽宁省,province,2021,apply.new.total,12
				""");
		Path other = Files.writeString(folder.resolve("other.csv"), """
				node_code,node_name,level,report_year,item,value
				210000,辽宁省,province,2021,apply.new.total,13
				""");

		// when / then
		assertThat(Benchmark.compareTotals(ogi, same)).isEqualTo("yes (2 node×item)");
		assertThat(Benchmark.compareTotals(ogi, other)).isEqualTo("NO: 1 of 2 differ");
	}

}
