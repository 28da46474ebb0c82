package org.ogirollup.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

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

	private static final String[] TOTALS_HEADER = { "node_code", "node_name", "level", "report_year", "item", "value",
			"item_label" };

	private static final String[] VALIDATION_HEADER = { "source", "unit_code", "report_year", "rule_id", "severity",
			"item", "message", "unit_name", "city", "county" };

	private MachineTables() {
	}

	/**
	 * One row per government node and catalog item, nodes by code, items in catalog order.
	 * @param totals the totals of every node the blocks cover
	 * @param blocks the whole table, or the nodes whose totals changed
	 * @return whether the table was written: see {@link #write}
	 */
	public static boolean writeTotals(Path file, int year, List<NodeTotal> totals, Blocks blocks) throws IOException {
		AtomicCsv.Rows rows = (table) -> {
			for (NodeTotal total : totals) {
				Unit node = total.node();
				for (Item item : total.catalog().items()) {
					table.row(node.code(), node.name(), node.level().label(), year, item.code(),
							plain(total.values().get(item.index())), item.label());
				}
			}
		};
		return write(file, TOTALS_HEADER, blocks, UnaryOperator.identity(), rows);
	}

	/**
	 * Every finding of the year, by file and then in the order raised, with the unit's name and the
	 * names of the city and county it belongs to (empty where the registry has none).
	 * @param findings feeds each finding of the files the blocks cover to the consumer it is given
	 * @param registry the unit tree the names of units, cities and counties come from
	 * @param blocks the whole table, or the files whose findings changed
	 * @return whether the table was written: see {@link #write}
	 */
	public static boolean writeValidation(Path file, Registry registry, Consumer<Consumer<Finding>> findings,
			Blocks blocks) throws IOException {
		AtomicCsv.Rows rows = (table) -> {
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
		};
		if (!blocks.isAll() && blocks.keys().stream().anyMatch((key) -> !fileOfSource(key).equals(key))) {
			// a file named like a line ("a:12") cannot be told from a line of another by its rows
			return false;
		}
		return write(file, VALIDATION_HEADER, blocks, MachineTables::fileOfSource, rows);
	}

	/** The file a finding's source names: {@code 2021/210100.csv} of {@code 2021/210100.csv:12}. */
	static String fileOfSource(String source) {
		int colon = source.lastIndexOf(':');
		if (colon > 0 && colon < source.length() - 1 && source.substring(colon + 1).chars().allMatch(Character::isDigit)) {
			return source.substring(0, colon);
		}
		return source;
	}

	/**
	 * Writes a table whole, or replaces some of its blocks.
	 * @return {@code false}, and nothing written, when the blocks could not be replaced (the table is
	 * missing, of another header, or not in key order): then only a whole write makes it right
	 */
	static boolean write(Path file, String[] header, Blocks blocks, UnaryOperator<String> keyOf, AtomicCsv.Rows rows)
			throws IOException {
		if (blocks.isAll()) {
			AtomicCsv.write(file, header, rows);
			return true;
		}
		return AtomicCsv.splice(file, header, blocks.keys(), keyOf, rows);
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
