package org.ogirollup.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ogirollup.catalog.Item;
import org.ogirollup.finding.Finding;
import org.ogirollup.localisation.SuggestionFindings;
import org.ogirollup.rules.RuleSet;
import org.ogirollup.submission.ReportFileName;
import org.ogirollup.submission.Scope;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.SubmissionRead;
import org.ogirollup.submission.Value;
import org.ogirollup.submission.report.PublishedReportReader;
import org.ogirollup.text.TextDecoding;
import org.springframework.boot.ApplicationArguments;

/**
 * The {@code parse} verb: reads one published report and prints its values as canonical CSV, so
 * an analyst can check what the pipeline will take from a report before a run.
 */
public final class ParseCommand implements Command {

	/** A report that is not a report: the text has no section 三 table. */
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
		return "read one published report and print its values as canonical CSV";
	}

	@Override
	public String usage() {
		return """
				parse FILE [--unit=CODE] [--year=YYYY] [--scope=own|consolidated]

				Reads the text of a published annual report (either format) and writes its values to
				standard output as canonical CSV (unit_code,report_year,item,value,label), every item of
				the detected format once; what the reading found and every rule of the format that the
				values break (R1, R2, ...) go to standard error, one a line:
				source<TAB>rule_id<TAB>severity<TAB>items<TAB>message.

				  --unit=CODE     reporting unit (default: the file name before the first '-' or '.')
				  --year=YYYY     report year (default: a year in the parent folder's name, else the title's)
				  --scope=SCOPE   own or consolidated (default: consolidated for *.consolidated.txt, else own)

				Exit codes: 0 read (with or without findings), 2 not a report, 64 wrong arguments.
				Example: parse input/2019/210900-fuxin.txt --scope=consolidated
				""";
	}

	@Override
	public int run(ApplicationArguments args) throws IOException {
		List<String> files = args.getNonOptionArgs();
		if (files.size() != 1) {
			this.err.println("parse: give exactly one FILE\n\n" + usage());
			return EXIT_USAGE;
		}
		Path file = Path.of(files.get(0));
		String text = TextDecoding.decode(Files.readAllBytes(file)).text();
		ReportFileName named = ReportFileName.parse(file.getFileName().toString(), (code) -> false);
		Optional<Scope> scope = option(args, "scope").map(Scope::fromLabel).orElse(Optional.of(named.scope()));
		if (scope.isEmpty()) {
			this.err.println("parse: --scope must be own or consolidated");
			return EXIT_USAGE;
		}
		OptionalInt year = year(args, file, text);
		if (year.isEmpty()) {
			this.err.println("parse: no report year in --year, the folder name or the title; give --year=YYYY");
			return EXIT_USAGE;
		}
		String unit = option(args, "unit").orElseGet(() -> unitOf(file));
		Optional<SubmissionRead> read = this.reader.read(file.toString(), text, unit, year.getAsInt(), scope.get());
		if (read.isEmpty()) {
			this.err.println("parse: " + file + " is not a report: no table of section 三 (收到和处理政府信息公开申请情况) found");
			return EXIT_NOT_A_REPORT;
		}
		Submission submission = read.get().submission();
		print(submission);
		List<Finding> findings = new ArrayList<>(read.get().findings());
		List<Finding> ruleFindings = RuleSet.of(submission.format()).check(submission);
		findings.addAll(ruleFindings);
		// the same advice as the aggregate job's, so a clerk checking one report sees the likely fix
		findings.addAll(new SuggestionFindings().findings(submission, ruleFindings));
		for (Finding finding : findings) {
			this.err.println(String.join("\t", finding.source(), finding.ruleId(), finding.severity().label(),
					finding.itemColumn(), finding.message()));
		}
		return 0;
	}

	private void print(Submission submission) throws IOException {
		CSVFormat csv = CSVFormat.DEFAULT.builder()
			.setHeader("unit_code", "report_year", "item", "value", "label")
			.setRecordSeparator("\n")
			.get();
		StringBuilder buffer = new StringBuilder();
		try (CSVPrinter printer = new CSVPrinter(buffer, csv)) {
			for (Item item : submission.catalog().items()) {
				printer.printRecord(submission.unitCode(), submission.reportYear(), item.code().value(),
						written(submission.value(item)), item.label());
			}
		}
		this.out.print(buffer);
		this.out.flush();
	}

	private static String written(Optional<Value> value) {
		if (value.isEmpty()) {
			return "";
		}
		return (value.get().number() != null) ? value.get().number().toPlainString() : "-";
	}

	private static Optional<String> option(ApplicationArguments args, String name) {
		List<String> values = args.getOptionValues(name);
		return (values == null || values.isEmpty()) ? Optional.empty() : Optional.of(values.get(values.size() - 1));
	}

	private static String unitOf(Path file) {
		return ReportFileName.parse(file.getFileName().toString(), (code) -> false).unitCode();
	}

	private OptionalInt year(ApplicationArguments args, Path file, String text) {
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
		return PublishedReportReader.titleYear(text);
	}

}
