package org.ogirollup.rollup;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.RegistryReader;
import org.ogirollup.registry.Unit;

import static org.assertj.core.api.Assertions.assertThat;

class ReconciliationTest {

	private static final Catalog F2019 = Catalog.of(ReportFormat.F2019);

	private static final Catalog F2021 = Catalog.of(ReportFormat.F2021);

	private Registry registry;

	@BeforeEach
	void registry(@TempDir Path folder) throws IOException {
		Path units = folder.resolve("units.csv");
		Files.writeString(units, """
				code,name,level,parent_code
				210000,辽宁省,province,
				210100,沈阳市,city,210000
				210102,和平区,county,210100
				210103,沈河区,county,210100
				210104,大东区,county,210100
				210100-D01,沈阳市教育局,department,210100
				210102-D01,和平区公安分局,department,210102
				210103-D01,沈河区财政局,department,210103
				""", StandardCharsets.UTF_8);
		this.registry = RegistryReader.read(units);
	}

	@Test
	void differencesAreExactForCountsAndMoney() {
		BigDecimal[] computed = values(F2021, Map.of("apply.new.total", "98", "active.art20_8.admin_fee.amount_wan",
				"1234.56", "review.total", "4"));
		BigDecimal[] reported = values(F2021, Map.of("apply.new.total", "100", "active.art20_8.admin_fee.amount_wan",
				"1234.57", "review.total", "4"));

		List<ReconciliationRow> rows = Reconciliation.reconcile(total("210100", F2021, computed), F2021, reported);

		assertThat(rows).hasSize(F2021.printedItems().size());
		assertThat(rows).extracting(ReconciliationRow::item)
			.containsExactlyElementsOf(F2021.printedItems().stream().map((item) -> item.code().value()).toList());
		assertThat(row(rows, "apply.new.total")).isEqualTo(
				new ReconciliationRow("apply.new.total", new BigDecimal("100"), new BigDecimal("98"), new BigDecimal("2")));
		assertThat(row(rows, "active.art20_8.admin_fee.amount_wan").difference()).isEqualTo(new BigDecimal("0.01"));
		assertThat(row(rows, "review.total").isGap()).isFalse();
		assertThat(rows).filteredOn(ReconciliationRow::isGap).hasSize(2);
	}

	@Test
	void aRegionWideReportInTheOlderFormatIsMappedAsTheRollupMapsMembers() {
		BigDecimal[] computed = values(F2021,
				Map.of("apply.new.total", "50", "apply.result.other.misc.natural_person", "3",
						"active.art20_1.regulation.issued", "2"));
		BigDecimal[] reported = values(F2019, Map.of("apply.new.total", "50", "apply.result.other.natural_person", "5",
				"active.art20_1.regulation.made", "2"));

		List<ReconciliationRow> rows = Reconciliation.reconcile(total("210100", F2021, computed), F2019, reported);

		assertThat(rows).hasSize(F2021.printedItems().size());
		assertThat(row(rows, "apply.new.total").difference()).isEqualByComparingTo("0");
		assertThat(row(rows, "apply.result.other.misc.natural_person")).isEqualTo(new ReconciliationRow(
				"apply.result.other.misc.natural_person", new BigDecimal("5"), new BigDecimal("3"), new BigDecimal("2")));
		// section 二 measures differ between formats: nothing reported, nothing compared
		assertThat(row(rows, "active.art20_1.regulation.issued"))
			.isEqualTo(new ReconciliationRow("active.art20_1.regulation.issued", null, new BigDecimal("2"), null));
	}

	@Test
	void membersAreTheGovernmentItsDepartmentsAndItsChildGovernments() {
		assertThat(Reconciliation.members(this.registry, "210100")).extracting(Unit::code)
			.containsExactly("210100", "210102", "210103", "210104", "210100-D01");
	}

	@Test
	void explainListsMissingAndRejectedUnitsThenTheLargestContributors() {
		Map<String, UnitOutcome> outcomes = Map.of("210000", UnitOutcome.ACCEPTED, "210100", UnitOutcome.ACCEPTED,
				"210102", UnitOutcome.ACCEPTED, "210103", UnitOutcome.REJECTED, "210100-D01", UnitOutcome.ACCEPTED,
				"210102-D01", UnitOutcome.ACCEPTED);
		Map<String, BigDecimal[]> memberTotals = new LinkedHashMap<>();
		memberTotals.put("210100", values(F2021, Map.of("apply.new.total", "5")));
		memberTotals.put("210102", values(F2021, Map.of("apply.new.total", "30")));
		memberTotals.put("210103", values(F2021, Map.of()));
		memberTotals.put("210104", values(F2021, Map.of()));
		memberTotals.put("210100-D01", values(F2021, Map.of("apply.new.total", "40")));
		memberTotals.put("210100-D02", values(F2021, Map.of("apply.new.total", "1")));
		BigDecimal[] computed = values(F2021, Map.of("apply.new.total", "76"));
		BigDecimal[] reported = values(F2021, Map.of("apply.new.total", "90"));
		Unit city = this.registry.unit("210100").orElseThrow();
		List<ReconciliationRow> rows = Reconciliation.reconcile(total("210100", F2021, computed), F2021, reported);

		List<GapMember> members = Reconciliation.explain(city, rows, this.registry, outcomes, memberTotals);

		assertThat(members).containsExactly(new GapMember("210104", "大东区", GapReason.MISSING, "", null),
				new GapMember("210103-D01", "沈河区财政局", GapReason.MISSING, "", null),
				new GapMember("210103", "沈河区", GapReason.REJECTED, "", null),
				new GapMember("210100-D01", "沈阳市教育局", GapReason.LARGEST_CONTRIBUTOR, "apply.new.total",
						new BigDecimal("40")),
				new GapMember("210102", "和平区", GapReason.LARGEST_CONTRIBUTOR, "apply.new.total", new BigDecimal("30")),
				new GapMember("210100", "沈阳市", GapReason.LARGEST_CONTRIBUTOR, "apply.new.total", new BigDecimal("5")));
	}

