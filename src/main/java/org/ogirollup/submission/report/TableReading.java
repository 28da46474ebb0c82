package org.ogirollup.submission.report;

import org.ogirollup.finding.RuleIds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ItemKind;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.Severity;
import org.ogirollup.submission.Scope;
import org.ogirollup.submission.Submission;
import org.ogirollup.submission.SubmissionRead;
import org.ogirollup.submission.Value;

/**
 * One reading of one report's three tables against one format's layout: finds the tables, assigns
 * the values of each row to the catalog items and collects the findings. Used once and dropped.
 */
final class TableReading {

	/** Section 三 columns: six applicant kinds and their 总计. */
	private static final int APPLICANT_COLUMNS = 7;

	/** Section 四 groups: 结果维持, 结果纠正, 其他结果, 尚未审结 and their 总计. */
	private static final int REVIEW_GROUP = 5;

	/** The most cells a row of section 二 has, for reading rows the format does not know. */
	private static final int ACTIVE_COLUMNS = 3;

	/** Section 四's data row has no label of its own; values name the section instead. */
	private static final String REVIEWS_LABEL = "四、政府信息公开行政复议、行政诉讼情况";

	/** How many labels after the first row of section 三 its second row may come (headers between). */
	private static final int NEARBY_LABELS = 3;

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	/** A label cut where a numbering marker starts a new row inside it: （三）不予公开 1.属于国家秘密. */
	private static final Pattern NUMBERING_INSIDE = Pattern
		.compile("(?=\\d+[.、])|(?=\\([一二三四五六七八九十]+\\))|(?=[一二三四五六七八九十]+、)");

	private static final Pattern NUMBERED = Pattern.compile("^(?:\\(?[一二三四五六七八九十\\d]+\\)|[一二三四五六七八九十\\d]+[、.])");

	private final String source;

	private final String unitCode;

	private final int reportYear;

	private final ReportText text;

	private final List<ReportText.Token> tokens;

	private final RowCells rowCells;

	private final ReportLayout layout;

	private final Catalog catalog;

	private final Value[] values;

	private final List<Finding> findings = new ArrayList<>();

	/** Items already named by an error, so they are not reported again as missing. */
	private final Set<Item> reported = new HashSet<>();

	/** Blank cells by line, reported once the derivable totals are derived. */
	private final Map<Integer, List<Item>> blanks = new LinkedHashMap<>();

	/** Money units the report's own column headers name, such as 采购总金额（万元）. */
	private final Map<Item, String> headerUnits = new HashMap<>();

	/** Rows whose digits split in more than one way, kept until the column totals are known. */
	private final List<Ambiguous> ambiguous = new ArrayList<>();

	TableReading(String source, String unitCode, int reportYear, ReportText text, ReportLayout layout) {
		this.source = source;
		this.unitCode = unitCode;
		this.reportYear = reportYear;
		this.text = text;
		this.tokens = text.tokens();
		this.rowCells = new RowCells(text);
		this.layout = layout;
		this.catalog = layout.catalog();
		this.values = new Value[this.catalog.size()];
	}

	Optional<SubmissionRead> read(Scope scope, OptionalInt titleYear) {
		List<ReportLayout.Row> applications = this.layout.rows(ReportLayout.APPLICATIONS);
		int anchor = sectionThreeAnchor(applications);
		if (anchor < 0) {
			return Optional.empty();
		}
		ReportFormat format = this.catalog.format();
		if (ReportFormat.covers(this.reportYear) && format != ReportFormat.forReportYear(this.reportYear)) {
			warn(0, RuleIds.FORMAT_DIFFERS, List.of(),
					"the tables follow format " + format + " while report year " + this.reportYear + " prescribes "
							+ ReportFormat.forReportYear(this.reportYear));
		}
		if (titleYear.isPresent() && titleYear.getAsInt() != this.reportYear) {
			warn(0, RuleIds.YEAR_DIFFERS, List.of(),
					"the title names year " + titleYear.getAsInt() + ", the report year is " + this.reportYear);
		}
		int activeStart = activeStart(anchor);
		int activeEnd = applicationsHeading(activeStart, anchor);
		findHeaderUnits(activeStart, activeEnd);
		readRows(ReportLayout.ACTIVE, activeStart, activeEnd, CellSplitter.plain(), ACTIVE_COLUMNS);
		int reviewsHeading = reviewsHeading(anchor, this.tokens.size());
		int afterApplications = readRows(ReportLayout.APPLICATIONS, anchor, reviewsHeading,
				CellSplitter.groupsWithTotal(APPLICANT_COLUMNS), APPLICANT_COLUMNS);
		readReviews((reviewsHeading < this.tokens.size()) ? reviewsHeading : afterApplications);
		resolveByColumnTotals();
		reportAmbiguous();
		deriveBlankTotals();
		reportBlanks();
		reportMissing();
		int firstLine = lineNumber(this.tokens.get(activeStart));
		Submission submission = new Submission(this.unitCode, this.reportYear, scope, this.catalog, this.source,
				firstLine, this.values);
		return Optional.of(new SubmissionRead(submission, this.findings));
	}

