package org.ogirollup.rollup;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.FormatMapping;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.Unit;

/**
 * Sums accepted own submissions into every government above them: a fold keyed by node, fed one
 * submission at a time so that memory holds the nodes' totals, never the submissions.
 */
public final class Rollup {

	private final Registry registry;

	private final Catalog catalog;

	private final Map<String, BigDecimal[]> totalsByNode = new LinkedHashMap<>();

	private final Map<ReportFormat, int[]> mappings = new EnumMap<>(ReportFormat.class);

	/**
	 * @param registry the unit tree
	 * @param catalog the catalog of the year being totalled
	 */
	public Rollup(Registry registry, Catalog catalog) {
		this.registry = registry;
		this.catalog = catalog;
		for (Unit government : registry.governments()) {
			BigDecimal[] zeros = new BigDecimal[catalog.size()];
			Arrays.fill(zeros, BigDecimal.ZERO);
			this.totalsByNode.put(government.code(), zeros);
		}
	}

	/**
	 * Adds one accepted own submission.
	 * @param unitCode the reporting unit
	 * @param format the format its values follow, which may differ from the year's
	 * @param values its values in that format's catalog order; {@code null} adds nothing
	 */
	public void add(String unitCode, ReportFormat format, BigDecimal[] values) {
		int[] targets = this.mappings.computeIfAbsent(format,
				(from) -> FormatMapping.targetIndexes(Catalog.of(from), this.catalog));
		for (String nodeCode : this.registry.governmentChain(unitCode)) {
			BigDecimal[] totals = this.totalsByNode.get(nodeCode);
			for (int i = 0; i < values.length; i++) {
				// most cells are zero: skipping them saves millions of additions on a national year
				if (values[i] != null && values[i].signum() != 0 && targets[i] >= 0) {
					totals[targets[i]] = totals[targets[i]].add(values[i]);
				}
			}
		}
	}

	/**
	 * The totals of every government node, ordered by node code, with the derived sums of the
	 * catalog (（六）其他处理 of the 2021 format) added up from their cells.
	 */
	public List<NodeTotal> totals() {
		return this.registry.governments().stream().map((node) -> {
			BigDecimal[] totals = this.totalsByNode.get(node.code());
			this.catalog.derivedSums().forEach((sum, parts) -> {
				BigDecimal value = BigDecimal.ZERO;
				for (Item part : parts) {
					value = value.add(totals[part.index()]);
				}
				totals[sum.index()] = value;
			});
			return new NodeTotal(node, this.catalog, Arrays.asList(totals));
		}).toList();
	}

}
