package org.ogirollup.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.ogirollup.finding.Finding;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.finding.Severity;
import org.ogirollup.registry.Unit;
import org.ogirollup.submission.FileRead;
import org.ogirollup.submission.FileStamp;
import org.ogirollup.submission.ReportFileName;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.SubmissionRead;
import org.ogirollup.submission.csv.CsvSubmissionReader;
import org.ogirollup.submission.document.UnreadableDocumentException;
import org.ogirollup.submission.report.PublishedReportReader;
import org.ogirollup.text.Excerpt;
import org.ogirollup.text.TextDecoding;

/**
 * Reads every entry of one year folder with the reader its kind needs (canonical CSV, or a
 * published report in any document {@link DocumentKind}), or says why it was not read: a folder, a link out of the input folder, a kind of
 * file the pipeline does not read, a file too large or empty. When a file yields no submission,
 * the unit its name gives counts as having sent one that was rejected, not as having sent nothing.
 */
public final class SubmissionFiles {

	/** Larger files are refused unread: a real submission, even a PDF with pictures, is far smaller. */
	public static final long LARGEST_FILE = 64L * 1024 * 1024;

	private static final PublishedReportReader REPORTS = new PublishedReportReader();

	private final InputFolder input;

	private final int year;

	private final Predicate<String> isRegistered;

	/**
	 * @param input the input folder
	 * @param year the report year of the folder read
	 * @param isRegistered tells the registry's unit codes, to find the unit in a file's name
	 */
	public SubmissionFiles(InputFolder input, int year, Predicate<String> isRegistered) {
		this.input = input;
		this.year = year;
		this.isRegistered = isRegistered;
	}

	/** Reads one entry of the year folder; never throws for what the entry holds. */
	public FileRead read(Path entry) {
		String source = this.input.source(entry);
		String name = entry.getFileName().toString();
		if (Files.isSymbolicLink(entry) && this.input.leadsOutside(entry)) {
			return refused(entry, source, RuleIds.LINK_OUTSIDE_INPUT,
					name + " 是指向输入文件夹之外的链接，未读取：报送文件应放在输入文件夹之内");
		}
		if (Files.isDirectory(entry)) {
			return noticed(entry, source, RuleIds.NOT_A_YEAR_FOLDER,
					"年度文件夹中的子文件夹 " + name + " 未被读取：报送文件应直接放在 " + this.year + " 文件夹中");
		}
		if (!Files.isRegularFile(entry)) {
			return refused(entry, source, RuleIds.UNREADABLE_FILE, name + " 不是普通文件，未读取");
		}
		if (name.startsWith(".") || name.startsWith("~$")) {
			return noticed(entry, source, RuleIds.UNKNOWN_FILE, name + " 是隐藏文件或编辑软件的临时文件，未读取");
		}
		byte[] bytes;
		FileStamp stamp;
		try {
			if (Files.size(entry) > LARGEST_FILE) {
				return refused(entry, source, RuleIds.FILE_TOO_LARGE, "文件过大（" + Files.size(entry) / (1024 * 1024)
						+ " MB，最多 " + LARGEST_FILE / (1024 * 1024) + " MB），未读取");
			}
			bytes = Files.readAllBytes(entry);
			stamp = FileStamp.of(entry, bytes);
		}
		catch (IOException ex) {
			// no stamp: the next run tries the file again
			return unreadable(source, "无法读取文件：" + ex.getMessage()).withStamp(null);
		}
		if (bytes.length == 0) {
			return refused(entry, source, RuleIds.EMPTY_FILE, "文件为空，没有任何报送数据").withStamp(stamp);
		}
		DocumentKind kind = DocumentKind.of(name, bytes);
		if (kind == DocumentKind.UNSUPPORTED) {
			return refused(entry, source, RuleIds.UNKNOWN_FILE,
					"不支持的文件类型：" + name + "（可读取的报送文件为" + DocumentKind.ACCEPTED + "）").withStamp(stamp);
		}
		return accountedFor(read(kind, source, name, bytes)).withStamp(stamp);
	}

	/** A file that could not be read at all, as a finding, so the run goes on without it. */
	private FileRead unreadable(String source, String message) {
		return rejected(source, List.of(new Finding(source, registeredUnitOf(source), this.year, RuleIds.UNREADABLE_FILE,
				Severity.ERROR, List.of(), message)), null);
	}

