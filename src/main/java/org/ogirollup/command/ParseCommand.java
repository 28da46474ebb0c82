package org.ogirollup.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.boot.ApplicationArguments;

import org.ogirollup.catalog.Item;
import org.ogirollup.export.SpreadsheetText;
import org.ogirollup.finding.Finding;
import org.ogirollup.input.DocumentKind;
import org.ogirollup.input.ReportDocuments;
import org.ogirollup.localisation.SuggestionFindings;
import org.ogirollup.rules.RuleSet;
import org.ogirollup.submission.ReportFileName;
import org.ogirollup.submission.Scope;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.SubmissionRead;
import org.ogirollup.submission.Value;
import org.ogirollup.submission.document.ReportDocument;
import org.ogirollup.submission.document.UnreadableDocumentException;
import org.ogirollup.submission.report.PublishedReportReader;

/**
 * The {@code parse} verb: reads one published report, whatever document it came in, and prints
 * the cells it prints as canonical CSV, so an analyst can check what the pipeline will take from
 * a report before a run.
 */
public final class ParseCommand implements Command {

	/** Not a report: no table 三, a report of before 2019, or a document that cannot be read. */
	public static final int EXIT_NOT_A_REPORT = 2;

	/** The command line was wrong: no file, a bad option. */
	public static final int EXIT_USAGE = 64;

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");

	private final PublishedReportReader reader;

	private final PrintStream out;

	private final PrintStream err;

	public ParseCommand() {
		this(new PublishedReportReader(), System.out, System.err);
	}

	ParseCommand(PublishedReportReader reader, PrintStream out, PrintStream err) {
		this.reader = reader;
		this.out = out;
		this.err = err;
	}

	@Override
	public String name() {
		return "parse";
	}

	@Override
	public String summary() {
		return "read one published report (web page, PDF, Word, Excel, text) and print its cells as canonical CSV";
	}

	@Override
	public boolean takesArguments() {
		return true;
	}

	@Override
	public String usage() {
		return """
				parse FILE [--unit=CODE] [--year=YYYY] [--scope=own|consolidated]

				Reads one published annual report, in either format, from any of:
				  %s.
				The kind is told by the file's content, then by its name. Writes every cell the
				report prints to standard output as canonical CSV
				(unit_code,report_year,item,value,label,note), in catalog order: a blank cell with an
				empty value and the note 空白 (a blank total with the sum of its parts in the note), a
				cell marked not applicable as '-'; cells the report does not print are left out.
				What the reading found, and every rule of the format that the values break (R1, R2,
				...), go to standard error, one a line: source<TAB>rule_id<TAB>severity<TAB>items<TAB>message.

				  --unit=CODE     reporting unit (default: the file name before the first '-' or '.')
				  --year=YYYY     report year (default: a year in the parent folder's name, else the title's)
				  --scope=SCOPE   own or consolidated (default: consolidated for *.consolidated.*, else own)

				Exit codes: 0 read (with or without findings); 2 not a report (no table of section
				三, a report in the table of before 2019) or a document that cannot be read (a scanned
				PDF, a broken file); 64 wrong arguments or no such file.
				Example: parse input/2021/210900-年报.html --scope=consolidated
				""".formatted(DocumentKind.ACCEPTED);
	}