	// --- finding the tables ---------------------------------------------------------------

	/**
	 * The first label of section 三's first row that starts a table: followed by numbers, or by
	 * the second row. Narrative sentences and notices may name the row without being it.
	 */
	private int sectionThreeAnchor(List<ReportLayout.Row> rows) {
		for (int i = 0; i < this.tokens.size(); i++) {
			ReportText.Token token = this.tokens.get(i);
			if (token.label() && matchRow(rows, 0, token.text()) == 0
					&& (RowCells.hasNumber(this.rowCells.cellsAfter(token, APPLICANT_COLUMNS)) || secondRowFollows(rows, i))) {
				return i;
			}
		}
		return -1;
	}

	/** A table left entirely blank still has its second row within the next few labels. */
	private boolean secondRowFollows(List<ReportLayout.Row> rows, int anchor) {
		int labels = 0;
		for (int i = anchor + 1; i < this.tokens.size() && labels < NEARBY_LABELS; i++) {
			ReportText.Token token = this.tokens.get(i);
			if (token.label()) {
				labels++;
				if (matchRow(rows, 1, token.text()) == 1) {
					return true;
				}
			}
		}
		return false;
	}

	/** Section 二 starts at its first 第二十条 caption, or its heading, or the top of the text. */
	private int activeStart(int anchor) {
		for (int i = 0; i < anchor; i++) {
			ReportText.Token token = this.tokens.get(i);
			if (token.label() && token.text().contains("第二十条")) {
				return i;
			}
		}
		for (int i = 0; i < anchor; i++) {
			if (isHeading(this.tokens.get(i), '二', "主动公开")) {
				return i;
			}
		}
		return 0;
	}

	/**
	 * Notes the unit a money column's header gives: a bare amount under 采购总金额（万元） is in
	 * 万元, not of unknown unit.
	 */
	private void findHeaderUnits(int from, int to) {
		for (Item item : this.catalog.items()) {
			if (item.kind() != ItemKind.MONEY) {
				continue;
			}
			String column = ReportText.fold(item.columnLabel()).replaceAll("\\(.*", "");
			for (int i = from; i < to; i++) {
				String label = this.tokens.get(i).text();
				int at = label.indexOf(column);
				if (this.tokens.get(i).label() && at >= 0) {
					String after = label.substring(at + column.length());
					if (after.contains(ValueParser.WAN_YUAN)) {
						this.headerUnits.put(item, ValueParser.WAN_YUAN);
					}
					else if (after.contains(ValueParser.YUAN)) {
						this.headerUnits.put(item, ValueParser.YUAN);
					}
				}
			}
		}
	}

	private int applicationsHeading(int from, int anchor) {
		for (int i = from; i < anchor; i++) {
			if (isHeading(this.tokens.get(i), '三', "申请")) {
				return i;
			}
		}
		return anchor;
	}

	private int reviewsHeading(int from, int to) {
		for (int i = from; i < to; i++) {
			ReportText.Token token = this.tokens.get(i);
			if (isHeading(token, '四', "复议") || isHeading(token, '四', "诉讼")) {
				return i;
			}
		}
		return to;
	}

	/** A section heading found by its number and a key noun, as headings vary and carry typos. */
	private static boolean isHeading(ReportText.Token token, char number, String noun) {
		String label = token.text();
		return token.label() && label.length() > 2 && label.charAt(0) == number
				&& "、.,".indexOf(label.charAt(1)) >= 0 && label.contains(noun);
	}

	// --- rows ---------------------------------------------------------------------------------

