package org.ogirollup.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.finding.Finding;
import org.ogirollup.registry.Level;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.Unit;
import org.ogirollup.rollup.NodeCoverage;
import org.ogirollup.rollup.NodeTotal;

/**
 * The long CSV tables other tools read ({@code design.md} §4): totals, findings, coverage and
 * the units that did not report, one file each per year. The contract's columns come first, in
 * its order; the labels a person reads beside the codes (issue 16) come after them.
 */
public final class MachineTables {

	public static final String TOTALS = "totals.csv";

	public static final String VALIDATION = "validation.csv";

	public static final String COVERAGE = "coverage.csv";

	public static final String MISSING = "missing.csv";

	private MachineTables() {
	}

	/**
	 * One row per government node and catalog item, nodes by code, items in catalog order, with the
	 * item's Chinese label after the value.
	 */
	public static void writeTotals(Path file, int year, List<NodeTotal> totals) throws IOException {
		AtomicCsv.write(file,
				new String[] { "node_code", "node_name", "level", "report_year", "item", "value", "item_label" },
				(table) -> {
					for (NodeTotal total : totals) {
						Unit node = total.node();
						for (Item item : total.catalog().items()) {
							table.row(node.code(), node.name(), node.level().label(), year, item.code(),
									plain(total.values().get(item.index())), item.label());
						}
					}
				});
	}

	/**
	 * Every finding of the year, by file and then in the order raised, with the unit's name and the
	 * names of the city and county it belongs to (empty where the registry has none).
	 * @param registry the unit tree the names come from
	 * @param findings feeds each finding to the consumer it is given
	 */
	public static void writeValidation(Path file, Registry registry, Consumer<Consumer<Finding>> findings)
			throws IOException {
		AtomicCsv.write(file, new String[] { "source", "unit_code", "report_year", "rule_id", "severity", "item",
				"message", "unit_name", "city", "county" }, (table) -> {
					try {
						findings.accept((finding) -> {
							String unit = finding.unitCode();
							try {
								table.row(finding.source(), unit, finding.reportYear(), finding.ruleId(),
										finding.severity().label(), finding.itemColumn(), finding.message(),
										registry.unit(unit).map(Unit::name).orElse(""), name(registry, unit, Level.CITY),
										name(registry, unit, Level.COUNTY));
							}
							catch (IOException ex) {
								throw new UncheckedIOException(ex);
							}
						});
					}
					catch (UncheckedIOException ex) {
						throw ex.getCause();
					}
				});
	}

	/** Units expected, accepted, rejected and missing per government node. */
	public static void writeCoverage(Path file, int year, List<NodeCoverage> coverage) throws IOException {
		AtomicCsv.write(file, new String[] { "node_code", "node_name", "level", "report_year", "expected", "accepted",
				"rejected", "missing" }, (table) -> {
					for (NodeCoverage node : coverage) {
						table.row(node.node().code(), node.node().name(), node.node().level().label(), year,
								node.expected(), node.accepted(), node.rejected(), node.missing());
					}
				});
	}

	/** The units of the registry that sent no own submission for the year. */
	public static void writeMissing(Path file, int year, List<Unit> missing) throws IOException {
		AtomicCsv.write(file, new String[] { "unit_code", "unit_name", "level", "parent_code", "report_year" },
				(table) -> {
					for (Unit unit : missing) {
						table.row(unit.code(), unit.name(), unit.level().label(), unit.parentCode(), year);
					}
				});
	}

	private static String name(Registry registry, String unitCode, Level level) {
		return registry.governmentAt(unitCode, level).map(Unit::name).orElse("");
	}

	/** The Chinese label of an item code of a report year, empty for a code of no catalog. */
	static String itemLabel(int year, String code) {
		return Catalog.findItem(year, code).map(Item::label).orElse("");
	}

	/** Exact, without trailing zeros or exponent: 12, 0, 21469172.33. */
	static String plain(BigDecimal value) {
		return (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
	}

}
