package org.ogirollup.rollup;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
			this.totalsByNode.put(government.code(), zeros(catalog));
		}
	}

	private Rollup(Registry registry, Catalog catalog, Map<String, BigDecimal[]> totalsByNode) {
		this.registry = registry;
		this.catalog = catalog;
		this.totalsByNode.putAll(totalsByNode);
	}

	/**
	 * A roll-up that changes stored totals rather than adds up a year: it starts from the totals of
	 * the nodes it will touch (every government on the chain of a changed unit; a node without a
	 * stored total starts at zero), takes out what units added before and puts in what they add now.
	 * @param stored the stored totals of those nodes, by node code, in the catalog's order
	 */
	public static Rollup changing(Registry registry, Catalog catalog, Map<String, BigDecimal[]> stored,
			Collection<String> nodes) {
		Map<String, BigDecimal[]> start = new TreeMap<>();
		for (String node : nodes) {
			BigDecimal[] values = stored.get(node);
			BigDecimal[] copy = zeros(catalog);
			if (values != null) {
				for (int i = 0; i < copy.length; i++) {
					copy[i] = (values[i] != null) ? values[i] : BigDecimal.ZERO;
				}
			}
			start.put(node, copy);
		}
		return new Rollup(registry, catalog, start);
	}

	private static BigDecimal[] zeros(Catalog catalog) {
		BigDecimal[] zeros = new BigDecimal[catalog.size()];
		Arrays.fill(zeros, BigDecimal.ZERO);
		return zeros;
	}

	/** Takes out what a unit added before: the inverse of {@link #add}. */
	public void subtract(String unitCode, ReportFormat format, BigDecimal[] values) {
		BigDecimal[] negated = new BigDecimal[values.length];
		for (int i = 0; i < values.length; i++) {
			negated[i] = (values[i] != null) ? values[i].negate() : null;
		}
		add(unitCode, format, negated);
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
			if (totals == null) {
				continue;
			}
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
		return this.registry.governments().stream().filter((node) -> this.totalsByNode.containsKey(node.code())).map((node) -> {
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
