package org.ogirollup.generator;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.ogirollup.catalog.Item;
import org.ogirollup.input.DocumentKind;
import org.ogirollup.input.ReportDocuments;
import org.ogirollup.registry.Level;
import org.ogirollup.registry.Unit;
import org.ogirollup.submission.Scope;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.Value;
import org.ogirollup.submission.report.PublishedReportReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published documents of the demo ({@code input/}, made by {@code scripts/make-demo.sh}):
 * each year has a web page, Word, Excel and PDF reports, and each reads back to exactly the
 * figures the generator made for its unit, so the demo's totals stay those of its CSV.
 */
class DemoDocumentsTest {

	private static final Path DEMO = Path.of("input");

	@ParameterizedTest
	@ValueSource(ints = { 2019, 2020, 2021 })
	void everyDocumentOfTheDemoGivesItsUnitsGeneratedFigures(int year) throws Exception {
		Map<String, Unit> units = units();
		FigureMaker maker = new FigureMaker(GeneratorOptions.DEFAULT_SEED);
		Set<DocumentKind> kinds = new TreeSet<>();
		List<String> wrong = new ArrayList<>();
		try (Stream<Path> files = Files.list(DEMO.resolve(Integer.toString(year)))) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				byte[] bytes = Files.readAllBytes(file);
				DocumentKind kind = DocumentKind.of(name, bytes);
				if (kind == DocumentKind.CSV || name.endsWith(".txt")) {
					continue;
				}
				kinds.add(kind);
				Unit unit = units.get(name.substring(0, name.lastIndexOf('.')));
				assertThat(unit).as(name).isNotNull();
				Figures figures = maker.make(unit, year);
				PublishedReportReader.Reading reading = new PublishedReportReader()
					.read(ReportDocuments.read(kind, bytes), name, unit.code(), year, Scope.OWN);
				assertThat(reading.isReport()).as(name + ": " + reading.whyNotAReport()).isTrue();
				Submission submission = reading.read().submission();
				for (Item item : figures.catalog().printedItems()) {
					Value value = submission.value(item).orElse(null);
					if (value == null || value.number() == null
							|| new BigDecimal(figures.text(item)).compareTo(value.number()) != 0) {
						wrong.add(name + " " + item.code() + ": " + ((value == null) ? null : value.number()) + " instead of "
								+ figures.text(item));
					}
				}
			}
		}
		assertThat(kinds).containsExactlyInAnyOrder(DocumentKind.HTML, DocumentKind.WORD, DocumentKind.EXCEL,
				DocumentKind.PDF);
		assertThat(wrong).isEmpty();
	}

	private static Map<String, Unit> units() throws IOException {
		Map<String, Unit> units = new HashMap<>();
		List<String> lines = Files.readAllLines(DEMO.resolve(Generator.UNITS_FILE), StandardCharsets.UTF_8);
		for (String line : lines.subList(1, lines.size())) {
			String[] fields = line.split(",", -1);
			units.put(fields[0], new Unit(fields[0], fields[1], Level.fromLabel(fields[2]).orElseThrow(), fields[3]));
		}
		return units;
	}

}
