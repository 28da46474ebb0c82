package org.ogirollup.input;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

import org.ogirollup.finding.Finding;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.submission.FileRead;
import org.ogirollup.submission.document.UnreadableDocumentException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Thousands of damaged web pages, texts, Word and Excel files (PDF has its own, {@code
 * PdfFuzzTest}), each read as the year folder reads it ({@link SubmissionFiles}): the reader of
 * the kind gives rows or an {@link UnreadableDocumentException}, the one refusal the folder's
 * reading catches, so any other exception of a reader escapes here; the shared step reads any
 * rows it gives without throwing; and every file is accounted for, with a submission or an error
 * finding. Seeds are fixed: a failure names its source, copy and damage, and comes back on every
 * run.
 */
class DocumentFuzzTest {

	private static final long SEED = 15;

	private static final Path REPORTS = Path.of("src/test/resources/reports");

	private static final Logger POI = (Logger) LoggerFactory.getLogger("org.apache.poi");

	private static Level poiLevel;

	@TempDir
	private Path work;

	/** The documents damaged for each kind, and how many copies of each. */
	enum Source {

		HTML(DocumentKind.HTML, "210102.html", 600, "published/pingtan-2019.html", "published/pingtan-2021.html",
				"published/pingtan-2023.html", "html/generated-2019.html", "html/generated-2021.html"),

		TEXT(DocumentKind.TEXT, "210102.txt", 600, "published/pingtan-2019-page.txt", "published/pingtan-2023-page.txt",
				"fuxin-2019.txt", "f2021-bars.txt", "f2021-runtogether.txt", "f2021-spaces.txt"),

		WORD(DocumentKind.WORD, "210102.docx", 500, "word/210203-2021.docx", "word/210311-2019.docx",
				"word/210203-2021.doc", "word/210311-2019.doc"),

		EXCEL(DocumentKind.EXCEL, "210102.xlsx", 500, "excel/210115-2021.xlsx", "excel/210115-2021.xls");

		final DocumentKind kind;

		final String fileName;

		final int copies;

		final List<String> files;

		/** Web pages and text always give rows; Word and Excel refuse what POI cannot open. */
		final boolean refuses;

		Source(DocumentKind kind, String fileName, int copies, String... files) {
			this.refuses = kind == DocumentKind.WORD || kind == DocumentKind.EXCEL;
			this.kind = kind;
			this.fileName = fileName;
			this.copies = copies;
			this.files = List.of(files);
		}

	}

	/** POI warns of every flaw it works around: thousands here, and slow to print. */
	@BeforeAll
	static void quietPoi() {
		poiLevel = POI.getLevel();
		POI.setLevel(Level.OFF);
	}

	@AfterAll
	static void poiAsBefore() {
		POI.setLevel(poiLevel);
	}

	@ParameterizedTest
	@EnumSource(Source.class)
	void damagedDocumentsGiveRowsOrARefusalAndEveryFileIsAccountedFor(Source source) throws Exception {
		Path year = Files.createDirectories(this.work.resolve("input/2021"));
		SubmissionFiles files = new SubmissionFiles(InputFolder.of(this.work.resolve("input")), 2021,
				Set.of("210102")::contains);
		Map<String, Integer> outcomes = new TreeMap<>();
		// the copy that took longest, to see where a slow run spends its time
		String[] slowest = { "" };
		long[] slowestNanos = { 0 };
		List<String> failures = new ArrayList<>();
		Map<String, byte[]> originals = new LinkedHashMap<>();
		for (String file : source.files) {
			originals.put(file, Files.readAllBytes(REPORTS.resolve(file)));
		}
		long started = System.nanoTime();
		// seconds on an idle machine; the limit only catches a hang on one shared by many builds
		assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
			for (Map.Entry<String, byte[]> original : originals.entrySet()) {
				Random random = new Random(SEED ^ original.getKey().hashCode());
				boolean zip = original.getValue()[0] == 'P' && original.getValue()[1] == 'K';
				for (int i = 0; i < source.copies / originals.size(); i++) {
					Mutations.Mutant mutant = Mutations.of(original.getValue(), zip, random);
					String name = original.getKey() + " #" + i + " (" + mutant.how() + ")";
					long copyStarted = System.nanoTime();
					String outcome;
					try {
						outcome = outcome(files.read(Files.write(year.resolve(source.fileName), mutant.bytes())));
					}
					catch (Throwable ex) {
						// a reader may refuse only with UnreadableDocumentException, which the folder's reading turns into a finding
						outcome = "escaped";
						failures.add(name + ": " + ex);
					}
					if (outcome.equals("unaccounted")) {
						failures.add(name + ": neither a submission nor an error finding");
					}
					outcomes.merge(outcome, 1, Integer::sum);
					long nanos = System.nanoTime() - copyStarted;
					if (nanos > slowestNanos[0]) {
						slowestNanos[0] = nanos;
						slowest[0] = name;
					}
				}
			}
		});
		System.out.printf("%s fuzzing: %d copies in %.1f s: %s; slowest %.0f ms, %s%n", source, source.copies,
				(System.nanoTime() - started) / 1e9, outcomes, slowestNanos[0] / 1e6, slowest[0]);
		assertThat(failures).isEmpty();
		// the damage must reach the readers and the shared step, not only the checks before them
		assertThat(outcomes).containsKeys("report", source.refuses ? "refused" : "no report");
	}

	/**
	 * What reading a damaged copy came to: a report read, rows that are no report, a refusal (the
	 * reader's {@link UnreadableDocumentException}), or nothing to account for the file.
	 */
	private static String outcome(FileRead read) {
		List<Finding> findings = new ArrayList<>(read.fileFindings());
		read.submissions().forEach((submission) -> findings.addAll(submission.findings()));
		if (findings.stream().anyMatch((finding) -> finding.ruleId().equals(RuleIds.UNREADABLE_FILE))) {
			return "refused";
		}
		if (findings.stream().anyMatch((finding) -> finding.ruleId().equals(RuleIds.NOT_A_REPORT))) {
			return "no report";
		}
		if (read.submissions().stream().anyMatch((submission) -> !submission.submission().isUnread())) {
			return "report";
		}
		return findings.stream().anyMatch(Finding::isError) ? "other error" : "unaccounted";
	}

}
