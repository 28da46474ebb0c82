package org.ogirollup.generator;

import java.util.List;
import java.util.SplittableRandom;

import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.registry.Level;
import org.ogirollup.registry.Unit;

/**
 * Draws section 二 (proactive disclosure) for either format. Stocks are defined year by year
 * from a starting draw, so the cross-year rules hold by construction: X2 (F2019 项目数量 =
 * last year's + its 增/减) and X3 (F2021 现行有效件数 = last year's + 制发 − 废止).
 */
final class ActiveFigures {

	/** Rows of （五）（六）（八） whose number of items is carried from year to year (F2019). */
	private static final List<String> ITEM_ROWS = List.of("active.art20_5.licensing",
			"active.art20_5.other_mgmt_service", "active.art20_6.penalty", "active.art20_6.coercion",
			"active.art20_8.admin_fee");

	private static final List<String> DOCUMENT_ROWS = List.of("active.art20_1.regulation",
			"active.art20_1.normative_doc");

	private static final int FIRST_YEAR = 2019;

	// the year before the first F2021 report: the stock of documents in force starts there
	private static final int STOCK_BASE_YEAR = 2020;

	private final long seed;

	ActiveFigures(long seed) {
		this.seed = seed;
	}

	void fill(Figures figures, Unit unit, int year) {
		if (figures.catalog().format() == ReportFormat.F2019) {
			fill2019(figures, unit, year);
		}
		else {
			fill2021(figures, unit, year);
		}
	}

	private void fill2019(Figures figures, Unit unit, int year) {
		SplittableRandom random = Draws.stream(this.seed, unit.code(), year, "active.2019");
		for (String row : DOCUMENT_ROWS) {
			double mean = documentMean(unit, row);
			int made = Draws.poisson(random, mean);
			int published = made - Draws.binomial(random, made, 0.1);
			figures.set(row + ".made", made);
			figures.set(row + ".published", published);
			// R12: everything published this year is part of what is public in total
			figures.set(row + ".public_total", published + Draws.poisson(random, 8 * mean + 1));
		}
		for (String row : ITEM_ROWS) {
			figures.set(row + ".prev_items", items(unit, row, year));
			figures.set(row + ".delta", delta(unit, row, year));
			if (!row.endsWith("admin_fee")) {
				figures.set(row + ".decisions", decisions(unit, row, year));
			}
		}
		int projects = Draws.poisson(random, 0.3 * Scale.of(unit.level()));
		long cents = 0;
		for (int i = 0; i < projects; i++) {
			// 20,000 to 500,000 元 per project, in 分
			cents += random.nextLong(2_000_000L, 50_000_001L);
		}
		figures.set("active.art20_9.central_procurement.projects", projects);
		figures.set("active.art20_9.central_procurement.amount", cents);
	}

	private void fill2021(Figures figures, Unit unit, int year) {
		for (String row : DOCUMENT_ROWS) {
			figures.set(row + ".issued", issued(unit, row, year));
			figures.set(row + ".repealed", repealed(unit, row, year));
			figures.set(row + ".in_force", inForce(unit, row, year));
		}
		for (String row : List.of("active.art20_5.licensing", "active.art20_6.penalty", "active.art20_6.coercion")) {
			figures.set(row + ".decisions", decisions(unit, row, year));
		}
		long cents = 0;
		if (items(unit, "active.art20_8.admin_fee", year) > 0) {
			SplittableRandom random = Draws.stream(this.seed, unit.code(), year, "active.admin_fee.amount");
			// 0.50 to 200.00 万元 per department-sized unit, in hundredths of 万元
			cents = random.nextLong(50L, (long) (20_000 * Scale.of(unit.level())) + 1);
		}
		figures.set("active.art20_8.admin_fee.amount_wan", cents);
	}

	private static double documentMean(Unit unit, String row) {
		if (row.endsWith("regulation")) {
			return Scale.issuesRegulations(unit.level()) ? 0.1 * Scale.of(unit.level()) : 0;
		}
		return 0.6 * Scale.of(unit.level());
	}

	/**
	 * Number of items (项目数量) at the start of a year: a first draw for 2019, then year by year
	 * last year's number plus last year's change (X2). Walked forward, not recursed, so the cost
	 * grows linearly with the year.
	 */
	private long items(Unit unit, String row, int year) {
		SplittableRandom first = Draws.stream(this.seed, unit.code(), 0, "items." + row);
		double share = unit.level() == Level.DEPARTMENT ? 0.4 : 0.2;
		long items = Draws.chance(first, share) ? 1 + Draws.poisson(first, 3 * Scale.of(unit.level())) : 0;
		for (int y = FIRST_YEAR; y < year; y++) {
			items += change(unit, row, y, items);
		}
		return items;
	}

	/** The change in a year (本年增/减). */
	private long delta(Unit unit, String row, int year) {
		return change(unit, row, year, items(unit, row, year));
	}

	/** The change in a year given the items at its start; never below what exists, so items stay ≥ 0 (R11). */
	private long change(Unit unit, String row, int year, long items) {
		SplittableRandom random = Draws.stream(this.seed, unit.code(), year, "delta." + row);
		if (items == 0) {
			return Draws.chance(random, 0.03) ? 1 : 0;
		}
		if (Draws.chance(random, 0.7)) {
			return 0;
		}
		long change = 1 + Draws.poisson(random, 1);
		return Draws.chance(random, 0.5) ? change : -Math.min(change, items);
	}

	private long decisions(Unit unit, String row, int year) {
		long items = items(unit, row, year);
		if (items == 0) {
			return 0;
		}
		SplittableRandom random = Draws.stream(this.seed, unit.code(), year, "decisions." + row);
		return Draws.poisson(random, Math.min(items * 4.0, 400.0));
	}

	private long issued(Unit unit, String row, int year) {
		SplittableRandom random = Draws.stream(this.seed, unit.code(), year, "issued." + row);
		return Draws.poisson(random, documentMean(unit, row));
	}

	private long repealed(Unit unit, String row, int year) {
		return repealed(unit, row, year, inForce(unit, row, year - 1));
	}

	private long repealed(Unit unit, String row, int year, long before) {
		SplittableRandom random = Draws.stream(this.seed, unit.code(), year, "repealed." + row);
		return Draws.binomial(random, (int) Math.min(before, Integer.MAX_VALUE), 0.04);
	}

	/** Documents in force at the end of a year: a first draw for 2020, then X3 year by year, walked forward. */
	private long inForce(Unit unit, String row, int year) {
		SplittableRandom first = Draws.stream(this.seed, unit.code(), 0, "in_force." + row);
		long inForce = Draws.poisson(first, 10 * documentMean(unit, row));
		for (int y = STOCK_BASE_YEAR + 1; y <= year; y++) {
			inForce += issued(unit, row, y) - repealed(unit, row, y, inForce);
		}
		return inForce;
	}

}
