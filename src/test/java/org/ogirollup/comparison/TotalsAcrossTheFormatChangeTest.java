package org.ogirollup.comparison;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.RegistryReader;
import org.ogirollup.rollup.NodeTotal;
import org.ogirollup.rollup.Rollup;

import static org.assertj.core.api.Assertions.assertThat;

/** Two years of roll-up compared node by node across the 2020 → 2021 format change. */
class TotalsAcrossTheFormatChangeTest {

	@Test
	void cityDeltasAreExactWhenAMemberKeepsTheOldTemplate(@TempDir Path folder) throws IOException {
		Path units = folder.resolve("units.csv");
		Files.writeString(units, """
				code,name,level,parent_code
				210100,沈阳市,city,
				210102,和平区,county,210100
				210100-D01,沈阳市教育局,department,210100
				""", StandardCharsets.UTF_8);
		Registry registry = RegistryReader.read(units);
		Rollup y2020 = new Rollup(registry, Catalog.forReportYear(2020));
		y2020.add("210100", ReportFormat.F2019,
				TestValues.of(ReportFormat.F2019).set("apply.new.total", 10).set("apply.result.other.total", 2).values());
		y2020.add("210102", ReportFormat.F2019,
				TestValues.of(ReportFormat.F2019).set("apply.new.total", 7).set("apply.result.other.total", 1).values());
		Rollup y2021 = new Rollup(registry, Catalog.forReportYear(2021));
		y2021.add("210100", ReportFormat.F2021, TestValues.of(ReportFormat.F2021)
			.set("apply.new.total", 12)
			.set("apply.result.other.no_correction.total", 1)
			.set("apply.result.other.fee_unpaid.total", 1)
			.values());
		// a department still on the 2019 template in 2021: its （六） lands in 3.其他
		y2021.add("210100-D01", ReportFormat.F2019,
				TestValues.of(ReportFormat.F2019).set("apply.new.total", 4).set("apply.result.other.total", 5).values());

		NodeTotal before = y2020.totals().get(0);
		NodeTotal after = y2021.totals().get(0);
		Map<String, Delta> deltas = YearOverYear
			.compare(before.catalog(), before.values().toArray(BigDecimal[]::new), after.catalog(),
					after.values().toArray(BigDecimal[]::new))
			.stream()
			.collect(Collectors.toMap(Delta::item, Function.identity()));

		assertThat(before.node().code()).isEqualTo("210100");
		assertThat(deltas.get("apply.new.total")).isEqualTo(new Delta("apply.new.total", new BigDecimal("17"),
				new BigDecimal("16"), new BigDecimal("-1"), new BigDecimal("-5.9"), Comparability.EXACT));
		assertThat(deltas.get("apply.result.other.total")).isEqualTo(new Delta("apply.result.other.total",
				new BigDecimal("3"), new BigDecimal("7"), new BigDecimal("4"), new BigDecimal("133.3"), Comparability.GROUP));
		assertThat(deltas.get("apply.result.other.misc.total").current()).isEqualTo(new BigDecimal("5"));
	}

}
