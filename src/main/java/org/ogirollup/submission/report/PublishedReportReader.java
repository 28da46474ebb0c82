package org.ogirollup.submission.report;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.submission.Scope;
import org.ogirollup.submission.SubmissionRead;

/**
 * Reads the statistical tables of a published annual report (web page or PDF text, in either
 * format) into the same {@link org.ogirollup.submission.Submission} the CSV reader produces, with
 * findings for everything it had to interpret.
 * Its findings carry the ids of {@link org.ogirollup.finding.RuleIds}.
 */
public final class PublishedReportReader {

	/** A year in a line that names the report, such as 阜新市2019年政府信息公开工作年度报告. */
	private static final Pattern TITLE_YEAR = Pattern.compile("(20\\d{2})年(?:度)?.{0,40}?报告");

	/** Links to other reports that archive pages put above or beside the report. */
	private static final Pattern NAVIGATION = Pattern.compile("上一篇|下一篇|相关|链接|附件");

	/** Titles are short; a long line with a year and 报告 is narrative. */
	private static final int LONGEST_TITLE = 60;

	/** How far into the text a title may stand, past archive headers and navigation lines. */
	private static final int TITLE_LINES = 40;

	/**
	 * Reads a report.
	 * @param source the file relative to the input folder, named in findings
	 * @param text the decoded text
	 * @param unitCode the reporting unit
	 * @param reportYear the year reported on
	 * @param scope own or consolidated
	 * @return the submission with its findings, or empty when the text has no section 三 table
	 * and so is not a report
	 */
	public Optional<SubmissionRead> read(String source, String text, String unitCode, int reportYear, Scope scope) {
		ReportText report = ReportText.of(text);
		ReportFormat format = detectFormat(report, reportYear);
		return new TableReading(source, unitCode, reportYear, report, ReportLayout.of(Catalog.of(format)))
			.read(scope, titleYear(report));
	}

	/** The format a text's tables follow, the report year's when the labels do not tell. */
	public static ReportFormat detectFormat(String text, int reportYear) {
		return detectFormat(ReportText.of(text), reportYear);
	}

	private static ReportFormat detectFormat(ReportText report, int reportYear) {
		return FormatDetector.detect(report.compact())
			.orElseGet(() -> ReportFormat.covers(reportYear) ? ReportFormat.forReportYear(reportYear) : ReportFormat.F2021);
	}

	/** The year a report's title names, when a title is found near the top of the text. */
	public static OptionalInt titleYear(String text) {
		return titleYear(ReportText.of(text));
	}

	private static OptionalInt titleYear(ReportText report) {
		int lines = Math.min(TITLE_LINES, report.lines().size());
		for (int i = 0; i < lines; i++) {
			String line = report.line(i).text().replaceAll("[\\s?|]", "");
			if (line.length() > LONGEST_TITLE || NAVIGATION.matcher(line).find()) {
				continue;
			}
			Matcher year = TITLE_YEAR.matcher(line);
			if (year.find()) {
				return OptionalInt.of(Integer.parseInt(year.group(1)));
			}
		}
		return OptionalInt.empty();
	}

}
