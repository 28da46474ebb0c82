package org.ogirollup.submission.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ItemKind;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.catalog.Section;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.submission.BlankTotals;
import org.ogirollup.submission.Scope;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.SubmissionRead;
import org.ogirollup.submission.Value;
import org.ogirollup.submission.document.Cell;
import org.ogirollup.submission.document.Place;
import org.ogirollup.submission.document.ReportDocument;

/**
 * One reading of one report's rows against the formats: finds the three tables, tells the format
 * of each, gives every printed row to its items, splits digits run together by the tables'
 * arithmetic, derives the totals left blank, and says everything it had to interpret. Used once
 * and dropped.
 */
final class ReportReading {

	/** A year in a line that names the report, such as 阜新市2019年政府信息公开工作年度报告. */
	private static final Pattern TITLE_YEAR = Pattern.compile("(20\\d{2})年(?:度)?.{0,40}?报告");

	/** Links to other reports that archive pages put above or beside the report. */
	private static final Pattern NAVIGATION = Pattern.compile("上一篇|下一篇|相关|链接|附件");

	/** Titles are short; a long line with a year and 报告 is narrative. */
	private static final int LONGEST_TITLE = 60;

	/** How far into the rows a title may stand, past archive headers and navigation lines. */
	private static final int TITLE_ROWS = 40;

	/** Reports of 2018 and before have another table altogether: 指标名称, 计量单位, 2018年度. */
	private static final List<String> BEFORE_2019 = List.of("指标名称", "计量单位");

	private static final int APPLICANT_COLUMNS = 7;

	private static final int REVIEW_GROUP = 5;

	private final String source;

	private final String unitCode;

	private final int reportYear;

	private final List<ReportRow> rows;

	private final HeaderWords headers = HeaderWords.get();

	ReportReading(String source, String unitCode, int reportYear, ReportDocument document) {
		this.source = source;
		this.unitCode = unitCode;
		this.reportYear = reportYear;
		this.rows = ReportRow.of(document.rows());
	}

	/** What a reading came to: the submission read, or why the document is not a report. */
	record Outcome(SubmissionRead read, String notAReport) {
	}

	Outcome read(Scope scope) {
		Optional<TableRegions> found = TableRegions.find(this.rows, this.headers);
		if (found.isEmpty()) {
			return new Outcome(null, whyNotAReport());
		}
		TableRegions regions = found.get();
		ReportFormat prescribed = ReportFormat.covers(this.reportYear) ? ReportFormat.forReportYear(this.reportYear)
				: ReportFormat.F2019;
		ReportFormat format = regions.activeFormat(this.rows)
			.orElseGet(() -> regions.applicationsFormat(this.rows, prescribed));
		ReportFormat tableThree = regions.applicationsFormat(this.rows, format);
		Notes notes = new Notes(this.source, this.unitCode, this.reportYear);
		ReadingState state = new ReadingState(ReportLayout.of(Catalog.of(format), tableThree), notes);
		Place top = this.rows.get(regions.activeStart()).place();
		sayFormats(notes, top, format, tableThree, prescribed);
		findHeaderUnits(state, regions.active(this.rows));
		CellReading cells = new CellReading(state);
		List<CellReading.Ambiguous> open = new ArrayList<>();
		open.addAll(readRows(state, cells, Section.ACTIVE, regions.active(this.rows), CellSplitter.plain()));
		List<CellReading.Ambiguous> applications = readRows(state, cells, Section.APPLICATIONS,
				regions.applications(this.rows), CellSplitter.groupsWithTotal(APPLICANT_COLUMNS));
		open.addAll(decideByTheTable(state, cells, applications));
		CellReading.Ambiguous reviews = readReviews(state, cells, regions.reviews(this.rows));
		if (reviews != null) {
			open.add(reviews);
		}
		open.forEach(cells::undecided);
		if (state.splitRows() > 0) {
			notes.warn(top, RuleIds.AMBIGUOUS_CELLS, List.of(), "报告中 " + state.splitRows()
					+ " 行的数字之间没有分隔，已按各行“总计”等于各栏之和拆分（每行只有一种拆法）");
		}
		Value[] values = state.values();
		Map<Item, BigDecimal> derived = BlankTotals.derive(state.layout().catalog(), values);
		derived.forEach((total, sum) -> notes.warn(placeOf(values[total.index()]), RuleIds.BLANK_VALUE, List.of(total),
				Notes.cell(total) + "空白，按各分项之和计为 " + sum.toPlainString()));
		state.reportBlanks(derived);
		reportMissing(state);
		Submission submission = new Submission(this.unitCode, this.reportYear, scope, state.layout().catalog(), this.source,
				Math.max(top.line(), 0), values);
		Optional<Integer> titled = titleYear().filter((year) -> year != this.reportYear);
		if (titled.isPresent()) {
			return new Outcome(ofAnotherYear(submission, titled.get()), null);
		}
		return new Outcome(new SubmissionRead(submission, notes.findings()), null);
	}

