package org.ogirollup.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.operations.RunHistory;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.Unit;
import org.ogirollup.rollup.Coverage;
import org.ogirollup.rollup.NodeCoverage;
import org.ogirollup.rollup.NodeTotal;
import org.ogirollup.store.SubmissionStore;
import org.ogirollup.store.TotalStore;

/**
 * The year at a glance: every government of the tree with how many of its units reported (from
 * the database, counted as {@code coverage.csv} counts them), the headline figures of the top of
 * the tree against last year, and the year's runs.
 */
final class YearPages {

	/** One government in the tree, with its counts and how it stands. */
	record CoverageRow(Unit unit, int depth, String parentCode, int expected, int accepted, int rejected, int missing,
			String state) {

		/** The state in words, for the colour's meaning. */
		public String stateWords() {
			return switch (this.state) {
				case "ok" -> "全部采用";
				case "rejected" -> "有被退回";
				default -> "有未报送";
			};
		}

	}

	/** A headline figure of this year, last year and the change. */
	record Headline(HeadlineItem item, BigDecimal current, BigDecimal previous, BigDecimal change, String changePercent) {
	}

	/** The page's content. */
	record YearView(int year, List<Integer> years, boolean aggregated, List<CoverageRow> rows, Unit top,
			List<Headline> headlines, List<RunRow> runs, int expected, int accepted, int rejected, int missing) {
	}

	private final Workspace workspace;

	private final SubmissionStore submissions;

	private final TotalStore totals;

	private final RunHistory history;

	YearPages(Workspace workspace, SubmissionStore submissions, TotalStore totals, RunHistory history) {
		this.workspace = workspace;
		this.submissions = submissions;
		this.totals = totals;
		this.history = history;
	}

	YearView year(int year) {
		Registry registry = this.workspace.registry();
		List<NodeCoverage> coverage = Coverage.compute(registry, this.submissions.ownOutcomes(year));
		Map<String, NodeCoverage> byCode = new HashMap<>();
		Map<String, List<Unit>> children = new HashMap<>();
		List<Unit> roots = new ArrayList<>();
		for (NodeCoverage node : coverage) {
			byCode.put(node.node().code(), node);
			Unit unit = node.node();
			if (unit.isRoot() || registry.unit(unit.parentCode()).isEmpty()) {
				roots.add(unit);
			}
			else {
				children.computeIfAbsent(unit.parentCode(), (parent) -> new ArrayList<>()).add(unit);
			}
		}
		List<CoverageRow> rows = new ArrayList<>();
		for (Unit root : roots) {
			walk(root, 0, children, byCode, rows);
		}
		Unit top = roots.isEmpty() ? null : roots.get(0);
		List<Headline> headlines = (top != null) ? headlines(year, top) : List.of();
		boolean aggregated = !this.totals.loadByNode(year, registry.governments()).isEmpty();
		NodeCoverage all = (top != null) ? byCode.get(top.code()) : null;
		List<RunRow> runs = this.history.ofYear(year, 10).stream().map((run) -> RunRow.of(run, registry)).toList();
		return new YearView(year, this.workspace.years(), aggregated, rows, top, headlines, runs,
				(all != null) ? all.expected() : 0, (all != null) ? all.accepted() : 0, (all != null) ? all.rejected() : 0,
				(all != null) ? all.missing() : 0);
	}

	private static void walk(Unit unit, int depth, Map<String, List<Unit>> children, Map<String, NodeCoverage> coverage,
			List<CoverageRow> rows) {
		NodeCoverage node = coverage.get(unit.code());
		String state = (node.rejected() > 0) ? "rejected" : (node.missing() > 0) ? "missing" : "ok";
		rows.add(new CoverageRow(unit, depth, unit.parentCode(), node.expected(), node.accepted(), node.rejected(),
				node.missing(), state));
		List<Unit> below = new ArrayList<>(children.getOrDefault(unit.code(), List.of()));
		below.sort(Comparator.comparing(Unit::code));
		for (Unit child : below) {
			walk(child, depth + 1, children, coverage, rows);
		}
	}

	/** The headline figures of a node, this year against last year. */
	List<Headline> headlines(int year, Unit node) {
		Optional<NodeTotal> current = Optional.ofNullable(this.totals.loadByNode(year, List.of(node)).get(node.code()));
		Optional<NodeTotal> previous = Optional.ofNullable(this.totals.loadByNode(year - 1, List.of(node)).get(node.code()));
		List<Headline> headlines = new ArrayList<>();
		for (HeadlineItem item : HeadlineItem.values()) {
			BigDecimal now = current.flatMap((total) -> figure(item, total)).orElse(null);
			BigDecimal before = previous.flatMap((total) -> figure(item, total)).orElse(null);
			BigDecimal change = (now != null && before != null) ? now.subtract(before) : null;
			String percent = "";
			if (change != null && !item.isRate() && before.signum() != 0) {
				percent = change.multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP).toPlainString() + "%";
			}
			headlines.add(new Headline(item, now, before, change, percent));
		}
		return headlines;
	}

	static Optional<BigDecimal> figure(HeadlineItem item, NodeTotal total) {
		Catalog catalog = total.catalog();
		return item.of(catalog, total.valueArray());
	}

}
