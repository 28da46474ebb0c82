package org.ogirollup.localisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ogirollup.catalog.Item;
import org.ogirollup.generator.Generator;
import org.ogirollup.generator.GeneratorOptions;
import org.ogirollup.input.InputFolder;
import org.ogirollup.input.SubmissionFiles;
import org.ogirollup.rules.RuleSet;
import org.ogirollup.submission.Scope;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.SubmissionRead;
import org.ogirollup.submission.Value;

/**
 * The acceptance check of issue 16 in the project: a generated province (辽宁, 460 units, 2020 in
 * the 2019 format and 2021 in the 2021 format, clean by construction), then single-cell errors
 * of random cells of the rules planted one at a time: a random new number, a small offset, two
 * neighbouring digits swapped, or one digit changed. Where the smallest fix is unique, it must
 * name the planted cell and its true value in at least 95 % of the cases; a clean submission must
 * never get a suggestion. The rates and the time per faulty submission are printed.
 */
class LocalisationAcceptanceTests {

	private static final int PLANTS_PER_SUBMISSION = 3;

	@TempDir
	static Path work;

	private static List<Submission> clean;

	/** How a planted error changes a number. */
	enum Plant {

		NEW_NUMBER, OFFSET, TRANSPOSITION, ONE_DIGIT

	}

	/** One planted error and what the localisation made of it. */
	record Case(Plant plant, String section, boolean unique, boolean named, boolean listed, boolean found) {
	}

	@BeforeAll
	static void generate() throws IOException {
		Path input = work.resolve("input");
		new Generator(GeneratorOptions.builder("21").years(2020, 2021).departments(3).build()).generate(input);
		clean = new ArrayList<>();
		for (String year : List.of("2020", "2021")) {
			SubmissionFiles files = new SubmissionFiles(InputFolder.of(input), Integer.parseInt(year), (code) -> true);
			for (Path file : InputFolder.entries(input.resolve(year))) {
				files.read(file)
					.submissions()
					.stream()
					.map(SubmissionRead::submission)
					.filter((submission) -> submission.scope() == Scope.OWN)
					.forEach(clean::add);
			}
		}
	}

	@Test
	void aCleanSubmissionNeverGetsASuggestion() {
		SuggestionFindings findings = new SuggestionFindings();
		assertThat(clean).hasSize(920);
		for (Submission submission : clean) {
			assertThat(RuleSet.of(submission.format()).check(submission)).as(submission.toString()).isEmpty();
			assertThat(Localiser.of(submission.format()).localise(submission)).as(submission.toString()).isEmpty();
			assertThat(findings.findings(submission, List.of())).isEmpty();
		}
	}