	/**
	 * Reads the rows of a section between two tokens, in table order.
	 * @return the first label after the section's last row, or {@code to}
	 */
	private int readRows(String section, int from, int to, CellSplitter splitter, int extraColumns) {
		List<ReportLayout.Row> rows = this.layout.rows(section);
		int next = 0;
		for (int i = from; i < to && next < rows.size(); i++) {
			ReportText.Token token = this.tokens.get(i);
			if (!token.label()) {
				continue;
			}
			int row = matchRow(rows, next, token.text());
			String label = token.text();
			boolean continued = i + 1 < to && isContinuation(rows, next, this.tokens.get(i + 1))
					&& (row < 0 || !RowCells.hasNumber(this.rowCells.cellsAfter(token, rows.get(row).items().size())));
			if (continued) {
				// a label broken over two lines (PDF text): its values follow the second part
				String whole = token.text() + this.tokens.get(i + 1).text();
				int joined = matchRow(rows, next, whole);
				if (joined >= 0 && (row < 0 || joined == row)) {
					row = joined;
					label = whole;
					token = this.tokens.get(++i);
				}
			}
			if (row >= 0) {
				assign(rows.get(row), rowPart(rows, next, label), lineNumber(token),
						this.rowCells.cellsAfter(token, rows.get(row).items().size()), splitter);
				next = row + 1;
				if (next == rows.size()) {
					return nextLabel(i + 1);
				}
			}
			else {
				reportExtraRow(token, this.rowCells.cellsAfter(token, extraColumns));
			}
		}
		return to;
	}

	/** The part of a label that names the row, without group labels written in front of it. */
	private static String rowPart(List<ReportLayout.Row> rows, int from, String label) {
		if (LabelMatcher.match(rows, from, label) >= 0) {
			return label;
		}
		String[] parts = NUMBERING_INSIDE.split(label);
		return parts[parts.length - 1];
	}

	/** Whether a label can be the second line of a broken label: not numbered, not a row itself. */
	private static boolean isContinuation(List<ReportLayout.Row> rows, int from, ReportText.Token token) {
		return token.label() && !NUMBERED.matcher(token.text()).find() && matchRow(rows, from, token.text()) < 0;
	}

	private int nextLabel(int from) {
		int i = from;
		while (i < this.tokens.size() && !this.tokens.get(i).label()) {
			i++;
		}
		return i;
	}

	/** Matches a label, or failing that its last numbered part: {@code （三）不予公开1.属于国家秘密}. */
	private static int matchRow(List<ReportLayout.Row> rows, int from, String label) {
		int row = LabelMatcher.match(rows, from, label);
		if (row >= 0) {
			return row;
		}
		String[] parts = NUMBERING_INSIDE.split(label);
		return (parts.length > 1) ? LabelMatcher.match(rows, from, parts[parts.length - 1]) : -1;
	}

	private void reportExtraRow(ReportText.Token token, List<RowCells.RawCell> cells) {
		if (!RowCells.hasNumber(cells)) {
			return;
		}
		warn(lineNumber(token), RuleIds.EXTRA_ROW, List.of(), "row '" + token.text() + "' is not in the "
				+ this.catalog.format() + " table: kept aside, not summed (" + RowCells.written(cells) + ")");
	}

	/**
	 * Gives a row's cells to its items. Too few cells that are all digit runs were run together:
	 * split them by the table's arithmetic, or report the run rather than guess.
	 */
	private void assign(ReportLayout.Row row, String label, int line, List<RowCells.RawCell> cells, CellSplitter splitter) {
		List<Item> items = row.items();
		if (cells.size() > items.size()) {
			error(line, RuleIds.CELL_COUNT, items, "row '" + label + "' has " + cells.size()
					+ " cells, the table has " + items.size() + ": " + RowCells.written(cells) + "; the first " + items.size() + " used");
			cells = cells.subList(0, items.size());
		}
		else if (cells.size() < items.size() && !cells.isEmpty()) {
			if (cells.stream().allMatch((cell) -> cell.text() != null && DIGITS.matcher(cell.text()).matches())) {
				List<long[]> splits = splitter.splits(cells.stream().map(RowCells.RawCell::text).toList(), items.size());
				if (splits.size() == 1) {
					for (int i = 0; i < items.size(); i++) {
						put(items.get(i), Value.given(BigDecimal.valueOf(splits.get(0)[i]), line, label));
					}
					return;
				}
				if (splits.size() > 1) {
					ambiguous(row, label, line, cells, splits);
					return;
				}
			}
			warn(line, RuleIds.CELL_COUNT, items.subList(cells.size(), items.size()), "row '"
					+ label + "' has " + cells.size() + " of " + items.size() + " cells (" + RowCells.written(cells)
					+ "): the missing last cells read as blank");
		}
		for (int i = 0; i < items.size(); i++) {
			RowCells.RawCell cell = (i < cells.size()) ? cells.get(i) : new RowCells.RawCell(null, line);
			parse(items.get(i), cell, label);
		}
	}

	private void ambiguous(ReportLayout.Row row, String label, int line, List<RowCells.RawCell> cells, List<long[]> splits) {
		this.ambiguous.add(new Ambiguous(row, label, line, cells, splits));
		this.reported.addAll(row.items());
	}