	/**
	 * A report whose title names another year than its folder's: put in the wrong folder. One
	 * finding says so; what else its reading found is of no use in this year.
	 */
	private SubmissionRead ofAnotherYear(Submission submission, int titled) {
		Notes notes = new Notes(this.source, this.unitCode, this.reportYear);
		notes.error(Place.NOWHERE, RuleIds.OTHER_YEAR, List.of(), "该报告标题为 " + titled + " 年度，不应放在 "
				+ this.reportYear + " 目录；请移到 " + titled + " 年度的文件夹");
		return new SubmissionRead(submission, notes.findings(), titled);
	}

	private void sayFormats(Notes notes, Place top, ReportFormat format, ReportFormat tableThree, ReportFormat prescribed) {
		if (ReportFormat.covers(this.reportYear) && format != prescribed) {
			notes.warn(top, RuleIds.FORMAT_DIFFERS, List.of(), "表格采用 " + yearOf(format) + " 年格式，而 " + this.reportYear
					+ " 年度应采用 " + yearOf(prescribed) + " 年格式");
		}
		if (tableThree != format) {
			notes.warn(top, RuleIds.FORMAT_DIFFERS, List.of(), "“" + Section.APPLICATIONS.heading() + "”表按 " + yearOf(tableThree)
					+ " 年格式填报（" + ((tableThree == ReportFormat.F2019) ? "（六）其他处理只有一行，未分三项"
							: "（六）其他处理分为三项，已合为一行") + "），其余各表为 " + yearOf(format) + " 年格式");
		}
	}

	private static int yearOf(ReportFormat format) {
		return (format == ReportFormat.F2019) ? 2019 : 2021;
	}

	/**
	 * Gives the printed rows of a table to its rows, in table order: a row is named by its own
	 * label, or by a label of labels alone on the row before (a label wrapped over two lines).
	 * @return the rows whose digits split in several ways
	 */
	private List<CellReading.Ambiguous> readRows(ReadingState state, CellReading cells, Section section,
			List<ReportRow> printed, CellSplitter splitter) {
		List<ReportLayout.Row> layout = state.layout().rows(section);
		List<CellReading.Ambiguous> ambiguous = new ArrayList<>();
		int next = 0;
		ReportRow labelsOnly = null;
		for (ReportRow row : printed) {
			if (next >= layout.size()) {
				break;
			}
			if (!row.hasCells()) {
				labelsOnly = row.hasLabel() ? row : labelsOnly;
				continue;
			}
			List<String> candidates = new ArrayList<>(row.candidates(this.headers));
			if (labelsOnly != null) {
				candidates.add(row.joinedAfter(labelsOnly, this.headers));
			}
			labelsOnly = null;
			Matched match = match(layout, next, candidates);
			if (match == null) {
				extraRow(state, section, row);
				continue;
			}
			CellReading.Ambiguous open = cells.read(layout.get(match.row()), row.cells(), row.place(), match.label(), splitter);
			if (open != null) {
				ambiguous.add(open);
			}
			next = match.row() + 1;
		}
		return ambiguous;
	}

	/** The table row a printed row was given to, and the label that named it. */
	private record Matched(int row, String label) {
	}

	private static Matched match(List<ReportLayout.Row> layout, int from, List<String> candidates) {
		for (String candidate : candidates) {
			int match = LabelMatcher.match(layout, from, candidate);
			if (match >= 0) {
				return new Matched(match, candidate);
			}
		}
		return null;
	}

	/** A printed row with numbers that the format does not have, such as 其他主动公开文件: kept out. */
	private void extraRow(ReadingState state, Section section, ReportRow row) {
		if (row.cells().stream().allMatch(Cell::isBlank) || section == Section.APPLICATIONS && !row.hasLabel()) {
			return;
		}
		state.notes().warn(row.place(), RuleIds.EXTRA_ROW, List.of(), "“" + row.printedLabel() + "”一行不是 "
				+ yearOf(state.layout().catalog().format()) + " 年格式“" + section.heading() + "”表中的行，其数值（"
				+ Notes.written(row.cells().stream().map(Cell::text).toList()) + "）未计入");
	}

	/** Rows of table 三 whose digits split several ways are decided together, by R3 and R1. */
	private static List<CellReading.Ambiguous> decideByTheTable(ReadingState state, CellReading cells,
			List<CellReading.Ambiguous> ambiguous) {
		if (ambiguous.isEmpty()) {
			return ambiguous;
		}
		List<RunResolution.Pending> pending = ambiguous.stream()
			.map((open) -> new RunResolution.Pending(open.row(), open.splits()))
			.toList();
		long[][] decided = new RunResolution(state.layout().rows(Section.APPLICATIONS), state.knownWholeNumbers(), pending)
			.decide();
		if (decided == null || ambiguous.stream().anyMatch((open) -> !CellSplitter.isExhaustive(open.splits()))) {
			return ambiguous;
		}
		for (int i = 0; i < ambiguous.size(); i++) {
			cells.decided(ambiguous.get(i), decided[i], "按（七）总计等于各项办理结果之和、第一项加第二项等于第三项加第四项，");
		}
		return List.of();
	}

