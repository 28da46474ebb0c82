package org.ogirollup.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.ogirollup.comparison.Delta;
import org.ogirollup.comparison.NodeDeltas;
import org.ogirollup.registry.Unit;
import org.ogirollup.rollup.GapMember;
import org.ogirollup.rollup.NodeReconciliation;
import org.ogirollup.rollup.ReconciliationRow;

/**
 * The long CSV tables of year-over-year comparison and reconciliation: one row per node (or unit)
 * and item, numbers exact and plain, an empty field where a value is absent or not comparable,
 * and the item's Chinese label after the columns of {@code design.md} §4.
 */
public final class ComparisonTables {

	/** Every government node compared with the year before. */
	public static final String YOY = "yoy.csv";

	/** Every unit with submissions in both years compared with the year before. */
	public static final String YOY_UNITS = "yoy-units.csv";

	/** Every region-wide report against its region's computed total. */
	public static final String RECONCILIATION = "reconciliation.csv";

	/** The members that explain the reconciliation gaps of each region. */
	public static final String RECONCILIATION_MEMBERS = "reconciliation-members.csv";

	private static final String[] YOY_HEADER = { "node_code", "node_name", "level", "report_year", "item", "previous",
			"current", "delta", "delta_pct", "comparability", "item_label" };

	private static final String[] RECONCILIATION_HEADER = { "node_code", "node_name", "level", "report_year", "item",
			"reported", "computed", "difference", "item_label" };

	private static final String[] MEMBERS_HEADER = { "node_code", "report_year", "member_code", "member_name", "reason",
			"item", "value", "item_label" };

	private ComparisonTables() {
	}

	/**
	 * One row per node and comparison row, in the order given (nodes by code, rows as
	 * {@code YearOverYear} orders them); used for both {@value #YOY} and {@value #YOY_UNITS}.
	 * @param year the current report year
	 * @param blocks the whole table, or the nodes (units) whose rows changed, whose deltas {@code nodes} holds
	 * @return whether the table was written: see {@link MachineTables#write}
	 */
	public static boolean writeYearOverYear(Path file, int year, List<NodeDeltas> nodes, Blocks blocks)
			throws IOException {
		return writeYearOverYear(file, year, (consumer) -> nodes.forEach(consumer), blocks);
	}

	/**
	 * The same, for more rows than memory holds ({@value #YOY_UNITS} at national scale).
	 * @param nodes feeds each node's deltas to the consumer it is given
	 */
	public static boolean writeYearOverYear(Path file, int year, Consumer<Consumer<NodeDeltas>> nodes, Blocks blocks)
			throws IOException {
		return MachineTables.write(file, YOY_HEADER, blocks, UnaryOperator.identity(), (table) -> {
			try {
				nodes.accept((node) -> {
					Unit unit = node.node();
					for (Delta delta : node.deltas()) {
						try {
							table.row(unit.code(), unit.name(), unit.level().label(), year, delta.item(),
									number(delta.previous()), number(delta.current()), number(delta.delta()),
									number(delta.deltaPct()), delta.comparability().label(),
									MachineTables.itemLabel(year, delta.item()));
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					}
				});
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
		});
	}

	/** One row per region-wide report and item of the computed catalog. */
	public static boolean writeReconciliation(Path file, int year, List<NodeReconciliation> nodes, Blocks blocks)
			throws IOException {
		return MachineTables.write(file, RECONCILIATION_HEADER, blocks, UnaryOperator.identity(), (table) -> {
			for (NodeReconciliation node : nodes) {
				Unit unit = node.node();
				for (ReconciliationRow row : node.rows()) {
					table.row(unit.code(), unit.name(), unit.level().label(), year, row.item(), number(row.reported()),
							number(row.computed()), number(row.difference()), MachineTables.itemLabel(year, row.item()));
				}
			}
		});
	}

	/**
	 * One row per member that may explain a region's gap: missing and rejected units (item and
	 * value empty), then the largest contributors per disagreeing item. Regions without a gap have
	 * no rows.
	 */
	public static boolean writeReconciliationMembers(Path file, int year, List<NodeReconciliation> nodes, Blocks blocks)
			throws IOException {
		return MachineTables.write(file, MEMBERS_HEADER, blocks, UnaryOperator.identity(), (table) -> {
			for (NodeReconciliation node : nodes) {
				for (GapMember member : node.members()) {
					table.row(node.node().code(), year, member.memberCode(), member.memberName(), member.reason().label(),
							member.item(), number(member.value()), MachineTables.itemLabel(year, member.item()));
				}
			}
		});
	}

	/** Plain and exact, empty for an absent value. */
	static String number(BigDecimal value) {
		return (value != null) ? MachineTables.plain(value) : "";
	}

}
