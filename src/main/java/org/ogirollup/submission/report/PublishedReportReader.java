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
 *
 * <p>Rule ids of the findings: {@value #RULE_FORMAT_DIFFERS}, {@value #RULE_YEAR_DIFFERS},
 * {@value #RULE_MISSING_ITEM}, {@value #RULE_EXTRA_ROW}, {@value #RULE_AMBIGUOUS_CELLS},
 * {@value #RULE_CELL_COUNT}, and those of {@link ValueParser} ({@code blank-value},
 * {@code not-applicable}, {@code not-a-number}, R13, R16).
 */
public final class PublishedReportReader {

	/** The tables follow the other format than the one prescribed for the report year (warning). */
	public static final String RULE_FORMAT_DIFFERS = "format-differs-from-year";

	/** The title names another year than the report year (warning). */
	public static final String RULE_YEAR_DIFFERS = "year-differs-from-title";

	/** A catalog cell the text does not have at all (error). */
	public static final String RULE_MISSING_ITEM = "missing-item";

	/** A row the format does not have, such as 小计: kept out of the values (warning). */
	public static final String RULE_EXTRA_ROW = "extra-row";

	/** Digits run together that the table's arithmetic splits in more than one way, or none (error). */
	public static final String RULE_AMBIGUOUS_CELLS = "ambiguous-cells";

	/** A row with more cells than the format has (error) or fewer (warning, read as blank). */
	public static final String RULE_CELL_COUNT = "cell-count";

	public static final String RULE_BLANK = ValueParser.RULE_BLANK;

	public static final String RULE_NOT_APPLICABLE = ValueParser.RULE_NOT_APPLICABLE;

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