	@Override
	public int run(ApplicationArguments args) throws IOException {
		List<String> files = args.getNonOptionArgs();
		if (files.size() != 1) {
			this.err.println("parse：请给出一个报告文件\n\n" + usage());
			return EXIT_USAGE;
		}
		Path file = Path.of(files.get(0));
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			this.err.println("parse：找不到文件 " + file);
			return EXIT_USAGE;
		}
		ReportFileName named = ReportFileName.parse(file.getFileName().toString(), (code) -> false);
		Optional<Scope> scope = option(args, "scope").map(Scope::fromLabel).orElse(Optional.of(named.scope()));
		if (scope.isEmpty()) {
			this.err.println("parse：--scope 应为 own 或 consolidated");
			return EXIT_USAGE;
		}
		DocumentKind kind = DocumentKind.of(file.getFileName().toString(), bytes);
		if (!ReportDocuments.reads(kind)) {
			this.err.println("parse：" + file + " 是" + kind.words() + "，不是可读取的报告（可读取：" + DocumentKind.ACCEPTED + "）");
			return EXIT_NOT_A_REPORT;
		}
		ReportDocument document;
		try {
			document = ReportDocuments.read(kind, bytes);
		}
		catch (UnreadableDocumentException ex) {
			this.err.println("parse：" + file + "：" + ex.getMessage());
			return EXIT_NOT_A_REPORT;
		}
		OptionalInt year = year(args, file, document);
		if (year.isEmpty()) {
			this.err.println("parse：--year、所在文件夹名和报告标题中都没有报告年度；请用 --year=YYYY 给出");
			return EXIT_USAGE;
		}
		String unit = option(args, "unit").orElse(named.unitCode());
		PublishedReportReader.Reading reading = this.reader.read(document, file.toString(), unit, year.getAsInt(),
				scope.get());
		if (!reading.isReport()) {
			this.err.println("parse：" + file + "：" + reading.whyNotAReport());
			return EXIT_NOT_A_REPORT;
		}
		SubmissionRead read = reading.read();
		print(read.submission());
		List<Finding> findings = new ArrayList<>(read.findings());
		List<Finding> ruleFindings = RuleSet.of(read.submission().format()).check(read.submission());
		findings.addAll(ruleFindings);
		// the same advice as the aggregate job's, so a clerk checking one report sees the likely fix
		findings.addAll(new SuggestionFindings().findings(read.submission(), ruleFindings));
		for (Finding finding : findings) {
			this.err.println(String.join("\t", finding.source(), finding.ruleId(), finding.severity().label(),
					finding.itemColumn(), finding.message()));
		}
		return 0;
	}

	private void print(Submission submission) throws IOException {
		CSVFormat csv = CSVFormat.DEFAULT.builder()
			.setHeader("unit_code", "report_year", "item", "value", "label", "note")
			.setRecordSeparator("\n")
			.get();
		StringBuilder buffer = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(buffer, csv)) {
			for (Item item : submission.catalog().items()) {
				Optional<Value> value = submission.value(item);
				if (value.isPresent()) {
					printer.printRecord(SpreadsheetText.safe(submission.unitCode()), submission.reportYear(),
							item.code().value(), written(value.get()), item.label(), note(value.get()));
				}
			}
		}
		this.out.print(buffer);
		this.out.flush();
	}

	/** As printed: a blank stays blank, a derived total too (its sum is in the note). */
	private static String written(Value value) {
		return switch (value.state()) {
			case BLANK, DERIVED -> "";
			case NOT_APPLICABLE -> "-";
			case GIVEN -> value.number().toPlainString();
		};
	}

	private static String note(Value value) {
		return switch (value.state()) {
			case BLANK -> "空白";
			case DERIVED -> "空白，按各分项之和计为 " + value.number().toPlainString();
			case NOT_APPLICABLE -> "不适用";
			case GIVEN -> "";
		};
	}

	private static Optional<String> option(ApplicationArguments args, String name) {
		List<String> values = args.getOptionValues(name);
		return (values == null || values.isEmpty()) ? Optional.empty() : Optional.of(values.get(values.size() - 1));
	}

	private static OptionalInt year(ApplicationArguments args, Path file, ReportDocument document) {
		Optional<String> given = option(args, "year");
		if (given.isPresent()) {
			return given.get().matches("\\d{4}") ? OptionalInt.of(Integer.parseInt(given.get())) : OptionalInt.empty();
		}
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null && parent.getFileName() != null) {
			Matcher year = YEAR.matcher(parent.getFileName().toString());
			if (year.find()) {
				return OptionalInt.of(Integer.parseInt(year.group(1)));
			}
		}
		return PublishedReportReader.titleYear(document);
	}

}
