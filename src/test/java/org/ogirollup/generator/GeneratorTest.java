package org.ogirollup.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;

class GeneratorTest {

	private static final GeneratorOptions OPTIONS = GeneratorOptions.builder("21")
		.years(2019, 2020, 2021)
		.departments(2)
		.consolidated(true)
		.build();

	@TempDir
	static Path output;

	static GenerationSummary summary;

	static List<SubmissionCsv.Read> submissions;

	@BeforeAll
	static void generate() throws IOException {
		summary = new Generator(OPTIONS).generate(output);
		submissions = SubmissionCsv.readAll(output);
	}

	@Test
	void summaryCountsWhatWasWritten() throws IOException {
		assertEquals(115 * 3, summary.units());
		// own submissions of every unit, plus the consolidated ones of 14 cities and the province
		assertEquals(3 * (115 * 3 + 15), summary.submissions());
		assertEquals(summary.submissions(), submissions.size());
		assertEquals(SubmissionCsv.csvFiles(output).size(), summary.files());
		assertEquals(0, summary.defects());
		assertFalse(Files.exists(output.resolve("defects.csv")));
	}

	@Test
	void registryFileFollowsTheContract() throws IOException {
		List<String> lines = Files.readAllLines(output.resolve("units.csv"), StandardCharsets.UTF_8);
		assertEquals("code,name,level,parent_code", lines.get(0));
		assertEquals("210000,辽宁省,province,", lines.get(1));
		assertTrue(lines.contains("210900-D02,阜新市教育局,department,210900"));
		assertEquals(1 + 115 * 3, lines.size());
	}

	@Test
	void everySubmissionHoldsEveryItemInCatalogOrder() {
		for (SubmissionCsv.Read read : submissions) {
			Catalog catalog = Catalog.forReportYear(Integer.parseInt(read.reportYear()));
			List<String> codes = catalog.printedItems().stream().map((item) -> item.code().value()).toList();
			assertEquals(codes, List.copyOf(read.values().keySet()), read.file());
			assertTrue(read.file().startsWith(read.reportYear() + "/"), read.file());
		}
	}

	@Test
	void everySubmissionSatisfiesTheRules() {
		for (SubmissionCsv.Read read : submissions) {
			assertEquals(Set.of(), RuleCheck.broken(read), read.file() + " " + read.unitCode());
		}
	}

	@Test
	void moneyHasTwoDecimalsInTheCatalogUnit() {
		long nonZero = submissions.stream()
			.filter((read) -> !read.values().getOrDefault("active.art20_8.admin_fee.amount_wan", "0.00").equals("0.00")
					|| !read.values().getOrDefault("active.art20_9.central_procurement.amount", "0.00").equals("0.00"))
			.count();
		assertTrue(nonZero > 0, "some money is spent");
	}

	@Test
	void carriedInIsLastYearsCarriedOut() {
		Map<String, SubmissionCsv.Read> byKey = byKey();
		int checked = 0;
		for (SubmissionCsv.Read read : submissions) {
			SubmissionCsv.Read previous = byKey.get(read.unitCode() + "|" + (Integer.parseInt(read.reportYear()) - 1)
					+ "|" + read.scope());
			if (previous == null) {
				continue;
			}
			for (String column : RuleCheck.COLUMNS) {
				assertEquals(previous.get("apply.carried_out." + column), read.get("apply.carried_in." + column),
						"X1 " + read.unitCode() + " " + read.reportYear() + " " + column);
			}
			checked++;
		}
		assertEquals(2 * (115 * 3 + 15), checked);
		assertTrue(submissions.stream().anyMatch((read) -> read.get("apply.carried_in.total") > 0));
	}

	@Test
	void itemStocksCarryOverBetweenYears(@TempDir Path later) throws IOException {
		Map<String, SubmissionCsv.Read> byKey = byKey();
		for (SubmissionCsv.Read read : submissions) {
			String unit = read.unitCode() + "|";
			if (read.reportYear().equals("2020")) {
				SubmissionCsv.Read before = byKey.get(unit + "2019|" + read.scope());
				for (String row : List.of("active.art20_5.licensing", "active.art20_5.other_mgmt_service",
						"active.art20_6.penalty", "active.art20_6.coercion", "active.art20_8.admin_fee")) {
					assertEquals(before.get(row + ".prev_items") + before.get(row + ".delta"), read.get(row + ".prev_items"),
							"X2 " + unit + row);
				}
			}
		}
		// X3 needs two F2021 years
		new Generator(GeneratorOptions.builder("21").years(2021, 2022).departments(1).build()).generate(later);
		Map<String, SubmissionCsv.Read> stock = SubmissionCsv.readAll(later)
			.stream()
			.collect(Collectors.toMap(SubmissionCsv.Read::key, (read) -> read));
		long changes = 0;
		for (SubmissionCsv.Read read : stock.values()) {
			if (read.reportYear().equals("2022")) {
				SubmissionCsv.Read before = stock.get(read.unitCode() + "|2021|own");
				for (String row : List.of("active.art20_1.regulation", "active.art20_1.normative_doc")) {
					assertEquals(before.get(row + ".in_force") + read.get(row + ".issued") - read.get(row + ".repealed"),
							read.get(row + ".in_force"), "X3 " + read.unitCode() + " " + row);
					changes += read.get(row + ".repealed");
				}
			}
		}
		assertTrue(changes > 0, "some documents are repealed");
	}

