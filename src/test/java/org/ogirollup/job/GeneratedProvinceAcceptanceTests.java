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

import org.ogirollup.command.AggregateCommand;
import org.ogirollup.command.CommandLine;
import org.ogirollup.generator.Generator;
import org.ogirollup.generator.GeneratorOptions;
import org.ogirollup.text.TextDecoding;

import static org.assertj.core.api.Assertions.assertThat;

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
		new Generator(GeneratorOptions.builder("21").years(YEARS).departments(1).defects(1).build()).generate(input);
		defects = rows(input.resolve("defects.csv"));
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
		int exit = new CommandLine(List.of(new AggregateCommand(out)), out, out).run("aggregate", "--input=" + input,
				"--output=" + output, "--data=" + work.resolve("db"));
		assertThat(exit).as(console.toString(StandardCharsets.UTF_8)).isZero();
	}

	@Test
	void everyPlantedDefectIsReportedWithItsSeverityAndRule() throws IOException {
		assertThat(defects).hasSizeGreaterThanOrEqualTo(13);
		for (Map<String, String> defect : defects) {
			List<Map<String, String>> findings = findings(Integer.parseInt(defect.get("report_year"))).stream()
				.filter((finding) -> finding.get("unit_code").equals(defect.get("unit_code")))
				.toList();
			String kind = defect.get("kind");
			String severity = kind.equals("blank_value") ? "warning" : "error";
			assertThat(findings).as(defect.toString())
				.anySatisfy((finding) -> assertThat(finding.get("severity")).isEqualTo(severity));
			if (kind.matches("R[1-6]")) {
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
					if (rejected.contains(unit) || !parents.containsKey(unit) || row.get("value").isEmpty()) {
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
			assertThat(totals).hasSize(115 * ((year < 2021) ? 198 : 200));
			for (Map<String, String> total : totals) {
				BigDecimal want = expected.getOrDefault(total.get("node_code") + " " + total.get("item"), BigDecimal.ZERO);
				assertThat(new BigDecimal(total.get("value"))).as(year + " " + total.get("node_code") + " " + total.get("item"))
					.isEqualByComparingTo(want);
			}
		}
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

	/** The registered units that a planted error makes the job reject. */
	private static Set<String> rejectedUnits(int year) {
		Set<String> units = new HashSet<>();
		defects.stream()
			.filter((defect) -> Integer.parseInt(defect.get("report_year")) == year)
			.filter((defect) -> !defect.get("kind").equals("blank_value") && !defect.get("kind").equals("unknown_unit"))
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
