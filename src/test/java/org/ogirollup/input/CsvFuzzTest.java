package org.ogirollup.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ogirollup.finding.Finding;
import org.ogirollup.rules.RuleSet;
import org.ogirollup.submission.FileRead;
import org.ogirollup.submission.SubmissionRead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Thousands of mutated canonical CSV files (bytes flipped, quotes and separators thrown in, lines
 * cut, repeated or swapped, oversized fields, another encoding, truncation): reading never throws,
 * never hangs, and every file is accounted for, either with submissions or with an error.
 */
class CsvFuzzTest {

	private static final Path GOOD = Path.of("src/test/resources/fixtures/basic/2019/210102.csv");

	private static final int MUTANTS = 2_000;

	private static final byte[] NOISE = "\",;\n\r\t'\\-=+@ 0123456789.增减元万".getBytes(StandardCharsets.UTF_8);

	@TempDir
	private Path work;

	@Test
	void noMutantEscapesAsAnExceptionOrGoesUnaccountedFor() throws IOException {
		byte[] good = Files.readAllBytes(GOOD);
		Path input = Files.createDirectories(this.work.resolve("input"));
		Path year = Files.createDirectories(input.resolve("2019"));
		SubmissionFiles files = new SubmissionFiles(InputFolder.of(input), 2019, Set.of("210102")::contains);
		Random random = new Random(2019);

		assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
			for (int i = 0; i < MUTANTS; i++) {
				byte[] mutant = mutate(good, random);
				Path file = Files.write(year.resolve("210102.csv"), mutant);
				String seed = "mutant " + i;

				FileRead read = files.read(file);

				boolean hasError = read.fileFindings().stream().anyMatch(Finding::isError)
						|| read.submissions().stream().anyMatch((s) -> s.findings().stream().anyMatch(Finding::isError));
				assertThat(!read.submissions().isEmpty() || hasError).as(seed + " is accounted for").isTrue();
				for (SubmissionRead submission : read.submissions()) {
					assertThatCode(() -> RuleSet.of(submission.submission().format()).check(submission.submission()))
						.as(seed).doesNotThrowAnyException();
					submission.findings().forEach((finding) -> assertThat(finding.message()).as(seed).hasSizeLessThan(400));
				}
			}
		});
	}

	private static byte[] mutate(byte[] good, Random random) {
		byte[] bytes = good.clone();
		int edits = 1 + random.nextInt(6);
		for (int e = 0; e < edits; e++) {
			bytes = switch (random.nextInt(9)) {
				case 0 -> flip(bytes, random);
				case 1 -> insert(bytes, random.nextInt(bytes.length + 1), new byte[] { NOISE[random.nextInt(NOISE.length)] });
				case 2 -> Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
				case 3 -> delete(bytes, random);
				case 4 -> insert(bytes, random.nextInt(bytes.length + 1), "9".repeat(random.nextInt(20_000)).getBytes());
				case 5 -> repeatLine(bytes, random);
				case 6 -> insert(bytes, random.nextInt(bytes.length + 1), "\"".getBytes());
				case 7 -> new String(bytes, StandardCharsets.ISO_8859_1).replace(",", random.nextBoolean() ? ";" : ",,")
					.getBytes(StandardCharsets.ISO_8859_1);
				default -> insert(bytes, random.nextInt(bytes.length + 1), randomBytes(random));
			};
		}
		return bytes;
	}

	private static byte[] flip(byte[] bytes, Random random) {
		if (bytes.length > 0) {
			bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
		}
		return bytes;
	}

	private static byte[] delete(byte[] bytes, Random random) {
		if (bytes.length == 0) {
			return bytes;
		}
		int from = random.nextInt(bytes.length);
		int to = Math.min(bytes.length, from + random.nextInt(400));
		byte[] out = new byte[bytes.length - (to - from)];
		System.arraycopy(bytes, 0, out, 0, from);
		System.arraycopy(bytes, to, out, from, bytes.length - to);
		return out;
	}

	private static byte[] repeatLine(byte[] bytes, Random random) {
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		String[] lines = text.split("\n", -1);
		String line = lines[random.nextInt(lines.length)];
		return insert(bytes, random.nextInt(bytes.length + 1), (line + "\n").getBytes(StandardCharsets.ISO_8859_1));
	}

	private static byte[] randomBytes(Random random) {
		byte[] noise = new byte[1 + random.nextInt(64)];
		random.nextBytes(noise);
		return noise;
	}

	private static byte[] insert(byte[] bytes, int at, byte[] piece) {
		byte[] out = new byte[bytes.length + piece.length];
		System.arraycopy(bytes, 0, out, 0, at);
		System.arraycopy(piece, 0, out, at, piece.length);
		System.arraycopy(bytes, at, out, at + piece.length, bytes.length - at);
		return out;
	}

}
