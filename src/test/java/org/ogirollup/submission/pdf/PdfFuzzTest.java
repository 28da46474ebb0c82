package org.ogirollup.submission.pdf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ogirollup.submission.document.UnreadableDocumentException;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Thousands of damaged copies of the real and synthetic PDFs: bytes flipped, the file cut,
 * ranges deleted, copied or zeroed. Each must give rows or an {@link
 * UnreadableDocumentException}; nothing else may escape and nothing may hang. The seeds are
 * fixed: a failure names its source, seed and damage, and comes back on every run.
 */
class PdfFuzzTest {

	private static final long SEED = 15;

	/**
	 * Each source and how many damaged copies of it: 2,000 in all, most of the small files, which
	 * read in a few milliseconds; 洪泽's five pages take ten times as long.
	 */
	private static final Map<String, Integer> SOURCES = Map.of(PdfFixtures.HONGZE, 60, SyntheticReports.BLANK_HEAVY, 400,
			SyntheticReports.PAGE_BREAK, 200, SyntheticReports.UNRULED, 600, SyntheticReports.UNRULED_TABLE3, 400,
			SyntheticReports.SCANNED, 170, SyntheticReports.ENCRYPTED, 170);

	private static final Logger PDFBOX = (Logger) LoggerFactory.getLogger("org.apache.pdfbox");

	private static Level pdfboxLevel;

	private final PdfDocumentReader reader = new PdfDocumentReader();

	/** PDFBox warns, with a stack trace, of every flaw it works around: thousands here, and slow to print. */
	@BeforeAll
	static void quietPdfbox() {
		pdfboxLevel = PDFBOX.getLevel();
		PDFBOX.setLevel(Level.OFF);
	}

	@AfterAll
	static void pdfboxAsBefore() {
		PDFBOX.setLevel(pdfboxLevel);
	}

	@Test
	void damagedFilesGiveRowsOrAreRefusedAndNeverHang() {
		Map<String, Integer> outcomes = new TreeMap<>();
		List<String> escaped = new ArrayList<>();
		// minutes on a machine shared by many builds, seconds on an idle one: the limit only catches a hang
		assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
			for (Map.Entry<String, Integer> source : new TreeMap<>(SOURCES).entrySet()) {
				byte[] original = PdfFixtures.bytes(source.getKey());
				Random random = new Random(SEED ^ source.getKey().hashCode());
				long started = System.nanoTime();
				for (int i = 0; i < source.getValue(); i++) {
					Damage damage = Damage.any(random, original.length);
					String outcome = readDamaged(damage.apply(original, random));
					// the reader's own failures are refused too, but they are bugs to fix here
					if (outcome.startsWith("escaped") || outcome.contains("版面无法解读")) {
						escaped.add(source.getKey() + " #" + i + " " + damage + ": " + outcome);
					}
					outcomes.merge(damage.kind() + " -> " + outcome.replaceAll("（.*", ""), 1, Integer::sum);
				}
				System.out.printf("PDF fuzzing %s: %d copies in %.1f s%n", source.getKey(), source.getValue(),
						(System.nanoTime() - started) / 1e9);
			}
		});
		System.out.println("PDF fuzzing: " + outcomes);
		assertThat(escaped).isEmpty();
		// the damage must reach the parser, not only the checks before it
		assertThat(outcomes.keySet()).anyMatch((outcome) -> outcome.endsWith("rows"));
		assertThat(outcomes.keySet()).anyMatch((outcome) -> outcome.contains("已损坏"));
	}

	private String readDamaged(byte[] bytes) {
		try {
			this.reader.read(bytes);
			return "rows";
		}
		catch (UnreadableDocumentException ex) {
			return ex.getMessage();
		}
		catch (Throwable ex) {
			return "escaped " + ex;
		}
	}

	/** One kind of damage at one place, to say which copy failed. */
	private record Damage(String kind, int at, int length) {

		static Damage any(Random random, int size) {
			int at = random.nextInt(size);
			return switch (random.nextInt(5)) {
				case 0 -> new Damage("flip", at, 1 + random.nextInt(8));
				case 1 -> new Damage("cut", at, 0);
				case 2 -> new Damage("delete", at, 1 + random.nextInt(2000));
				case 3 -> new Damage("copy", at, 1 + random.nextInt(2000));
				default -> new Damage("zero", at, 1 + random.nextInt(500));
			};
		}

		byte[] apply(byte[] original, Random random) {
			int end = Math.min(original.length, this.at + this.length);
			switch (this.kind) {
				case "flip" -> {
					byte[] flipped = original.clone();
					for (int i = 0; i < this.length; i++) {
						flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
					}
					return flipped;
				}
				case "cut" -> {
					return Arrays.copyOf(original, this.at);
				}
				case "delete" -> {
					byte[] deleted = new byte[original.length - (end - this.at)];
					System.arraycopy(original, 0, deleted, 0, this.at);
					System.arraycopy(original, end, deleted, this.at, original.length - end);
					return deleted;
				}
				case "copy" -> {
					int from = random.nextInt(original.length);
					int count = Math.min(this.length, original.length - from);
					byte[] copied = new byte[original.length + count];
					System.arraycopy(original, 0, copied, 0, this.at);
					System.arraycopy(original, from, copied, this.at, count);
					System.arraycopy(original, this.at, copied, this.at + count, original.length - this.at);
					return copied;
				}
				default -> {
					byte[] zeroed = original.clone();
					Arrays.fill(zeroed, this.at, end, (byte) 0);
					return zeroed;
				}
			}
		}

		@Override
		public String toString() {
			return this.kind + " at " + this.at + " length " + this.length;
		}

	}

}
