package org.ogirollup.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reporting units and the tree they form: every department under its government, every
 * government under the one above it. Built only from a registry that passed its checks, so
 * every parent exists and there is no cycle.
 */
public final class Registry {

	private final Map<String, Unit> unitsByCode;

	private final Map<String, List<String>> governmentChains = new HashMap<>();

	private final List<Unit> governments;

	Registry(Collection<Unit> units) {
		Map<String, Unit> byCode = new LinkedHashMap<>();
		units.forEach((unit) -> byCode.put(unit.code(), unit));
		this.unitsByCode = Collections.unmodifiableMap(byCode);
		for (Unit unit : units) {
			this.governmentChains.put(unit.code(), List.copyOf(computeGovernmentChain(unit)));
		}
		this.governments = units.stream()
			.filter((unit) -> unit.level().isGovernment())
			.sorted(Comparator.comparing(Unit::code))
			.toList();
	}

	private List<String> computeGovernmentChain(Unit unit) {
		List<String> chain = new ArrayList<>();
		for (Unit current = unit; current != null; current = this.unitsByCode.get(current.parentCode())) {
			if (current.level().isGovernment()) {
				chain.add(current.code());
			}
			if (current.isRoot()) {
				break;
			}
		}
		return chain;
	}

	public Optional<Unit> unit(String code) {
		return Optional.ofNullable(this.unitsByCode.get(code));
	}

	public boolean contains(String code) {
		return this.unitsByCode.containsKey(code);
	}

	/** Every unit, in registry order. */
	public Collection<Unit> units() {
		return this.unitsByCode.values();
	}

	public int size() {
		return this.unitsByCode.size();
	}

	/** The government nodes that get totals and coverage, ordered by code. */
	public List<Unit> governments() {
		return this.governments;
	}

	/**
	 * The governments whose totals a unit's own submission goes into: the unit itself if it is a
	 * government, then every government above it up to the root.
	 */
	public List<String> governmentChain(String unitCode) {
		return this.governmentChains.getOrDefault(unitCode, List.of());
	}

	/**
	 * The government of a level that a unit belongs to: the unit itself when it is one, else the
	 * nearest above it, such as the city of a county's department; empty when there is none, as
	 * for a county of a province without cities, or for a unit not in the registry.
	 */
	public Optional<Unit> governmentAt(String unitCode, Level level) {
		for (String code : governmentChain(unitCode)) {
			Unit government = this.unitsByCode.get(code);
			if (government.level() == level) {
				return Optional.of(government);
			}
		}
		return Optional.empty();
	}

	/** Whether a unit lies in the subtree of a node (the node itself included). */
	public boolean isWithin(String unitCode, String nodeCode) {
		for (Unit current = this.unitsByCode.get(unitCode); current != null;
				current = this.unitsByCode.get(current.parentCode())) {
			if (current.code().equals(nodeCode)) {
				return true;
			}
			if (current.isRoot()) {
				return false;
			}
		}
		return false;
	}

}
