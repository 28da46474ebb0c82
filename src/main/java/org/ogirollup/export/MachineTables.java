package org.ogirollup.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.ogirollup.catalog.Item;
import org.ogirollup.finding.Finding;
import org.ogirollup.registry.Unit;
import org.ogirollup.rollup.NodeCoverage;
import org.ogirollup.rollup.NodeTotal;

/**
 * The long CSV tables other tools read ({@code design.md} §4): totals, findings, coverage and
 * the units that did not report, one file each per year.
 */
public final class MachineTables {

	public static final String TOTALS = "totals.csv";

	public static final String VALIDATION = "validation.csv";

	public static final String COVERAGE = "coverage.csv";

	public static final String MISSING = "missing.csv";

	private MachineTables() {
	}

	/** One row per government node and catalog item, nodes by code, items in catalog order. */
	public static void writeTotals(Path file, int year, List<NodeTotal> totals) throws IOException {
		AtomicCsv.write(file, new String[] { "node_code", "node_name", "level", "report_year", "item", "value" },
				(table) -> {
					for (NodeTotal total : totals) {
						Unit node = total.node();
						for (Item item : total.catalog().items()) {
							table.row(node.code(), node.name(), node.level().label(), year, item.code(),
									plain(total.values().get(item.index())));
						}
					}
				});
	}

	/**
	 * Every finding of the year, by file and then in the order raised.
	 * @param findings feeds each finding to the consumer it is given
	 */
	public static void writeValidation(Path file, Consumer<Consumer<Finding>> findings) throws IOException {
		AtomicCsv.write(file,
				new String[] { "source", "unit_code", "report_year", "rule_id", "severity", "item", "message" },
				(table) -> {
					try {
						findings.accept((finding) -> {
							try {
								table.row(finding.source(), finding.unitCode(), finding.reportYear(),
										finding.ruleId(), finding.severity().label(), finding.itemColumn(), finding.message());
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

	/** Exact, without trailing zeros or exponent: 12, 0, 21469172.33. */
	static String plain(BigDecimal value) {
		return (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
	}

}
