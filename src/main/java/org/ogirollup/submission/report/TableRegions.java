package org.ogirollup.submission.report;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.catalog.Section;

/**
 * Where the three tables stand among a report's rows, and which format each follows. Table 三 is
 * found by its first two rows, which no narrative repeats; table 二 lies before it from its first
 * 第二十条 caption, table 四 after its last row up to the heading of part 五. The format is told
 * by the words of each table, not by the year: some reports of 2021 and later still print the
 * 2019 tables, or table 三 alone the 2019 way.
 *
 * @param activeStart the first row of table 二
 * @param applicationsStart the first row of table 三 (一、本年新收…)
 * @param applicationsEnd the row after table 三
 * @param reviewsEnd the row after table 四
 */
record TableRegions(int activeStart, int applicationsStart, int applicationsEnd, int reviewsEnd) {

	/** How many rows the second row of table 三 may come after its first (header rows between). */
	private static final int NEARBY_ROWS = 4;

	private static final Pattern CAPTION = Pattern.compile("第二十条第\\([一二三四五六七八九十]+\\)项");

	private static final Pattern LATER_PART = Pattern.compile("^[五六七][、.]");

	/** Section 二 words only the 2019 format uses. */
	private static final List<String> F2019_ACTIVE = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量",
			"第二十条第（九）项", "政府集中采购", "采购总金额", "其他对外管理服务事项", "本年新制作", "本年新公开");

	/** Section 二 words only the 2021 format uses. */
	private static final List<String> F2021_ACTIVE = List.of("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量",
			"本年收费金额");

	/** The sub-rows of （六）其他处理 that only the 2021 format has. */
	private static final List<String> F2021_OTHER = List.of("逾期不补正", "缴纳费用");

	/** The rows of the three tables, or empty when the document has no table 三 and is no report. */
	static Optional<TableRegions> find(List<ReportRow> rows, HeaderWords headers) {
		List<ReportLayout.Row> three = ReportLayout.of(Catalog.of(ReportFormat.F2021), ReportFormat.F2021)
			.rows(Section.APPLICATIONS);
		int start = -1;
		for (int i = 0; i < rows.size() && start < 0; i++) {
			if (matches(three, 0, rows.get(i), headers) && (rows.get(i).hasCells() || secondRowFollows(three, rows, i, headers))) {
				start = i;
			}
		}
		if (start < 0) {
			return Optional.empty();
		}
		int end = rows.size();
		for (int i = start + 1; i < rows.size(); i++) {
			if (matches(three, three.size() - 1, rows.get(i), headers)) {
				end = i + 1;
				break;
			}
		}
		int reviewsEnd = rows.size();
		for (int i = end; i < rows.size(); i++) {
			if (LATER_PART.matcher(rows.get(i).compact()).find() && !rows.get(i).hasCells()) {
				reviewsEnd = i;
				break;
			}
		}
		return Optional.of(new TableRegions(activeStart(rows, start), start, end, reviewsEnd));
	}

	private static boolean matches(List<ReportLayout.Row> layout, int row, ReportRow candidate, HeaderWords headers) {
		for (String label : candidate.candidates(headers)) {
			if (LabelMatcher.match(layout, row, label) == row) {
				return true;
			}
		}
		return false;
	}

	private static boolean secondRowFollows(List<ReportLayout.Row> three, List<ReportRow> rows, int first,
			HeaderWords headers) {
		for (int i = first + 1; i < Math.min(rows.size(), first + 1 + NEARBY_ROWS); i++) {
			if (matches(three, 1, rows.get(i), headers)) {
				return true;
			}
		}
		return false;
	}

	/** Table 二 starts at the first 第二十条 caption before table 三, or else at the top. */
	private static int activeStart(List<ReportRow> rows, int applicationsStart) {
		for (int i = 0; i < applicationsStart; i++) {
			if (CAPTION.matcher(rows.get(i).compact()).find()) {
				return i;
			}
		}
		return 0;
	}

	List<ReportRow> active(List<ReportRow> rows) {
		return rows.subList(this.activeStart, this.applicationsStart);
	}

	List<ReportRow> applications(List<ReportRow> rows) {
		return rows.subList(this.applicationsStart, this.applicationsEnd);
	}

	List<ReportRow> reviews(List<ReportRow> rows) {
		return rows.subList(this.applicationsEnd, Math.max(this.applicationsEnd, this.reviewsEnd));
	}

	/** The format table 二's words say, if they say one. */
	Optional<ReportFormat> activeFormat(List<ReportRow> rows) {
		StringBuilder words = new StringBuilder();
		active(rows).forEach((row) -> words.append(row.compact()));
		int f2019 = count(words.toString(), F2019_ACTIVE);
		int f2021 = count(words.toString(), F2021_ACTIVE);
		if (f2019 == f2021) {
			return Optional.empty();
		}
		return Optional.of((f2019 > f2021) ? ReportFormat.F2019 : ReportFormat.F2021);
	}

	/** The format table 三 follows: the 2021 format has the sub-rows of （六）其他处理. */
	ReportFormat applicationsFormat(List<ReportRow> rows, ReportFormat otherwise) {
		boolean subRows = false;
		boolean oneRow = false;
		for (ReportRow row : applications(rows)) {
			if (HeaderWords.containsAny(row.compact(), F2021_OTHER)) {
				subRows = true;
			}
			else if (row.compact().endsWith(Folding.compact("（六）其他处理")) && row.hasCells()) {
				oneRow = true;
			}
		}
		if (subRows != oneRow) {
			return subRows ? ReportFormat.F2021 : ReportFormat.F2019;
		}
		return otherwise;
	}

	private static int count(String text, List<String> words) {
		return (int) words.stream().filter((word) -> text.contains(Folding.compact(word))).count();
	}

}