	@Test
	void aUniqueFixNamesThePlantedCellInAtLeast95PercentOfCases() {
		SplittableRandom random = new SplittableRandom(16);
		List<Case> cases = new ArrayList<>();
		// CPU time of this thread, not wall time: the machine is shared, and waiting for a core is no cost of the search
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		List<Long> nanos = new ArrayList<>();
		for (Submission submission : clean) {
			RuleSystem system = RuleSystem.of(submission.format());
			List<Item> cells = cellsOfTheRules(system);
			for (int i = 0; i < PLANTS_PER_SUBMISSION; i++) {
				Item cell = cells.get(random.nextInt(cells.size()));
				long truth = submission.amount(cell).longValueExact();
				Plant plant = Plant.values()[random.nextInt(Plant.values().length)];
				long wrong = plant(plant, truth, random);
				Submission faulty = with(submission, cell, wrong);
				long start = threads.getCurrentThreadCpuTime();
				Suggestion suggestion = Localiser.of(faulty.format()).localise(faulty).orElseThrow();
				nanos.add(threads.getCurrentThreadCpuTime() - start);
				boolean named = suggestion.best()
					.map((fix) -> fix.changes().size() == 1 && fix.changes().get(0).item().equals(cell)
							&& fix.changes().get(0).suggested().longValueExact() == truth)
					.orElse(false);
				boolean listed = suggestion.fixes().stream()
					.anyMatch((fix) -> fix.items().equals(List.of(cell.code().value())));
				cases.add(new Case(plant, cell.section(), suggestion.unique(), named, listed, suggestion.found()));
			}
		}

		long unique = cases.stream().filter(Case::unique).count();
		long right = cases.stream().filter((c) -> c.unique() && c.named()).count();
		double rate = (double) right / unique;
		List<Long> sorted = nanos.stream().sorted().toList();
		System.out.printf("localisation: %d planted single-cell errors, %d with a unique smallest fix, planted cell"
				+ " named in %d (%.2f %%); CPU per faulty submission %.3f ms mean (the first ones compiling), %.3f ms"
				+ " median, %.1f ms at most%n", cases.size(), unique, right, 100 * rate,
				sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6, sorted.get(sorted.size() / 2) / 1e6,
				sorted.get(sorted.size() - 1) / 1e6);
		Map<Plant, long[]> byPlant = new EnumMap<>(Plant.class);
		for (Case c : cases) {
			long[] counts = byPlant.computeIfAbsent(c.plant(), (key) -> new long[5]);
			counts[0]++;
			counts[1] += c.unique() ? 1 : 0;
			counts[2] += (c.unique() && c.named()) ? 1 : 0;
			counts[3] += (!c.unique() && c.listed()) ? 1 : 0;
			counts[4] += (!c.unique() && c.named()) ? 1 : 0;
		}
		byPlant.forEach((plant, counts) -> System.out.printf(
				"  %-13s %4d cases, %4d unique, %4d named; of the others %4d list the planted cell, %4d first%n", plant,
				counts[0], counts[1], counts[2], counts[3], counts[4]));
		cases.stream().collect(Collectors.groupingBy(Case::section, TreeMap::new, Collectors.toList()))
			.forEach((section, list) -> System.out.printf("  section %s: %4d cases, %4d unique%n", section,
					list.size(), list.stream().filter(Case::unique).count()));

		assertThat(rate).isGreaterThanOrEqualTo(0.95);
		// one wrong cell is always explained within the bound, and an ambiguous one is always among the listed
		assertThat(cases).allSatisfy((c) -> assertThat(c.found()).isTrue());
		assertThat(cases).filteredOn((c) -> !c.unique()).allSatisfy((c) -> assertThat(c.listed()).isTrue());
		// section 三 has a cell of its own at every crossing of a row and a column rule
		assertThat(cases).filteredOn((c) -> c.section().equals("三")).allSatisfy((c) -> assertThat(c.unique()).isTrue());
	}

	/** Every cell that some kept rule contains, in catalog order. */
	private static List<Item> cellsOfTheRules(RuleSystem system) {
		return system.catalog().printedItems().stream().filter((item) -> system.uses(item.index())).toList();
	}

	/** A wrong number for a true one, never the true one and never negative. */
	static long plant(Plant plant, long truth, SplittableRandom random) {
		String digits = Long.toString(truth);
		switch (plant) {
			case TRANSPOSITION -> {
				List<Integer> swappable = new ArrayList<>();
				for (int i = 0; i + 1 < digits.length(); i++) {
					// a swap that would put 0 first would be typed as a shorter number: not this slip
					if (digits.charAt(i) != digits.charAt(i + 1) && (i > 0 || digits.charAt(1) != '0')) {
						swappable.add(i);
					}
				}
				if (!swappable.isEmpty()) {
					int at = swappable.get(random.nextInt(swappable.size()));
					char[] swapped = digits.toCharArray();
					swapped[at] = digits.charAt(at + 1);
					swapped[at + 1] = digits.charAt(at);
					return Long.parseLong(new String(swapped));
				}
			}
			case ONE_DIGIT -> {
				int at = random.nextInt(digits.length());
				char[] changed = digits.toCharArray();
				char digit;
				do {
					digit = (char) ('0' + random.nextInt(10));
				}
				while (digit == digits.charAt(at) || (at == 0 && digit == '0' && digits.length() > 1));
				changed[at] = digit;
				return Long.parseLong(new String(changed));
			}
			case NEW_NUMBER -> {
				long wrong;
				do {
					wrong = random.nextLong(2 * truth + 10);
				}
				while (wrong == truth);
				return wrong;
			}
			case OFFSET -> {
			}
		}
		long offset = 1 + random.nextInt(9);
		return (truth >= offset && random.nextBoolean()) ? truth - offset : truth + offset;
	}

	private static Submission with(Submission submission, Item cell, long value) {
		Value[] values = submission.values();
		int line = values[cell.index()].line();
		values[cell.index()] = Value.given(BigDecimal.valueOf(value), line, cell.code().value());
		return new Submission(submission.unitCode(), submission.reportYear(), submission.scope(), submission.catalog(),
				submission.source(), submission.line(), values);
	}

}
