package org.ogirollup.rollup;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.FormatMapping;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.Unit;

/**
 * The totals of each member of chosen regions, as {@link Reconciliation#explain} takes them: a
 * fold like {@link Rollup}, fed one accepted own submission at a time, that adds each into the
 * member of each chosen region it belongs to (the government itself, one of its departments, or
 * the child government whose subtree holds it).
 */
public final class RegionMembers {

	private final Registry registry;

	private final Catalog catalog;

	private final Map<String, Map<String, BigDecimal[]>> totalsByRegion = new HashMap<>();

	private final Map<ReportFormat, int[]> mappings = new EnumMap<>(ReportFormat.class);

	/**
	 * @param registry the unit tree
	 * @param catalog the catalog of the year being reconciled
	 * @param regions the governments whose members are wanted, usually those with a region-wide report
	 */
	public RegionMembers(Registry registry, Catalog catalog, Set<String> regions) {
		this.registry = registry;
		this.catalog = catalog;
		for (String region : regions) {
			Map<String, BigDecimal[]> members = new LinkedHashMap<>();
			for (Unit member : Reconciliation.members(registry, region)) {
				BigDecimal[] zeros = new BigDecimal[catalog.size()];
				Arrays.fill(zeros, BigDecimal.ZERO);
				members.put(member.code(), zeros);
			}
			this.totalsByRegion.put(region, members);
		}
	}

	/**
	 * Adds one accepted own submission.
	 * @param unitCode the reporting unit
	 * @param format the format its values follow
	 * @param values its values in that format's catalog order
	 */
	public void add(String unitCode, ReportFormat format, BigDecimal[] values) {
		int[] targets = this.mappings.computeIfAbsent(format,
				(from) -> FormatMapping.targetIndexes(Catalog.of(from), this.catalog));
		String member = unitCode;
		for (String government : this.registry.governmentChain(unitCode)) {
			Map<String, BigDecimal[]> members = this.totalsByRegion.get(government);
			if (members != null) {
				BigDecimal[] totals = members.get(member);
				if (totals != null) {
					addInto(totals, targets, values);
				}
			}
			member = government;
		}
	}

	private static void addInto(BigDecimal[] totals, int[] targets, BigDecimal[] values) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null && targets[i] >= 0) {
				totals[targets[i]] = totals[targets[i]].add(values[i]);
			}
		}
	}

	/** The totals of a region's members by unit code, in registry order; empty for a region not chosen. */
	public Map<String, BigDecimal[]> totals(String region) {
		return Collections.unmodifiableMap(this.totalsByRegion.getOrDefault(region, Map.of()));
	}

	/** The chosen regions' member codes, for tests and logs. */
	List<String> memberCodes(String region) {
		return List.copyOf(this.totalsByRegion.getOrDefault(region, Map.of()).keySet());
	}

}
