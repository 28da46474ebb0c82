package org.ogirollup.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.FormatMapping;
import org.ogirollup.catalog.Item;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.Unit;

/**
 * Sets a government's region-wide (consolidated) report against the computed total of its region,
 * and finds the members that explain where they disagree. The region-wide report is never added
 * into any total.
 */
public final class Reconciliation {

	/** How many of the largest contributors are listed for each item that disagrees. */
	public static final int LARGEST_CONTRIBUTORS = 3;

	private Reconciliation() {
	}

	/**
	 * One row per item of the computed catalog, in its order.
	 * @param computed the region's computed total
	 * @param reportedCatalog the catalog the region-wide report follows; when its format differs
	 * from the computed one, its values are carried over through {@link FormatMapping} as the
	 * roll-up does, and items without a counterpart have no reported value
	 * @param reported the region-wide report's values in that catalog's order, {@code null} for an
	 * absent cell
	 */
	public static List<ReconciliationRow> reconcile(NodeTotal computed, Catalog reportedCatalog, BigDecimal[] reported) {
		Catalog catalog = computed.catalog();
		BigDecimal[] mapped = new BigDecimal[catalog.size()];
		int[] targets = FormatMapping.targetIndexes(reportedCatalog, catalog);
		for (int i = 0; i < reported.length; i++) {
			if (reported[i] != null && targets[i] >= 0) {
				BigDecimal sum = mapped[targets[i]];
				mapped[targets[i]] = (sum != null) ? sum.add(reported[i]) : reported[i];
			}
		}
		List<ReconciliationRow> rows = new ArrayList<>(catalog.size());
		for (Item item : catalog.printedItems()) {
			BigDecimal report = mapped[item.index()];
			BigDecimal total = computed.values().get(item.index());
			BigDecimal difference = (report != null && total != null) ? report.subtract(total) : null;
			rows.add(new ReconciliationRow(item.code().value(), report, total, difference));
		}
		return rows;
	}

	/**
	 * A region-wide report reconciled and, where it disagrees, explained: {@link #reconcile} then
	 * {@link #explain(Unit, List, Registry, Map, Map)}.
	 */
	public static NodeReconciliation of(NodeTotal computed, Catalog reportedCatalog, BigDecimal[] reported,
			Registry registry, Map<String, UnitOutcome> outcomes, Map<String, BigDecimal[]> memberTotals) {
		List<ReconciliationRow> rows = reconcile(computed, reportedCatalog, reported);
		return new NodeReconciliation(computed.node(), rows,
				explain(computed.node(), rows, registry, outcomes, memberTotals));
	}

	/**
	 * The members whose totals a region's total is made of, with non-overlapping scopes: the
	 * government itself, its own departments, and its direct child governments (each standing for
	 * its whole subtree). In registry order.
	 */
	public static List<Unit> members(Registry registry, String nodeCode) {
		List<Unit> members = new ArrayList<>();
		registry.unit(nodeCode).ifPresent(members::add);
		for (Unit unit : registry.units()) {
			if (unit.parentCode().equals(nodeCode) && !unit.code().equals(nodeCode)) {
				members.add(unit);
			}
		}
		return members;
	}

	/** {@link #explain(Unit, List, Registry, Map, Map, int)} with {@value #LARGEST_CONTRIBUTORS} contributors per item. */
	public static List<GapMember> explain(Unit node, List<ReconciliationRow> rows, Registry registry,
			Map<String, UnitOutcome> outcomes, Map<String, BigDecimal[]> memberTotals) {
		return explain(node, rows, registry, outcomes, memberTotals, LARGEST_CONTRIBUTORS);
	}

	/**
	 * For a region whose report disagrees with its computed total: the units of the region that
	 * sent nothing, those that were rejected (both in registry order), then for each item that
	 * disagrees (in row order) the members with the largest values of it, largest first. Empty
	 * when every item agrees.
	 * @param node the government
	 * @param rows its reconciliation rows
	 * @param registry the unit tree
	 * @param outcomes the outcome of each unit that sent an own submission
	 * @param memberTotals the totals of the {@link #members(Registry, String) members}, by unit code,
	 * in the computed catalog's order (a child government's subtree total, a department's or the
	 * government's own submission)
	 * @param largest how many contributors to list per item
	 */
	public static List<GapMember> explain(Unit node, List<ReconciliationRow> rows, Registry registry,
			Map<String, UnitOutcome> outcomes, Map<String, BigDecimal[]> memberTotals, int largest) {
		if (rows.stream().noneMatch(ReconciliationRow::isGap)) {
			return List.of();
		}
		List<GapMember> members = new ArrayList<>();
		List<Unit> rejected = new ArrayList<>();
		for (Unit unit : registry.units()) {
			if (!registry.isWithin(unit.code(), node.code())) {
				continue;
			}
			UnitOutcome outcome = outcomes.get(unit.code());
			if (outcome == null) {
				members.add(new GapMember(unit.code(), unit.name(), GapReason.MISSING, "", null));
			}
			else if (outcome == UnitOutcome.REJECTED) {
				rejected.add(unit);
			}
		}
		rejected.forEach((unit) -> members.add(new GapMember(unit.code(), unit.name(), GapReason.REJECTED, "", null)));
		for (int index = 0; index < rows.size(); index++) {
			ReconciliationRow row = rows.get(index);
			if (!row.isGap()) {
				continue;
			}
			int item = index;
			memberTotals.entrySet()
				.stream()
				.filter((member) -> member.getValue()[item] != null && member.getValue()[item].signum() != 0)
				.sorted(Comparator
					.comparing((Map.Entry<String, BigDecimal[]> member) -> member.getValue()[item].abs())
					.reversed()
					.thenComparing(Map.Entry::getKey))
				.limit(largest)
				.forEach((member) -> members.add(new GapMember(member.getKey(), name(registry, member.getKey()),
						GapReason.LARGEST_CONTRIBUTOR, row.item(), member.getValue()[item])));
		}
		return members;
	}

	private static String name(Registry registry, String code) {
		return registry.unit(code).map(Unit::name).orElse(code);
	}

}