	@Test
	void regionMembersAddEachSubmissionIntoTheMemberThatHoldsIt() {
		RegionMembers members = new RegionMembers(this.registry, F2021, Set.of("210100", "210000"));
		members.add("210100", ReportFormat.F2021, values(F2021, Map.of("apply.new.total", "5")));
		members.add("210100-D01", ReportFormat.F2021, values(F2021, Map.of("apply.new.total", "40")));
		members.add("210102", ReportFormat.F2021, values(F2021, Map.of("apply.new.total", "10")));
		members.add("210102-D01", ReportFormat.F2019, values(F2019, Map.of("apply.new.total", "20")));
		members.add("210103-D01", ReportFormat.F2021, values(F2021, Map.of("apply.new.total", "7")));
		int item = F2021.require("apply.new.total").index();

		assertThat(members.memberCodes("210100")).containsExactly("210100", "210102", "210103", "210104", "210100-D01");
		assertThat(members.totals("210100")).hasEntrySatisfying("210100", (v) -> assertThat(v[item]).isEqualTo(bd("5")))
			.hasEntrySatisfying("210100-D01", (v) -> assertThat(v[item]).isEqualTo(bd("40")))
			.hasEntrySatisfying("210102", (v) -> assertThat(v[item]).isEqualTo(bd("30")))
			.hasEntrySatisfying("210103", (v) -> assertThat(v[item]).isEqualTo(bd("7")))
			.hasEntrySatisfying("210104", (v) -> assertThat(v[item]).isEqualTo(bd("0")));
		assertThat(members.totals("210000")).containsOnlyKeys("210000", "210100");
		assertThat(members.totals("210000").get("210100")[item]).isEqualTo(bd("82"));
		assertThat(members.totals("210102")).isEmpty();
	}

	@Test
	void ofReconcilesAndExplains() {
		Unit city = this.registry.unit("210100").orElseThrow();
		NodeReconciliation reconciliation = Reconciliation.of(
				total("210100", F2021, values(F2021, Map.of("review.total", "2"))), F2021,
				values(F2021, Map.of("review.total", "3")), this.registry, Map.of("210100", UnitOutcome.ACCEPTED),
				Map.of("210100", values(F2021, Map.of("review.total", "2"))));

		assertThat(reconciliation.node()).isEqualTo(city);
		assertThat(reconciliation.hasGap()).isTrue();
		assertThat(reconciliation.members()).extracting(GapMember::reason)
			.containsExactly(GapReason.MISSING, GapReason.MISSING, GapReason.MISSING, GapReason.MISSING, GapReason.MISSING,
					GapReason.MISSING, GapReason.LARGEST_CONTRIBUTOR);
	}

	@Test
	void nothingToExplainWhenEveryItemAgrees() {
		BigDecimal[] same = values(F2021, Map.of("apply.new.total", "76"));
		Unit city = this.registry.unit("210100").orElseThrow();
		List<ReconciliationRow> rows = Reconciliation.reconcile(total("210100", F2021, same), F2021, same.clone());

		assertThat(Reconciliation.explain(city, rows, this.registry, Map.of(), Map.of())).isEmpty();
	}

	private NodeTotal total(String node, Catalog catalog, BigDecimal[] values) {
		return new NodeTotal(this.registry.unit(node).orElseThrow(), catalog, Arrays.asList(values));
	}

	private static ReconciliationRow row(List<ReconciliationRow> rows, String item) {
		return rows.stream().filter((row) -> row.item().equals(item)).findFirst().orElseThrow();
	}

	private static BigDecimal bd(String value) {
		return new BigDecimal(value);
	}

	static BigDecimal[] values(Catalog catalog, Map<String, String> cells) {
		BigDecimal[] values = new BigDecimal[catalog.size()];
		Arrays.fill(values, BigDecimal.ZERO);
		cells.forEach((code, value) -> values[catalog.require(code).index()] = new BigDecimal(value));
		return values;
	}

}
