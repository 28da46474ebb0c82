package org.ogirollup.job;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ogirollup.command.AggregateCommand;
import org.ogirollup.command.CommandLine;
import org.ogirollup.generator.Generator;
import org.ogirollup.generator.GeneratorOptions;
import org.ogirollup.text.TextDecoding;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's promise: a re-aggregation that touches only what changed gives, byte for byte, the
 * outputs of a full run on a fresh database. A generated province of two years (planted defects,
 * region-wide reports) takes a random sequence of what analysts and clerks do to an input folder:
 * corrections, new and removed files, second copies, files of the wrong year, unreadable files,
 * changes of last year that this year compares with, touched files and scoped runs. After each
 * change the kept database runs again and every output file is compared with a clean run's.
 * The seed is random unless {@code -Dogi.seed} gives one, and every failure names it; {@code
 * -Dogi.steps} makes the sequence longer.
 */
class IncrementalEqualsFullTests {

	private static final List<Integer> YEARS = List.of(2020, 2021);

	private static final int STEPS = Integer.getInteger("ogi.steps", 8);

	@TempDir
	private Path work;

	@Test
	void everyRunAfterAChangeWritesWhatAFullRunWrites() throws IOException {
		long seed = Long.getLong("ogi.seed", new Random().nextLong());
		Random random = new Random(seed);
		Path input = this.work.resolve("input");
		new Generator(GeneratorOptions.builder("21").years(YEARS).departments(1).defects(1).consolidated(true).seed(seed)
			.build()).generate(input);
		Path output = this.work.resolve("out");
		aggregate(input, output, this.work.resolve("db"), "seed " + seed);
		List<String> done = new ArrayList<>();
		for (int step = 0; step < STEPS; step++) {
			Change change = Change.values()[random.nextInt(Change.values().length)];
			String what;
			try {
				what = change.apply(input, random);
			}
			catch (IOException | RuntimeException ex) {
				throw new AssertionError("seed " + seed + ": " + change + " could not be made", ex);
			}
			done.add(what);
			String context = "seed " + seed + ", after " + String.join("; ", done);
			String scope = random.nextBoolean() ? "" : "--scope=" + randomGovernment(input, random);
			aggregate(input, output, this.work.resolve("db"), context, scope);
			Path full = this.work.resolve("full-" + step);
			aggregate(input, full, this.work.resolve("fresh-db-" + step), context);
			assertSameFiles(full, output, context);
		}
	}

	@Test
	void aRunCutShortAfterItsRollupIsFinishedByTheNextOne() throws IOException {
		// given a full run of both years, then a correction of last year
		Path input = this.work.resolve("input");
		new Generator(GeneratorOptions.builder("21").years(YEARS).departments(1).defects(1).consolidated(true).build())
			.generate(input);
		Path output = this.work.resolve("out");
		aggregate(input, output, this.work.resolve("db"), "first run");
		String what = correctAValue(input, new Random(7), YEARS.get(0));
		assertThat(what).contains("set to");

		// when 2020's run fails after its roll-up, as a full disk would make it fail
		Path yoy = output.resolve("2020/yoy.csv");
		Files.delete(yoy);
		Files.createDirectories(yoy.resolve("in-the-way"));
		assertThat(aggregateExit(input, output, this.work.resolve("db"))).as(what).isEqualTo(1);
		Files.delete(yoy.resolve("in-the-way"));
		Files.delete(yoy);

		// then the next run finishes what the failed one changed, and both years equal a clean run's
		aggregate(input, output, this.work.resolve("db"), what);
		aggregate(input, this.work.resolve("full"), this.work.resolve("fresh-db"), what);
		assertSameFiles(this.work.resolve("full"), output, what);
	}

	/** What is done to the input folder between two runs; each says what it did, for the failure message. */
	private enum Change {

		CORRECT_A_VALUE {
			@Override
			String apply(Path input, Random random) throws IOException {
				return correctAValue(input, random, YEARS.get(random.nextInt(YEARS.size())));
			}
		},

