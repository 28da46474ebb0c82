package org.ogirollup.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.finding.Finding;
import org.ogirollup.generator.report.CjkFonts;
import org.ogirollup.input.DocumentKind;
import org.ogirollup.input.ReportDocuments;
import org.ogirollup.registry.Level;
import org.ogirollup.registry.Unit;
import org.ogirollup.submission.Scope;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.Value;
import org.ogirollup.submission.report.PublishedReportReader;

import org.ogirollup.TestPrerequisites;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of document the generator writes, read back by the pipeline's own readers, gives
 * exactly the generator's figures: every printed cell of both formats, with no finding at all.
 */
class ReportDocumentsRoundTripTest {

	private static final Unit COUNTY = new Unit("210102", "沈阳市和平区", Level.COUNTY, "210100");

	private static final Unit DEPARTMENT = new Unit("210100-D01", "沈阳市发展和改革委员会", Level.DEPARTMENT, "210100");

	private static final ReportDocumentMaker MAKER = new ReportDocumentMaker(CjkFonts.find());

	static List<Arguments> documents() {
		List<Arguments> documents = new ArrayList<>();
		for (ReportKind kind : ReportKind.values()) {
			for (int year : List.of(2019, 2021, 2022)) {
				documents.add(Arguments.of(kind, year, COUNTY));
				documents.add(Arguments.of(kind, year, DEPARTMENT));
			}
		}
		return documents;
	}

	@ParameterizedTest(name = "{0} {1} {2}")
	@MethodSource("documents")
	void readingTheDocumentBackGivesEveryFigure(ReportKind kind, int year, Unit unit) throws Exception {
		TestPrerequisites.require(MAKER.writes(kind), "no font with Chinese characters for PDF: .ci/run installs it, or apt-get install fonts-wqy-microhei");
		Figures figures = new FigureMaker(2019).make(unit, year);
		byte[] bytes = MAKER.write(kind, unit, year, figures);

		String file = unit.code() + MAKER.extension(kind);
		PublishedReportReader.Reading reading = new PublishedReportReader()
			.read(ReportDocuments.read(DocumentKind.of(file, bytes), bytes), file, unit.code(), year, Scope.OWN);

		assertThat(reading.isReport()).as(reading.whyNotAReport()).isTrue();
		Submission submission = reading.read().submission();
		Catalog catalog = figures.catalog();
		assertThat(submission.catalog()).isSameAs(catalog);
		List<String> wrong = new ArrayList<>();
		for (Item item : catalog.printedItems()) {
			Value value = submission.value(item).orElse(null);
			String read = (value == null || value.number() == null) ? null : value.number().toPlainString();
			// money is written with two decimals (12.30) and read as a number (12.3)
			if (value == null || value.state() != Value.State.GIVEN
					|| new BigDecimal(figures.text(item)).compareTo(value.number()) != 0) {
				wrong.add(item.code() + ": " + read + " (" + ((value == null) ? "absent" : value.state()) + ") instead of "
						+ figures.text(item));
			}
		}
		assertThat(wrong).as(String.join("\n", reading.read().findings().stream().map(Finding::message).toList()))
			.isEmpty();
		// nothing to interpret: no extra row, no missing row, no unit to guess, no blank to derive
		assertThat(reading.read().findings()).extracting(Finding::message).isEmpty();
	}

}