	/**
	 * Table 四's values: the first 15 cells after its heading, over as many printed rows as they
	 * take, with or without the group labels printed in front of them.
	 * @return the row when its digits split several ways, else {@code null}
	 */
	private static CellReading.Ambiguous readReviews(ReadingState state, CellReading cells, List<ReportRow> printed) {
		List<Item> items = state.layout().reviewItems();
		List<Cell> values = new ArrayList<>();
		Place place = null;
		for (ReportRow row : printed) {
			if (values.size() >= items.size()) {
				break;
			}
			if (row.hasCells() && !row.cells().stream().allMatch(Cell::isBlank)) {
				place = (place == null) ? row.place() : place;
				values.addAll(row.cells());
			}
		}
		if (values.isEmpty()) {
			return null;
		}
		ReportLayout.Row row = ReportLayout.Row.of(items, items, false);
		CellReading.Ambiguous open = cells.read(row, values, place, Section.REVIEWS.heading(),
				CellSplitter.groupsWithTotal(REVIEW_GROUP));
		if (open != null && open.splits().size() > 1) {
			return open;
		}
		return null;
	}

	/** A money column whose header names its unit: a bare amount under 采购总金额（万元） is in 万元. */
	private static void findHeaderUnits(ReadingState state, List<ReportRow> active) {
		for (Item item : state.layout().catalog().printedItems()) {
			if (item.kind() != ItemKind.MONEY) {
				continue;
			}
			String column = Folding.compact(item.columnLabel()).replaceAll("\\(.*", "");
			for (ReportRow row : active) {
				int at = row.compact().indexOf(column);
				if (at >= 0) {
					String after = row.compact().substring(at + column.length());
					String unit = after.startsWith("(万元)") || after.startsWith("(单位:万元)") ? ValueParser.WAN_YUAN
							: after.startsWith("(元)") || after.startsWith("(单位:元)") ? ValueParser.YUAN : null;
					if (unit != null) {
						state.headerUnit(item, unit);
					}
				}
			}
		}
	}

	/** Every table row the report does not print is an error, one a row. */
	private static void reportMissing(ReadingState state) {
		Value[] values = state.values();
		for (Section section : List.of(Section.ACTIVE, Section.APPLICATIONS)) {
			for (ReportLayout.Row row : state.layout().rows(section)) {
				List<Item> missing = row.items()
					.stream()
					.filter((item) -> values[item.index()] == null && !state.isReported(item)
							&& !BlankTotals.mayBeAbsent(item, values))
					.distinct()
					.toList();
				if (!missing.isEmpty()) {
					state.notes().error(Place.NOWHERE, RuleIds.MISSING_ITEM, missing, "报告中找不到“" + section.heading() + "”表的"
							+ Notes.row(row) + "一行，未能读取其" + Notes.columns(missing) + "（共 " + missing.size() + " 格）");
				}
			}
		}
		List<Item> reviews = state.layout().reviewItems().stream()
			.filter((item) -> values[item.index()] == null && !state.isReported(item))
			.toList();
		if (!reviews.isEmpty()) {
			state.notes().error(Place.NOWHERE, RuleIds.MISSING_ITEM, reviews, "报告中找不到“" + Section.REVIEWS.heading()
					+ "”表的数值，其 " + reviews.size() + " 格未能读取");
		}
	}

	private static Place placeOf(Value value) {
		return (value != null) ? Place.line(value.line()) : Place.NOWHERE;
	}

	/** Why a document without table 三 is no report, in words a clerk understands. */
	private String whyNotAReport() {
		StringBuilder text = new StringBuilder();
		this.rows.forEach((row) -> text.append(row.compact()));
		if (HeaderWords.containsAny(text.toString(), BEFORE_2019)) {
			return "这是 2019 年以前格式的年度报告（统计表为“指标名称、计量单位”式），不属于 2019 年或 2021 年的任何一种格式，无法读取";
		}
		return "不是政府信息公开工作年度报告：找不到“" + Section.APPLICATIONS.heading() + "”统计表";
	}

	/** The year the report's title names, when a title stands near the top. */
	Optional<Integer> titleYear() {
		for (int i = 0; i < Math.min(TITLE_ROWS, this.rows.size()); i++) {
			String line = this.rows.get(i).compact();
			if (line.length() > LONGEST_TITLE || NAVIGATION.matcher(line).find()) {
				continue;
			}
			Matcher year = TITLE_YEAR.matcher(line);
			if (year.find()) {
				return Optional.of(Integer.parseInt(year.group(1)));
			}
		}
		return Optional.empty();
	}

	OptionalInt titleYearAsInt() {
		return titleYear().map(OptionalInt::of).orElse(OptionalInt.empty());
	}

}
