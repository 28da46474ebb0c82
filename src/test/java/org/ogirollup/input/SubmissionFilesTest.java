package org.ogirollup.input;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ogirollup.finding.Finding;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.finding.Severity;
import org.ogirollup.submission.FileRead;
import org.ogirollup.submission.Scope;
import org.ogirollup.submission.SubmissionRead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Every entry of a year folder is read or reported, and a unit whose file yields nothing counts as rejected. */
class SubmissionFilesTest {

	private static final Set<String> REGISTERED = Set.of("210100", "210102", "210103", "210104");

	private static final String HEADER = "unit_code,report_year,item,value\n";

	@TempDir
	private Path work;

	private Path input;

	private Path year;

	private SubmissionFiles files;

	@BeforeEach
	void inputFolder() throws IOException {
		this.input = Files.createDirectories(this.work.resolve("input"));
		this.year = Files.createDirectories(this.input.resolve("2021"));
		this.files = new SubmissionFiles(InputFolder.of(this.input), 2021, REGISTERED::contains);
	}

	@Test
	void aHeaderOnlyCsvIsAFindingAndItsUnitARejectedSender() throws IOException {
		Path file = Files.writeString(this.year.resolve("210102.csv"), HEADER);

		FileRead read = this.files.read(file);

		assertThat(read.fileFindings()).isEmpty();
		assertThat(read.submissions()).singleElement().satisfies((standIn) -> {
			assertThat(standIn.submission().unitCode()).isEqualTo("210102");
			assertThat(standIn.submission().isUnread()).isTrue();
			assertThat(standIn.findings()).extracting(Finding::unitCode, Finding::ruleId, Finding::severity)
				.containsExactly(tuple("210102", RuleIds.EMPTY_FILE, Severity.ERROR));
		});
		assertThat(read.stamp()).isNotNull();
	}

	@Test
	void anEmptyFileIsAFindingAndItsUnitARejectedSender() throws IOException {
		Path file = Files.createFile(this.year.resolve("210103-年报.txt"));

		FileRead read = this.files.read(file);

		assertThat(findingsOf(read)).extracting(Finding::unitCode, Finding::ruleId)
			.containsExactly(tuple("210103", RuleIds.EMPTY_FILE));
		assertThat(read.submissions()).extracting((submission) -> submission.submission().unitCode())
			.containsExactly("210103");
	}

	@Test
	void aFileWithABrokenHeaderRejectsTheUnitItsNameGives() throws IOException {
		Path file = Files.writeString(this.year.resolve("210104.consolidated.csv"), "code;value\n1;2\n");

		FileRead read = this.files.read(file);

		assertThat(findingsOf(read)).extracting(Finding::unitCode, Finding::ruleId)
			.containsExactly(tuple("210104", RuleIds.CSV_HEADER));
		assertThat(read.submissions()).singleElement()
			.satisfies((standIn) -> assertThat(standIn.submission().scope()).isEqualTo(Scope.CONSOLIDATED));
	}

	@Test
	void aKindOfFileThePipelineDoesNotReadIsAnErrorOnItsUnit() throws IOException {
		Path file = Files.write(this.year.resolve("210102-年报.zip"), new byte[] { 'P', 'K', 3, 4 });

		FileRead read = this.files.read(file);

		assertThat(findingsOf(read)).extracting(Finding::unitCode, Finding::ruleId, Finding::severity)
			.containsExactly(tuple("210102", RuleIds.UNKNOWN_FILE, Severity.ERROR));
		assertThat(findingsOf(read).get(0).message()).contains("210102-年报.zip", ".csv", ".txt", ".html", ".pdf",
				".docx", ".xlsx");
		assertThat(read.submissions()).hasSize(1);
	}

	@Test
	void aBrokenDocumentOfAKindThePipelineReadsIsAnErrorOnItsUnit() throws IOException {
		Path file = Files.write(this.year.resolve("210102-年报.pdf"), "%PDF-1.7 nothing more".getBytes(StandardCharsets.US_ASCII));

		FileRead read = this.files.read(file);

		assertThat(findingsOf(read)).extracting(Finding::unitCode, Finding::ruleId, Finding::severity)
			.containsExactly(tuple("210102", RuleIds.UNREADABLE_FILE, Severity.ERROR));
	}

