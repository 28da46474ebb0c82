package org.ogirollup.rollup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ogirollup.registry.Registry;
import org.ogirollup.registry.Unit;

/** Counts, for every government node, the units expected, accepted, rejected and missing. */
public final class Coverage {

	private Coverage() {
	}

	/**
	 * @param registry the unit tree
	 * @param outcomes the outcome of each unit that sent an own submission; units of the
	 * registry without one are missing, and codes outside the registry are ignored
	 */
	public static List<NodeCoverage> compute(Registry registry, Map<String, UnitOutcome> outcomes) {
		Map<String, int[]> counts = new HashMap<>();
		for (Unit unit : registry.units()) {
			UnitOutcome outcome = outcomes.get(unit.code());
			for (String node : registry.governmentChain(unit.code())) {
				int[] count = counts.computeIfAbsent(node, (code) -> new int[3]);
				count[0]++;
				if (outcome == UnitOutcome.ACCEPTED) {
					count[1]++;
				}
				else if (outcome == UnitOutcome.REJECTED) {
					count[2]++;
				}
			}
		}
		return registry.governments().stream().map((node) -> {
			int[] count = counts.get(node.code());
			return new NodeCoverage(node, count[0], count[1], count[2]);
		}).toList();
	}

	/** The units of the registry that sent no own submission, in registry order. */
	public static List<Unit> missingUnits(Registry registry, Map<String, UnitOutcome> outcomes) {
		return registry.units().stream().filter((unit) -> !outcomes.containsKey(unit.code())).toList();
	}

}