	/**
	 * Section 三's results rows add up to （七）总计 in every column (R3): when a single row of the
	 * sum is ambiguous and every other is read, the one split that keeps the sums is the row.
	 */
	private void resolveByColumnTotals() {
		List<ReportLayout.Row> terms = this.layout.rows(ReportLayout.APPLICATIONS)
			.stream()
			.filter((row) -> row.isResult() || row.isResultTotal())
			.toList();
		List<Ambiguous> open = this.ambiguous.stream().filter((pending) -> terms.contains(pending.row())).toList();
		if (open.size() != 1) {
			return;
		}
		Ambiguous pending = open.get(0);
		List<long[]> fits = new ArrayList<>();
		for (long[] split : pending.splits()) {
			if (keepsColumnTotals(terms, pending.row(), split)) {
				fits.add(split);
			}
		}
		if (fits.size() != 1 || !CellSplitter.isExhaustive(pending.splits())) {
			return;
		}
		this.ambiguous.remove(pending);
		List<Item> items = pending.row().items();
		for (int i = 0; i < items.size(); i++) {
			put(items.get(i), Value.given(BigDecimal.valueOf(fits.get(0)[i]), pending.line(), pending.label()));
			this.reported.remove(items.get(i));
		}
		warn(pending.line(), RuleIds.AMBIGUOUS_CELLS, items, "row '" + pending.label() + "': '"
				+ RowCells.written(pending.cells()) + "' splits in " + pending.splits().size() + " ways (" + candidates(pending.splits())
				+ "); read as " + joined(fits.get(0)) + ", the only one that keeps the （七）总计 column sums");
	}

	private boolean keepsColumnTotals(List<ReportLayout.Row> terms, ReportLayout.Row tried, long[] split) {
		for (int c = 0; c < APPLICANT_COLUMNS; c++) {
			BigDecimal sum = BigDecimal.ZERO;
			BigDecimal total = null;
			for (ReportLayout.Row row : terms) {
				Item item = row.items().get(c);
				BigDecimal amount;
				if (row == tried) {
					amount = BigDecimal.valueOf(split[c]);
				}
				else if (this.values[item.index()] != null) {
					amount = this.values[item.index()].amount();
				}
				else {
					return false;
				}
				if (row.isResultTotal()) {
					total = amount;
				}
				else {
					sum = sum.add(amount);
				}
			}
			if (total == null || sum.compareTo(total) != 0) {
				return false;
			}
		}
		return true;
	}

	private void reportAmbiguous() {
		for (Ambiguous pending : this.ambiguous) {
			error(pending.line(), RuleIds.AMBIGUOUS_CELLS, pending.row().items(), "row '"
					+ pending.label() + "': '" + RowCells.written(pending.cells()) + "' splits into " + pending.row().items().size()
					+ " cells in more than one way that fits the table's totals: " + candidates(pending.splits())
					+ "; not read");
		}
	}

	private static String candidates(List<long[]> splits) {
		return splits.stream().map(TableReading::joined).collect(Collectors.joining(" | "))
				+ (CellSplitter.isExhaustive(splits) ? "" : " | ...");
	}

	private void parse(Item item, RowCells.RawCell cell, String label) {
		ValueParser.Parsed parsed = ValueParser.parse(cell.text(), item, this.headerUnits.get(item));
		if (!parsed.isNumber()) {
			error(cell.line(), parsed.ruleId(), List.of(item), item.label() + ": " + parsed.note());
			this.reported.add(item);
			return;
		}
		switch (parsed.state()) {
			case BLANK -> {
				put(item, Value.blank(cell.line(), label));
				this.blanks.computeIfAbsent(cell.line(), (key) -> new ArrayList<>()).add(item);
			}
			case NOT_APPLICABLE -> put(item, Value.notApplicable(cell.line(), label));
			case GIVEN -> put(item, Value.given(parsed.number(), cell.line(), label));
		}
		if (parsed.ruleId() != null && parsed.state() != Value.State.BLANK) {
			this.findings.add(finding(cell.line(), parsed.ruleId(), parsed.severity(), List.of(item),
					item.label() + ": " + parsed.note()));
		}
	}

	// --- section 四 ---------------------------------------------------------------------------

