package org.ogirollup.generator;

import java.util.EnumMap;
import java.util.Map;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.registry.Unit;

/** Makes the clean values of a unit's own submission for a year, in the format of that year. */
final class FigureMaker {

	private final Map<ReportFormat, ApplicationFigures> applications = new EnumMap<>(ReportFormat.class);

	private final ActiveFigures active;

	private final ReviewFigures review;

	FigureMaker(long seed) {
		for (ReportFormat format : ReportFormat.values()) {
			this.applications.put(format, new ApplicationFigures(seed, Catalog.of(format)));
		}
		this.active = new ActiveFigures(seed);
		this.review = new ReviewFigures(seed);
	}

	Figures make(Unit unit, int year) {
		Figures figures = new Figures(Catalog.forReportYear(year));
		this.active.fill(figures, unit, year);
		this.applications.get(figures.catalog().format()).fill(figures, unit, year);
		this.review.fill(figures, unit, year);
		return figures;
	}

}