		REMOVE_A_FILE {
			@Override
			String apply(Path input, Random random) throws IOException {
				Path file = randomCsv(input, random, YEARS.get(random.nextInt(YEARS.size())));
				Path removed = Files
					.createDirectories(input.resolveSibling("removed").resolve(file.getParent().getFileName().toString()));
				Files.move(file, removed.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
				return input.relativize(file) + " removed";
			}
		},

		PUT_A_FILE_BACK {
			@Override
			String apply(Path input, Random random) throws IOException {
				Path removed = input.resolveSibling("removed");
				List<Path> files = Files.isDirectory(removed) ? listFiles(removed) : List.of();
				if (files.isEmpty()) {
					return REMOVE_A_FILE.apply(input, random);
				}
				Path file = files.get(random.nextInt(files.size()));
				Path back = input.resolve(file.getParent().getFileName().toString()).resolve(file.getFileName().toString());
				Files.move(file, back);
				return input.relativize(back) + " put back";
			}
		},

		SEND_A_SECOND_COPY {
			@Override
			String apply(Path input, Random random) throws IOException {
				Path file = randomCsv(input, random, YEARS.get(random.nextInt(YEARS.size())));
				Path copy = file.resolveSibling(file.getFileName().toString().replace(".csv", "-copy.csv"));
				// a copy sent again over an earlier copy is a change like any other
				Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
				return input.relativize(copy) + " added";
			}
		},

		PUT_LAST_YEARS_FILE_IN_THIS_YEAR {
			@Override
			String apply(Path input, Random random) throws IOException {
				Path file = randomCsv(input, random, YEARS.get(0));
				Path stray = input.resolve(String.valueOf(YEARS.get(1)))
					.resolve(file.getFileName().toString().replace(".csv", "-old.csv"));
				Files.copy(file, stray, StandardCopyOption.REPLACE_EXISTING);
				return input.relativize(stray) + " added from " + input.relativize(file);
			}
		},

		MAKE_A_FILE_UNREADABLE {
			@Override
			String apply(Path input, Random random) throws IOException {
				Path file = randomCsv(input, random, YEARS.get(random.nextInt(YEARS.size())));
				Files.write(file, new byte[] { 'P', 'K', 3, 4, 0, (byte) 0xff, 0x10 });
				return input.relativize(file) + " overwritten with bytes";
			}
		},

		TOUCH_A_FILE {
			@Override
			String apply(Path input, Random random) throws IOException {
				Path file = randomCsv(input, random, YEARS.get(random.nextInt(YEARS.size())));
				Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));
				return input.relativize(file) + " touched";
			}
		};

		abstract String apply(Path input, Random random) throws IOException;

	}

	/** Sets one value of a random file of a year to a random number. */
	private static String correctAValue(Path input, Random random, int year) throws IOException {
		Path file = randomCsv(input, random, year);
		// GB18030 and BOM files come back as UTF-8: a change of encoding is a change too
		List<String> lines = new ArrayList<>(
				TextDecoding.decode(Files.readAllBytes(file)).text().replace("\uFEFF", "").lines().toList());
		int line = 1 + random.nextInt(lines.size() - 1);
		String[] fields = lines.get(line).split(",", -1);
		if (fields.length < 4) {
			return "nothing in " + file.getFileName();
		}
		fields[3] = String.valueOf(random.nextInt(50));
		lines.set(line, String.join(",", fields));
		Files.write(file, lines, StandardCharsets.UTF_8);
		return "value of line " + (line + 1) + " of " + input.relativize(file) + " set to " + fields[3];
	}

	private static Path randomCsv(Path input, Random random, int year) throws IOException {
		List<Path> files = listFiles(input.resolve(String.valueOf(year)));
		return files.get(random.nextInt(files.size()));
	}

	private static List<Path> listFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static String randomGovernment(Path input, Random random) throws IOException {
		List<String> governments = Files.readAllLines(input.resolve("units.csv"), StandardCharsets.UTF_8)
			.stream()
			.skip(1)
			.filter((line) -> !line.contains("department"))
			.map((line) -> line.split(",")[0])
			.toList();
		return governments.get(random.nextInt(governments.size()));
	}

	private static int aggregateExit(Path input, Path output, Path data) {
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
		return new CommandLine(List.of(new AggregateCommand(out)), out, out).run("aggregate", "--input=" + input,
				"--output=" + output, "--data=" + data);
	}

	private static void aggregate(Path input, Path output, Path data, String context, String... more) {
		List<String> args = new ArrayList<>(List.of("aggregate", "--input=" + input, "--output=" + output,
				"--data=" + data));
		List.of(more).stream().filter((arg) -> !arg.isEmpty()).forEach(args::add);
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
		int exit = new CommandLine(List.of(new AggregateCommand(out)), out, out).run(args.toArray(String[]::new));
		assertThat(exit).as(context + "\n" + console.toString(StandardCharsets.UTF_8)).isZero();
	}

	/** The same files, of the same bytes, under both folders. */
	private static void assertSameFiles(Path expected, Path actual, String context) throws IOException {
		TreeSet<String> expectedFiles = relativeFiles(expected);
		assertThat(relativeFiles(actual)).as(context).isEqualTo(expectedFiles);
		for (String file : expectedFiles) {
			if (file.endsWith(".xlsx")) {
				// the workbooks, written only where the run changed something, are the same bytes too
				assertThat(actual.resolve(file)).as(context + ": " + file)
					.hasBinaryContent(Files.readAllBytes(expected.resolve(file)));
			}
			else {
				assertThat(Files.readString(actual.resolve(file))).as(context + ": " + file)
					.isEqualTo(Files.readString(expected.resolve(file)));
			}
		}
	}

	private static TreeSet<String> relativeFiles(Path folder) throws IOException {
		TreeSet<String> files = new TreeSet<>();
		for (Path file : listFiles(folder)) {
			files.add(folder.relativize(file).toString());
		}
		return files;
	}

}
