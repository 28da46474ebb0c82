package org.ogirollup.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.command.AggregateCommand;
import org.ogirollup.command.CommandLine;
import org.ogirollup.generator.Generator;
import org.ogirollup.generator.GeneratorOptions;
import org.ogirollup.text.TextDecoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The acceptance check of the aggregate job, in the project: a generated province with one
 * planted defect of every kind, GB18030 and BOM/CRLF files and blank values. Every total is
 * recomputed here independently from the generated files, every planted defect must be reported
 * with its severity and rule id, and no clean submission may get an error.
 */
class GeneratedProvinceAcceptanceTests {

	private static final List<Integer> YEARS = List.of(2020, 2021);

	@TempDir
	static Path work;

	private static Path input;

	private static Path output;

	private static List<Map<String, String>> defects;

	@BeforeAll
	static void generateAndAggregate() throws Exception {
		input = work.resolve("input");
		output = work.resolve("output");
		new Generator(GeneratorOptions.builder("21").years(YEARS).departments(1).defects(1).consolidated(true).build())
			.generate(input);
		defects = rows(input.resolve("defects.csv"));
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
		int exit = new CommandLine(List.of(new AggregateCommand(out)), out, out).run("aggregate", "--input=" + input,
				"--output=" + output, "--data=" + work.resolve("db"));
		assertThat(exit).as(console.toString(StandardCharsets.UTF_8)).isZero();
	}

	@Test
	void everyPlantedDefectIsReportedWithItsSeverityAndRule() throws IOException {
		assertThat(defects).extracting((defect) -> defect.get("kind")).contains("R1", "R2", "R3", "R5", "R6", "X1");
		for (Map<String, String> defect : defects) {
			List<Map<String, String>> findings = findings(Integer.parseInt(defect.get("report_year"))).stream()
				.filter((finding) -> finding.get("unit_code").equals(defect.get("unit_code")))
				.toList();
			String kind = defect.get("kind");
			boolean warning = kind.equals("blank_value") || kind.equals("X1");
			String severity = warning ? "warning" : "error";
			assertThat(findings).as(defect.toString())
				.anySatisfy((finding) -> assertThat(finding.get("severity")).isEqualTo(severity));
			if (kind.matches("R[1-6]|X1")) {
				assertThat(findings).as(defect.toString())
					.anySatisfy((finding) -> assertThat(finding.get("rule_id")).isEqualTo(kind));
			}
		}
	}

	@Test
	void noCleanSubmissionGetsAnError() throws IOException {
		Set<String> defective = new HashSet<>();
		defects.forEach((defect) -> defective.add(defect.get("report_year") + "/" + defect.get("unit_code")));
		for (int year : YEARS) {
			assertThat(findings(year)).filteredOn((finding) -> finding.get("severity").equals("error"))
				.allSatisfy((finding) -> assertThat(defective).contains(year + "/" + finding.get("unit_code")));
		}
	}

	@Test
	void everyTotalEqualsTheSumOfTheAcceptedSubmissionsBelowIt() throws IOException {
		Map<String, String> parents = new HashMap<>();
		Map<String, String> levels = new HashMap<>();
		for (Map<String, String> unit : rows(input.resolve("units.csv"))) {
			parents.put(unit.get("code"), unit.get("parent_code"));
			levels.put(unit.get("code"), unit.get("level"));
		}
		for (int year : YEARS) {
			Set<String> rejected = rejectedUnits(year);
			Map<String, BigDecimal> expected = new HashMap<>();
			for (Path file : files(input.resolve(String.valueOf(year)))) {
				for (CSVRecord row : records(file)) {
					String unit = row.get("unit_code");
					boolean consolidated = row.isMapped("scope") && row.get("scope").equals("consolidated");
					if (consolidated || rejected.contains(unit) || !parents.containsKey(unit) || row.get("value").isEmpty()) {
						continue;
					}
					for (String node = unit; !node.isEmpty(); node = parents.get(node)) {
						if (!levels.get(node).equals("department")) {
							expected.merge(node + " " + row.get("item"), new BigDecimal(row.get("value")), BigDecimal::add);
						}
					}
				}
			}
			List<Map<String, String>> totals = rows(output.resolve(year + "/totals.csv"));
			assertThat(totals).hasSize(115 * Catalog.forReportYear(year).size());
			derivedSumsOfTheirRows(year).forEach((derived, parts) -> parts.forEach((part) -> {
				for (String node : expected.keySet().stream().map((key) -> key.split(" ")[0]).distinct().toList()) {
					expected.merge(node + " " + derived, expected.getOrDefault(node + " " + part, BigDecimal.ZERO), BigDecimal::add);
				}
			}));
			for (Map<String, String> total : totals) {
				BigDecimal want = expected.getOrDefault(total.get("node_code") + " " + total.get("item"), BigDecimal.ZERO);
				assertThat(new BigDecimal(total.get("value"))).as(year + " " + total.get("node_code") + " " + total.get("item"))
					.isEqualByComparingTo(want);
			}
		}
	}

	/** The derived sums of a year's catalog, by code, each with the codes of its parts. */
	private static Map<String, List<String>> derivedSumsOfTheirRows(int year) {
		Map<String, List<String>> sums = new HashMap<>();
		Catalog.forReportYear(year).derivedSums().forEach((sum, parts) -> sums.put(sum.code().value(),
				parts.stream().map((part) -> part.code().value()).toList()));
		return sums;
	}

