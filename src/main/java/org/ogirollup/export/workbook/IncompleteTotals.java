package org.ogirollup.export.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ogirollup.registry.Registry;
import org.ogirollup.registry.Unit;
import org.ogirollup.rollup.UnitOutcome;

/**
 * Which members each government's total lacks in a year: the units of its subtree (itself
 * included) whose own submission was rejected, and those that sent none. Worked out once per
 * year by walking up from each such unit, not down from each node: a unit is in at most four
 * totals.
 */
final class IncompleteTotals {

	/** Names listed in a note at most, per kind; the note says how many more there are. */
	static final int LISTED = 30;

	private final Map<String, List<Unit>> rejected = new HashMap<>();

	private final Map<String, List<Unit>> missing = new HashMap<>();

	/** Nothing is known of a year without results, so nothing is marked. */
	IncompleteTotals(Registry registry, YearResults results) {
		if (results.isEmpty()) {
			return;
		}
		for (Unit unit : registry.units()) {
			UnitOutcome outcome = results.outcomes().get(unit.code());
			if (outcome == UnitOutcome.ACCEPTED) {
				continue;
			}
			Map<String, List<Unit>> lacking = (outcome == UnitOutcome.REJECTED) ? this.rejected : this.missing;
			for (String node : registry.governmentChain(unit.code())) {
				lacking.computeIfAbsent(node, (code) -> new ArrayList<>()).add(unit);
			}
		}
	}

	/** Whether a node's total lacks any member. */
	boolean lacks(String nodeCode) {
		return this.rejected.containsKey(nodeCode) || this.missing.containsKey(nodeCode);
	}

	List<Unit> rejected(String nodeCode) {
		return this.rejected.getOrDefault(nodeCode, List.of());
	}

	List<Unit> missing(String nodeCode) {
		return this.missing.getOrDefault(nodeCode, List.of());
	}

	/** The note that says which members a node's total of a year lacks; {@code null} for none. */
	String note(String nodeCode, int year) {
		if (!lacks(nodeCode)) {
			return null;
		}
		List<Unit> rejected = rejected(nodeCode);
		List<Unit> missing = missing(nodeCode);
		StringBuilder note = new StringBuilder(year + " 年合计未计入 " + (rejected.size() + missing.size()) + " 个单位：");
		if (!rejected.isEmpty()) {
			note.append("\n被退回 ").append(rejected.size()).append(" 个：").append(names(rejected));
		}
		if (!missing.isEmpty()) {
			note.append("\n未报送 ").append(missing.size()).append(" 个：").append(names(missing));
		}
		return note.toString();
	}

	private static String names(List<Unit> units) {
		List<String> names = new ArrayList<>();
		for (Unit unit : units.subList(0, Math.min(LISTED, units.size()))) {
			names.add(unit.name() + "（" + unit.code() + "）");
		}
		String more = (units.size() > LISTED) ? " 等，共 " + units.size() + " 个，见“覆盖情况”" : "";
		return String.join("、", names) + more;
	}

}
