package org.ogirollup.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogirollup.catalog.Catalog;

class DefectsTest {

	@TempDir
	static Path output;

	static GenerationSummary summary;

	static List<CSVRecord> manifest;

	static List<SubmissionCsv.Read> submissions;

	@BeforeAll
	static void generate() throws IOException {
		summary = new Generator(GeneratorOptions.builder("21").years(2019, 2020, 2021).departments(2).defects(1).build())
			.generate(output);
		try (Reader in = Files.newBufferedReader(output.resolve("defects.csv"), StandardCharsets.UTF_8)) {
			manifest = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
		}
		submissions = SubmissionCsv.readAll(output);
	}

	@Test
	void manifestListsEveryKindOnce() throws IOException {
		assertEquals("report_year,unit_code,file,kind,item,detail",
				Files.readAllLines(output.resolve("defects.csv")).get(0));
		List<String> kinds = manifest.stream().map((row) -> row.get("kind")).sorted().toList();
		assertEquals(Arrays.stream(DefectKind.values()).map(DefectKind::label).sorted().toList(), kinds);
		assertEquals(DefectKind.values().length, summary.defects());
		Set<String> submissionsHit = new HashSet<>();
		for (CSVRecord row : manifest) {
			assertTrue(submissionsHit.add(row.get("report_year") + "|" + row.get("unit_code")), "two defects in " + row);
			assertTrue(Files.exists(output.resolve(row.get("file"))), row.get("file"));
			assertTrue(row.get("file").startsWith(row.get("report_year") + "/"), row.get("file"));
		}
	}

	@Test
	void arithmeticDefectsBreakOnlyTheirRules() {
		assertBroken("R1", (column) -> Set.of("R1:" + column, "R1:total"));
		assertBroken("R2", (column) -> Set.of("R2:apply.result.disclosed", "R3:total"));
		assertBroken("R3", (column) -> Set.of("R3:" + column, "R3:total"));
		assertBroken("R5", (column) -> Set.of("R5:review"));
		assertBroken("R6", (column) -> Set.of("R6:apply.result.disclosed." + column));
	}

	@Test
	void valueDefectsAreInTheFile() {
		SubmissionCsv.Read decimal = planted("decimal_in_count");
		assertTrue(decimal.values().get(row("decimal_in_count").get("item")).matches("\\d+\\.5"));
		assertEquals("#REF!", planted("non_number").values().get(row("non_number").get("item")));
		assertEquals("", planted("blank_value").values().get(row("blank_value").get("item")));
		assertEquals(Set.of("FORM:" + row("decimal_in_count").get("item")), RuleCheck.broken(decimal));
		assertEquals(Set.of(), RuleCheck.broken(planted("blank_value")));
	}

	@Test
	void itemDefectsAreInTheFile() {
		SubmissionCsv.Read missing = planted("missing_item");
		assertFalse(missing.values().containsKey(row("missing_item").get("item")));
		assertEquals(Set.of("MISSING:" + row("missing_item").get("item")), RuleCheck.broken(missing));
		SubmissionCsv.Read unknown = planted("unknown_item");
		String bad = row("unknown_item").get("item");
		assertEquals("0", unknown.values().get(bad));
		Catalog catalog = Catalog.forReportYear(Integer.parseInt(unknown.reportYear()));
		assertTrue(catalog.item(bad).isEmpty());
		assertEquals(catalog.printedItems().size() + 1, unknown.values().size());
	}

	@Test
	void unitDefectsAreInTheFile() throws IOException {
		CSVRecord stranger = row("unknown_unit");
		List<String> registry = Files.readAllLines(output.resolve("units.csv"));
		assertTrue(registry.stream().noneMatch((line) -> line.startsWith(stranger.get("unit_code") + ",")));
		assertEquals(stranger.get("report_year"), planted("unknown_unit").reportYear());

		CSVRecord mismatch = row("year_mismatch");
		SubmissionCsv.Read shifted = SubmissionCsv.readFile(output, output.resolve(mismatch.get("file")))
			.stream()
			.filter((read) -> read.unitCode().equals(mismatch.get("unit_code")))
			.findFirst()
			.orElseThrow();
		assertEquals(Integer.parseInt(mismatch.get("report_year")) + 1, Integer.parseInt(shifted.reportYear()));

		CSVRecord duplicate = row("duplicate_submission");
		List<SubmissionCsv.Read> copies = submissions.stream()
			.filter((read) -> read.unitCode().equals(duplicate.get("unit_code"))
					&& read.reportYear().equals(duplicate.get("report_year")))
			.toList();
		assertEquals(2, copies.size());
		assertEquals(copies.get(0).values(), copies.get(1).values());
		assertTrue(copies.stream().anyMatch((read) -> read.file().equals(duplicate.get("file"))));
	}

	@Test
	void everythingElseIsClean() {
		Set<String> defective = manifest.stream()
			.map((row) -> row.get("unit_code") + "|" + row.get("report_year"))
			.collect(Collectors.toCollection(HashSet::new));
		CSVRecord mismatch = row("year_mismatch");
		defective.add(mismatch.get("unit_code") + "|" + (Integer.parseInt(mismatch.get("report_year")) + 1));
		int clean = 0;
		for (SubmissionCsv.Read read : submissions) {
			if (!defective.contains(read.unitCode() + "|" + read.reportYear())) {
				assertEquals(Set.of(), RuleCheck.broken(read), read.file() + " " + read.unitCode());
				clean++;
			}
		}
		// the duplicate's original, the unknown unit's and the shifted submission are extra
		assertEquals(115 * 3 * 3 - DefectKind.values().length + 1, clean);
	}

	@Test
	void tooManyDefectsAreRefused(@TempDir Path elsewhere) {
		IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
				() -> new Generator(GeneratorOptions.builder("21").years(2021).departments(0).defects(50).build())
					.generate(elsewhere));
		assertTrue(ex.getMessage().startsWith("defects:"), ex.getMessage());
	}

	private static void assertBroken(String kind, java.util.function.Function<String, Set<String>> expected) {
		CSVRecord row = row(kind);
		String item = row.get("item");
		String column = item.substring(item.lastIndexOf('.') + 1);
		if (kind.equals("R2") || kind.equals("R5")) {
			column = "";
		}
		assertEquals(expected.apply(column), RuleCheck.broken(planted(kind)), row.toString());
	}

	private static CSVRecord row(String kind) {
		return manifest.stream().filter((row) -> row.get("kind").equals(kind)).findFirst().orElseThrow();
	}

	/** The submission a manifest row points at, read back from its file. */
	private static SubmissionCsv.Read planted(String kind) {
		CSVRecord row = row(kind);
		List<SubmissionCsv.Read> found = new ArrayList<>();
		for (SubmissionCsv.Read read : submissions) {
			if (read.file().equals(row.get("file")) && read.unitCode().equals(row.get("unit_code"))) {
				found.add(read);
			}
		}
		assertEquals(1, found.size(), row.toString());
		return found.get(0);
	}

}
