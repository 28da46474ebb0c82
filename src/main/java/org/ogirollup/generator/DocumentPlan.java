package org.ogirollup.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ogirollup.registry.Unit;

/**
 * Which units of a year send their own report as a document instead of canonical CSV, and of
 * which kind: as many units for each of a web page, Word, Excel and PDF as the options ask,
 * drawn from the seed among the units that send a file of their own and have no planted defect
 * (a defect is planted in CSV rows). Excel alternates between the tables on one sheet and a
 * sheet each.
 */
final class DocumentPlan {

	private static final List<ReportKind> ORDER = List.of(ReportKind.HTML, ReportKind.WORD, ReportKind.EXCEL,
			ReportKind.PDF);

	private final Map<String, ReportKind> kinds;

	private DocumentPlan(Map<String, ReportKind> kinds) {
		this.kinds = kinds;
	}

	/**
	 * @param candidates the units that send a file of their own this year, with no defect
	 * @param perKind how many units send each kind
	 */
	static DocumentPlan choose(List<Unit> candidates, int year, int perKind, long seed) {
		List<Unit> drawn = new ArrayList<>(candidates);
		Map<String, Double> draws = new HashMap<>();
		for (Unit unit : drawn) {
			draws.put(unit.code(), Draws.stream(seed, unit.code(), year, "report.document").nextDouble());
		}
		drawn.sort(Comparator.comparingDouble((Unit unit) -> draws.get(unit.code())).thenComparing(Unit::code));
		Map<String, ReportKind> kinds = new HashMap<>();
		int excel = 0;
		for (int i = 0; i < Math.min(drawn.size(), perKind * ORDER.size()); i++) {
			ReportKind kind = ORDER.get(i % ORDER.size());
			if (kind == ReportKind.EXCEL && excel++ % 2 == 1) {
				kind = ReportKind.EXCEL_SHEETS;
			}
			kinds.put(drawn.get(i).code(), kind);
		}
		return new DocumentPlan(kinds);
	}

	/** The kind of document a unit sends this year, if it sends one. */
	Optional<ReportKind> kind(String unitCode) {
		return Optional.ofNullable(this.kinds.get(unitCode));
	}

	boolean needs(ReportKind kind) {
		return this.kinds.containsValue(kind);
	}

}