	@Test
	void coverageCountsAreExact() throws IOException {
		for (int year : YEARS) {
			Map<String, String> province = rows(output.resolve(year + "/coverage.csv")).get(0);
			int rejected = rejectedUnits(year).size();
			assertThat(province.get("node_code")).isEqualTo("210000");
			assertThat(province.get("expected")).isEqualTo("230");
			assertThat(Integer.parseInt(province.get("rejected"))).isEqualTo(rejected);
			assertThat(Integer.parseInt(province.get("accepted"))).isEqualTo(230 - rejected);
			assertThat(province.get("missing")).isEqualTo("0");
		}
	}

	@Test
	void everyDeltaIsTheDifferenceOfTheTwoYearsTotals() throws IOException {
		Map<String, String> previous = totalsByNodeAndItem(2020);
		Map<String, String> current = totalsByNodeAndItem(2021);
		List<Map<String, String>> deltas = rows(output.resolve("2021/yoy.csv"));
		assertThat(deltas).isNotEmpty();
		for (Map<String, String> delta : deltas) {
			String key = delta.get("node_code") + " " + delta.get("item");
			switch (delta.get("comparability")) {
				case "exact" -> {
					assertThat(delta.get("previous")).as(key).isEqualTo(previous.get(key));
					assertThat(delta.get("current")).as(key).isEqualTo(current.get(key));
					assertThat(new BigDecimal(delta.get("delta"))).as(key)
						.isEqualByComparingTo(new BigDecimal(current.get(key)).subtract(new BigDecimal(previous.get(key))));
				}
				case "group" -> {
					String column = delta.get("item").substring("apply.result.other.".length());
					BigDecimal sum = Stream.of("no_correction", "fee_unpaid", "misc")
						.map((row) -> new BigDecimal(current.get(delta.get("node_code") + " apply.result.other." + row + "."
								+ column)))
						.reduce(BigDecimal.ZERO, BigDecimal::add);
					assertThat(new BigDecimal(delta.get("current"))).as(key).isEqualByComparingTo(sum);
					assertThat(delta.get("previous")).as(key).isEqualTo(previous.get(key));
				}
				case "approximate" -> assertThat(delta.get("item")).as(key).endsWith(".issued");
				default -> assertThat(delta.get("previous")).as(key).isEmpty();
			}
		}
		assertThat(deltas).filteredOn((delta) -> delta.get("node_code").equals("210000"))
			.extracting((delta) -> delta.get("comparability"))
			.contains("exact", "approximate", "group", "not_comparable");
	}

	@Test
	void everyReconciliationDifferenceIsReportedMinusComputed() throws IOException {
		Map<String, String> computed = totalsByNodeAndItem(2021);
		Map<String, BigDecimal> reported = new HashMap<>();
		for (Path file : files(input.resolve("2021"))) {
			if (file.getFileName().toString().endsWith(".consolidated.csv")) {
				for (CSVRecord row : records(file)) {
					reported.put(row.get("unit_code") + " " + row.get("item"), new BigDecimal(row.get("value")));
				}
			}
		}
		List<Map<String, String>> rows = rows(output.resolve("2021/reconciliation.csv"));
		assertThat(rows).hasSize(15 * 200);
		for (Map<String, String> row : rows) {
			String key = row.get("node_code") + " " + row.get("item");
			assertThat(new BigDecimal(row.get("reported"))).as(key).isEqualByComparingTo(reported.get(key));
			assertThat(row.get("computed")).as(key).isEqualTo(computed.get(key));
			assertThat(new BigDecimal(row.get("difference"))).as(key)
				.isEqualByComparingTo(reported.get(key).subtract(new BigDecimal(computed.get(key))));
		}
	}

	@Test
	void aCarryOverMismatchIsAWarningAndTheSubmissionStaysInTheTotals() throws IOException {
		Map<String, String> planted = defects.stream()
			.filter((defect) -> defect.get("kind").equals("X1"))
			.findFirst()
			.orElseThrow();
		assertThat(findings(2021)).filteredOn((finding) -> finding.get("unit_code").equals(planted.get("unit_code")))
			.extracting((finding) -> finding.get("rule_id"), (finding) -> finding.get("severity"))
			.containsOnly(tuple("X1", "warning"));
		assertThat(rows(output.resolve("2021/missing.csv"))).isEmpty();
	}

	private static Map<String, String> totalsByNodeAndItem(int year) throws IOException {
		Map<String, String> totals = new HashMap<>();
		rows(output.resolve(year + "/totals.csv"))
			.forEach((row) -> totals.put(row.get("node_code") + " " + row.get("item"), row.get("value")));
		return totals;
	}

	/** The registered units that a planted error makes the job reject. */
	private static Set<String> rejectedUnits(int year) {
		Set<String> units = new HashSet<>();
		defects.stream()
			.filter((defect) -> Integer.parseInt(defect.get("report_year")) == year)
			.filter((defect) -> !List.of("blank_value", "X1", "unknown_unit").contains(defect.get("kind")))
			.forEach((defect) -> units.add(defect.get("unit_code")));
		return units;
	}

	private static List<Map<String, String>> findings(int year) throws IOException {
		return rows(output.resolve(year + "/validation.csv"));
	}

	private static List<Map<String, String>> rows(Path file) throws IOException {
		return records(file).stream().map(CSVRecord::toMap).toList();
	}

	private static List<CSVRecord> records(Path file) throws IOException {
		String text = TextDecoding.decode(Files.readAllBytes(file)).text();
		try (Reader reader = new StringReader(text)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private static List<Path> files(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((file) -> file.toString().endsWith(".csv")).sorted().toList();
		}
	}

}