	/**
	 * Reads the 15 numbers of section 四's single data row: the first numbers after the heading,
	 * over as many lines as they take, with or without group labels in front of them.
	 */
	private void readReviews(int from) {
		List<Item> items = this.layout.reviewItems();
		int firstLine = (from < this.tokens.size()) ? this.tokens.get(from).line() : this.text.lines().size();
		List<RowCells.RawCell> cells = this.rowCells.unlabelledRow(firstLine, items.size());
		if (!cells.isEmpty()) {
			assign(new ReportLayout.Row(REVIEWS_LABEL, "", items), REVIEWS_LABEL, cells.get(0).line(), cells,
					CellSplitter.groupsWithTotal(REVIEW_GROUP));
		}
	}

	private static String joined(long[] split) {
		StringBuilder out = new StringBuilder();
		for (long cell : split) {
			out.append((out.length() > 0) ? "," : "").append(cell);
		}
		return out.toString();
	}

	// --- blanks, derived totals, missing items ---------------------------------------------

	/**
	 * Blank totals are derived from their parts (rules.md §7) rather than read as 0: a report that
	 * leaves 总计 empty has not reported a total of zero.
	 */
	private void deriveBlankTotals() {
		List<ReportLayout.Row> rows = this.layout.rows(ReportLayout.APPLICATIONS);
		for (ReportLayout.Row row : rows) {
			if (!row.isResultTotal()) {
				deriveLast(row.items());
			}
		}
		for (ReportLayout.Row total : rows) {
			if (!total.isResultTotal()) {
				continue;
			}
			for (int c = 0; c < APPLICANT_COLUMNS - 1; c++) {
				List<Item> parts = new ArrayList<>();
				for (ReportLayout.Row row : rows) {
					if (row.isResult()) {
						parts.add(row.items().get(c));
					}
				}
				derive(total.items().get(c), parts);
			}
			deriveLast(total.items());
		}
		List<Item> reviews = this.layout.reviewItems();
		for (int g = 0; g + REVIEW_GROUP <= reviews.size(); g += REVIEW_GROUP) {
			deriveLast(reviews.subList(g, g + REVIEW_GROUP));
		}
	}

	private void deriveLast(List<Item> items) {
		Item last = items.get(items.size() - 1);
		if (last.kind() == ItemKind.COUNT_TOTAL) {
			derive(last, items.subList(0, items.size() - 1));
		}
	}

	private void derive(Item total, List<Item> parts) {
		Value blank = this.values[total.index()];
		if (blank == null || blank.state() != Value.State.BLANK) {
			return;
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (Item part : parts) {
			Value value = this.values[part.index()];
			if (value == null) {
				return;
			}
			sum = sum.add(value.amount());
		}
		this.values[total.index()] = Value.given(sum, blank.line(), blank.label());
		this.blanks.getOrDefault(blank.line(), new ArrayList<>()).remove(total);
		warn(blank.line(), RuleIds.BLANK_VALUE, List.of(total),
				total.label() + " is blank: derived as the sum of its parts, " + sum.toPlainString());
	}

	private void reportBlanks() {
		this.blanks.forEach((line, items) -> {
			if (!items.isEmpty()) {
				warn(line, RuleIds.BLANK_VALUE, items, items.size() + " blank cell(s) read as 0: "
						+ items.stream().map(Item::label).collect(Collectors.joining("、")));
			}
		});
	}

	private void reportMissing() {
		for (Item item : this.catalog.items()) {
			if (this.values[item.index()] == null && !this.reported.contains(item)) {
				error(0, RuleIds.MISSING_ITEM, List.of(item),
						"the text has no value for " + item.code() + " " + item.rowLabel() + "（" + item.columnLabel() + "）");
			}
		}
	}

	// --- values and findings -------------------------------------------------------------------

	private void put(Item item, Value value) {
		this.values[item.index()] = value;
	}

	private int lineNumber(ReportText.Token token) {
		return this.text.line(token.line()).number();
	}

	private void warn(int line, String rule, List<Item> items, String message) {
		this.findings.add(finding(line, rule, Severity.WARNING, items, message));
	}

	private void error(int line, String rule, List<Item> items, String message) {
		this.findings.add(finding(line, rule, Severity.ERROR, items, message));
	}

	private Finding finding(int line, String rule, Severity severity, List<Item> items, String message) {
		return new Finding((line > 0) ? this.source + ":" + line : this.source, this.unitCode, this.reportYear, rule,
				severity, items.stream().map((item) -> item.code().value()).toList(), message);
	}

	/**
	 * A row whose run of digits splits in more than one way.
	 * @param row the row
	 * @param label its label as written
	 * @param line its line
	 * @param cells the cells as written
	 * @param splits the splits that fit the row's own arithmetic
	 */
	private record Ambiguous(ReportLayout.Row row, String label, int line, List<RowCells.RawCell> cells, List<long[]> splits) {
	}

}