	@Test
	void consolidatedIsTheSumOfTheRegionsOwnSubmissions() throws IOException {
		Map<String, String> parents = new HashMap<>();
		for (String line : Files.readAllLines(output.resolve("units.csv")).subList(1, 1 + 115 * 3)) {
			String[] cells = line.split(",", -1);
			parents.put(cells[0], cells[3]);
		}
		for (String region : List.of("210900", "210000")) {
			for (String year : List.of("2019", "2021")) {
				SubmissionCsv.Read consolidated = byKey().get(region + "|" + year + "|consolidated");
				assertEquals(region + "." + "consolidated.csv", consolidated.file().substring(5));
				for (Item item : Catalog.forReportYear(Integer.parseInt(year)).printedItems()) {
					String code = item.code().value();
					java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
					for (SubmissionCsv.Read read : submissions) {
						if (read.scope().equals("own") && read.reportYear().equals(year)
								&& within(read.unitCode(), region, parents)) {
							sum = sum.add(new java.math.BigDecimal(read.values().get(code)));
						}
					}
					assertEquals(0, sum.compareTo(new java.math.BigDecimal(consolidated.values().get(code))),
							region + " " + year + " " + code);
				}
			}
		}
	}

	@Test
	void aFewFilesAreGb18030WithLabels() throws IOException {
		int gb18030 = 0;
		for (Path file : SubmissionCsv.csvFiles(output)) {
			byte[] bytes = Files.readAllBytes(file);
			if (SubmissionCsv.isUtf8(bytes)) {
				continue;
			}
			gb18030++;
			String text = new String(bytes, Charset.forName("GB18030"));
			assertTrue(text.startsWith("unit_code,report_year,item,value,label\r\n"), file.toString());
			SubmissionCsv.Read read = SubmissionCsv.readFile(output, file).get(0);
			Catalog catalog = Catalog.forReportYear(Integer.parseInt(read.reportYear()));
			assertEquals(catalog.printedItems().stream().map(Item::label).toList(), read.labels());
			assertTrue(read.labels().contains("（一）予以公开（自然人）"), file.toString());
		}
		assertTrue(gb18030 > 0, "no GB18030 file");
	}

	@Test
	void aFewFilesHaveBomAndCrlf() throws IOException {
		long withBom = 0;
		for (Path file : SubmissionCsv.csvFiles(output)) {
			byte[] bytes = Files.readAllBytes(file);
			if (bytes.length > 3 && (bytes[0] & 0xff) == 0xEF) {
				withBom++;
				assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("label\r\n"), file.toString());
			}
		}
		assertTrue(withBom > 0, "no file with a BOM");
	}

	@Test
	void someGovernmentsSendTheirDepartmentsInOneFile() {
		Map<String, List<SubmissionCsv.Read>> byFile = submissions.stream()
			.collect(Collectors.groupingBy(SubmissionCsv.Read::file));
		List<String> grouped = byFile.keySet().stream().filter((file) -> file.endsWith("-departments.csv")).toList();
		assertFalse(grouped.isEmpty());
		for (String file : grouped) {
			String government = file.substring(5, file.indexOf("-departments"));
			assertEquals(List.of(government + "-D01", government + "-D02"),
					byFile.get(file).stream().map(SubmissionCsv.Read::unitCode).toList());
			assertFalse(byFile.containsKey(file.substring(0, 5) + government + "-D01.csv"));
		}
	}

	@Test
	void sameOptionsGiveByteIdenticalFiles(@TempDir Path again) throws IOException {
		new Generator(OPTIONS).generate(again);
		assertSameFiles(output, again, "2019", "2020", "2021");
	}

	@Test
	void aYearDoesNotDependOnTheOtherYearsGenerated(@TempDir Path alone) throws IOException {
		new Generator(GeneratorOptions.builder("21").years(2021).departments(2).consolidated(true).build())
			.generate(alone);
		assertSameFiles(output, alone, "2021");
	}

	@Test
	void anotherSeedGivesOtherNumbers(@TempDir Path other) throws IOException {
		new Generator(GeneratorOptions.builder("21").years(2019).departments(2).seed(7).build()).generate(other);
		assertFalse(java.util.Arrays.equals(Files.readAllBytes(output.resolve("2019/210000.csv")),
				Files.readAllBytes(other.resolve("2019/210000.csv"))));
	}

	@Test
	void refusesToMixWithAnEarlierRun() {
		IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
				() -> new Generator(OPTIONS).generate(output));
		assertTrue(ex.getMessage().startsWith("output:"), ex.getMessage());
	}

	static void assertSameFiles(Path expected, Path actual, String... years) throws IOException {
		for (String year : years) {
			List<Path> files = SubmissionCsv.csvFiles(expected.resolve(year).getParent())
				.stream()
				.filter((file) -> file.getParent().getFileName().toString().equals(year))
				.toList();
			List<String> names = files.stream().map((file) -> file.getFileName().toString()).toList();
			try (var listing = Files.list(actual.resolve(year))) {
				assertEquals(names, listing.map((file) -> file.getFileName().toString()).sorted().toList());
			}
			for (Path file : files) {
				assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(actual.resolve(year).resolve(file.getFileName())),
						file.toString());
			}
		}
	}

	private static boolean within(String unit, String region, Map<String, String> parents) {
		for (String at = unit; at != null && !at.isEmpty(); at = parents.get(at)) {
			if (at.equals(region)) {
				return true;
			}
		}
		return false;
	}

	private static Map<String, SubmissionCsv.Read> byKey() {
		return submissions.stream().collect(Collectors.toMap(SubmissionCsv.Read::key, (read) -> read));
	}

}