	private FileRead read(DocumentKind kind, String source, String name, byte[] bytes) {
		if (kind == DocumentKind.CSV) {
			return CsvSubmissionReader.read(source, TextDecoding.decode(bytes).text(), this.year);
		}
		ReportFileName report = ReportFileName.parse(name, this.isRegistered);
		if (report.unitCode().length() > Unit.MAX_CODE_LENGTH) {
			return new FileRead(source, List.of(), List.of(new Finding(source, "", this.year, RuleIds.FIELD_TOO_LONG,
					Severity.ERROR, List.of(), "文件名中的单位代码过长（" + report.unitCode().length() + " 个字符，最多 "
							+ Unit.MAX_CODE_LENGTH + " 个）：'" + Excerpt.of(report.unitCode()) + "'")));
		}
		PublishedReportReader.Reading reading;
		try {
			reading = REPORTS.read(ReportDocuments.read(kind, bytes), source, report.unitCode(), this.year, report.scope());
		}
		catch (UnreadableDocumentException ex) {
			return new FileRead(source, List.of(), List.of(new Finding(source, "", this.year, RuleIds.UNREADABLE_FILE,
					Severity.ERROR, List.of(), ex.getMessage())));
		}
		if (reading.isReport()) {
			return new FileRead(source, List.of(reading.read()), List.of());
		}
		return new FileRead(source, List.of(), List.of(new Finding(source, "", this.year, RuleIds.NOT_A_REPORT,
				Severity.ERROR, List.of(), reading.whyNotAReport())));
	}

	/**
	 * A file that yielded no submission is the unit's rejected submission: its findings are the
	 * unit's, and a header-only file says that it holds nothing.
	 */
	private FileRead accountedFor(FileRead read) {
		if (!read.submissions().isEmpty()) {
			return read;
		}
		String unit = registeredUnitOf(read.source());
		List<Finding> findings = new ArrayList<>();
		for (Finding finding : read.fileFindings()) {
			findings.add(finding.unitCode().isEmpty() ? finding.withUnitCode(unit) : finding);
		}
		if (!read.hasFileError()) {
			findings.add(new Finding(read.source(), unit, this.year, RuleIds.EMPTY_FILE, Severity.ERROR, List.of(),
					"文件中没有任何报送数据（只有表头或空行）"));
		}
		return rejected(read.source(), findings, null);
	}

	/** An entry refused unread: an error, and the unit its name gives counts as rejected. */
	private FileRead refused(Path entry, String source, String ruleId, String message) {
		return rejected(source, List.of(new Finding(source, registeredUnitOf(source), this.year, ruleId, Severity.ERROR,
				List.of(), message)), look(entry));
	}

	/**
	 * A file that yields no submission: the findings are the rejected submission of the unit its
	 * name gives, when the registry knows it, else findings on the file alone.
	 */
	private FileRead rejected(String source, List<Finding> findings, FileStamp stamp) {
		String unit = registeredUnitOf(source);
		if (unit.isEmpty()) {
			return new FileRead(source, List.of(), findings, stamp);
		}
		ReportFileName named = ReportFileName.parse(fileName(source), this.isRegistered);
		SubmissionRead standIn = new SubmissionRead(Submission.unread(unit, this.year, named.scope(), source), findings);
		return new FileRead(source, List.of(standIn), List.of(), stamp);
	}

	/** An entry that is no submission at all (a folder, a temporary file): a warning only. */
	private FileRead noticed(Path entry, String source, String ruleId, String message) {
		return new FileRead(source, List.of(),
				List.of(new Finding(source, "", this.year, ruleId, Severity.WARNING, List.of(), message)), look(entry));
	}

	/** The unit a file's name gives, when the registry knows it; empty otherwise. */
	private String registeredUnitOf(String source) {
		String unit = ReportFileName.parse(fileName(source), this.isRegistered).unitCode();
		return this.isRegistered.test(unit) ? unit : "";
	}

	private static String fileName(String source) {
		return source.substring(source.lastIndexOf('/') + 1);
	}

	/**
	 * What an entry looks like now without reading it, as its reading would see it: a link
	 * inside the input is followed, one that leads out is looked at as the link itself.
	 * @return size and time, without a checksum
	 */
	public FileStamp look(Path entry) {
		LinkOption[] options = (Files.isSymbolicLink(entry) && this.input.leadsOutside(entry))
				? new LinkOption[] { LinkOption.NOFOLLOW_LINKS } : new LinkOption[0];
		try {
			BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, options);
			return new FileStamp(attributes.size(), attributes.lastModifiedTime().toMillis(), "");
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** Whether an entry is read for its bytes, so that a checksum can tell a real change from a touch. */
	public boolean isReadForItsBytes(Path entry) {
		return Files.isRegularFile(entry) && !(Files.isSymbolicLink(entry) && this.input.leadsOutside(entry));
	}

}