	@Test
	void aFileOfNoKnownUnitIsStillAFinding() throws IOException {
		Path file = Files.writeString(this.year.resolve("notes.jpg"), "x");

		FileRead read = this.files.read(file);

		assertThat(read.fileFindings()).extracting(Finding::unitCode, Finding::ruleId)
			.containsExactly(tuple("", RuleIds.UNKNOWN_FILE));
		assertThat(read.submissions()).isEmpty();
	}

	@Test
	void hiddenAndTemporaryFilesAndSubfoldersAreWarningsOnly() throws IOException {
		Path lock = Files.writeString(this.year.resolve("~$210102.xlsx"), "x");
		Path folder = Files.createDirectories(this.year.resolve("210102"));

		assertThat(this.files.read(lock).fileFindings()).extracting(Finding::ruleId, Finding::severity)
			.containsExactly(tuple(RuleIds.UNKNOWN_FILE, Severity.WARNING));
		FileRead subfolder = this.files.read(folder);
		assertThat(subfolder.fileFindings()).extracting(Finding::ruleId, Finding::severity)
			.containsExactly(tuple(RuleIds.NOT_A_YEAR_FOLDER, Severity.WARNING));
		assertThat(subfolder.submissions()).isEmpty();
	}

	@Test
	void aLinkOutOfTheInputFolderIsRefusedUnread() throws IOException {
		Path outside = Files.writeString(this.work.resolve("elsewhere.csv"), HEADER + "210102,2021,apply.new.total,5\n");
		Path link = Files.createSymbolicLink(this.year.resolve("210102.csv"), outside);

		FileRead read = this.files.read(link);

		assertThat(findingsOf(read)).extracting(Finding::unitCode, Finding::ruleId)
			.containsExactly(tuple("210102", RuleIds.LINK_OUTSIDE_INPUT));
		assertThat(read.submissions()).singleElement()
			.satisfies((standIn) -> assertThat(standIn.submission().isUnread()).isTrue());
	}

	@Test
	void aLinkToAFileInsideTheInputFolderIsRead() throws IOException {
		Path kept = Files.createDirectories(this.input.resolve("kept"));
		Path target = Files.writeString(kept.resolve("a.csv"), HEADER + "210102,2021,apply.new.total,5\n");
		Path link = Files.createSymbolicLink(this.year.resolve("210102.csv"), target);

		FileRead read = this.files.read(link);

		assertThat(read.submissions()).extracting(SubmissionRead::submission)
			.singleElement()
			.satisfies((submission) -> assertThat(submission.isUnread()).isFalse());
	}

	@Test
	void aFileTooLargeIsRefusedUnread() throws IOException {
		Path file = this.year.resolve("210102.csv");
		try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
			sparse.setLength(SubmissionFiles.LARGEST_FILE + 1);
		}

		FileRead read = this.files.read(file);

		assertThat(findingsOf(read)).extracting(Finding::ruleId).containsExactly(RuleIds.FILE_TOO_LARGE);
		assertThat(read.submissions()).hasSize(1);
	}

	@Test
	void aReportNamedWithAnOversizedUnitCodeIsAFindingNotADatabaseError() throws IOException {
		String code = "1".repeat(100);
		Path file = Files.writeString(this.year.resolve(code + ".txt"), "报告", StandardCharsets.UTF_8);

		FileRead read = this.files.read(file);

		assertThat(read.fileFindings()).singleElement().satisfies((finding) -> {
			assertThat(finding.ruleId()).isEqualTo(RuleIds.FIELD_TOO_LONG);
			assertThat(finding.message()).contains("100 个字符").hasSizeLessThan(120);
		});
		assertThat(read.submissions()).isEmpty();
	}

	/**
	 * The findings of a file whose only submission is the stand-in of its unit: they are that
	 * submission's, so that it is rejected.
	 */
	private static java.util.List<Finding> findingsOf(FileRead read) {
		assertThat(read.fileFindings()).isEmpty();
		assertThat(read.submissions()).hasSize(1);
		return read.submissions().get(0).findings();
	}

}
