package org.ogirollup.generator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.ogirollup.registry.Unit;

/**
 * Which own submissions get which defect: n of each kind, at most one per submission, chosen from
 * the seed alone before anything is written.
 */
final class DefectPlan {

	private final Map<String, DefectKind> planned;

	private DefectPlan(Map<String, DefectKind> planned) {
		this.planned = planned;
	}

	static DefectPlan none() {
		return new DefectPlan(Map.of());
	}

	static DefectPlan choose(List<Unit> units, List<Integer> years, int perKind, long seed) {
		if (perKind == 0) {
			return none();
		}
		List<Unit> governments = units.stream().filter((unit) -> unit.level().isGovernment()).toList();
		int lastYear = years.get(years.size() - 1);
		int kinds = DefectKind.values().length;
		// leave most submissions clean, and keep the rejection loop below short
		if ((long) perKind * kinds * 2 > (long) units.size() * years.size() || (long) perKind * 4 > units.size()
				|| (long) perKind * 4 > (long) governments.size() * years.size()) {
			throw new IllegalArgumentException("defects: " + perKind + " of each of " + kinds
					+ " kinds is too many for " + units.size() + " units in " + years.size() + " year(s)");
		}
		Map<String, DefectKind> planned = new HashMap<>();
		for (DefectKind kind : DefectKind.values()) {
			if (kind == DefectKind.X1 && years.size() < 2) {
				continue; // a carry-over needs a year before
			}
			SplittableRandom random = Draws.stream(seed, "defects", 0, kind.name());
			int placed = 0;
			while (placed < perKind) {
				int year;
				Unit unit;
				if (kind == DefectKind.YEAR_MISMATCH) {
					// the year after the last one has no folder, so the stray submission collides with none
					year = lastYear;
					unit = units.get(random.nextInt(units.size()));
				}
				else if (kind == DefectKind.UNKNOWN_UNIT) {
					// the unknown code is a department beyond the registry's count under this government
					year = years.get(random.nextInt(years.size()));
					unit = governments.get(random.nextInt(governments.size()));
				}
				else if (kind == DefectKind.X1) {
					// last year's submission must be clean, or there is no carry-over to compare with
					year = years.get(1 + random.nextInt(years.size() - 1));
					unit = units.get(random.nextInt(units.size()));
					if (planned.containsKey(key(year - 1, unit.code()))) {
						continue;
					}
				}
				else {
					year = years.get(random.nextInt(years.size()));
					unit = units.get(random.nextInt(units.size()));
				}
				if (planned.putIfAbsent(key(year, unit.code()), kind) == null) {
					placed++;
				}
			}
		}
		return new DefectPlan(planned);
	}

	/** The defect planned for a unit's own submission of a year, if any. */
	Optional<DefectKind> defect(int year, String unitCode) {
		return Optional.ofNullable(this.planned.get(key(year, unitCode)));
	}

	private static String key(int year, String unitCode) {
		return year + "|" + unitCode;
	}

}
