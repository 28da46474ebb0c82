package org.ogirollup.submission.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.core.JacksonException;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Finding;
import org.ogirollup.finding.RuleIds;
import org.ogirollup.finding.Severity;
import org.ogirollup.submission.FileRead;
import org.ogirollup.submission.Scope;

/**
 * Reads a canonical CSV submission file ({@code unit_code,report_year,item,value}, optional
 * {@code scope} and {@code label}) into its submissions, one per unit and scope, turning every
 * structural problem into a finding for the submission it belongs to.
 */
public final class CsvSubmissionReader {

	private static final List<String> REQUIRED_COLUMNS = List.of("unit_code", "report_year", "item", "value");

	private CsvSubmissionReader() {
	}

	/**
	 * Reads one file.
	 * @param source the file relative to the input folder, for findings
	 * @param text the decoded content
	 * @param folderYear the report year of the folder the file is in
	 */
	public static FileRead read(String source, String text, int folderYear) {
		List<Finding> fileFindings = new ArrayList<>();
		if (!ReportFormat.covers(folderYear)) {
			fileFindings.add(fileError(source + ":1", folderYear, RuleIds.NO_FORMAT,
					"报告年度 " + folderYear + " 没有适用的官方格式（2019 年起）"));
			return new FileRead(source, List.of(), fileFindings);
		}
		Catalog catalog = Catalog.forReportYear(folderYear);
		Map<GroupKey, SubmissionBuilder> groups = new LinkedHashMap<>();
		try (CsvRows rows = new CsvRows(text)) {
			List<String> header = Objects.requireNonNullElse(rows.next(), List.of());
			List<String> missingColumns = REQUIRED_COLUMNS.stream().filter((column) -> !header.contains(column)).toList();
			if (!missingColumns.isEmpty()) {
				fileFindings.add(fileError(source + ":1", folderYear, RuleIds.CSV_HEADER,
						"表头缺少列 " + String.join(", ", missingColumns) + "（应为 unit_code,report_year,item,value）"));
				return new FileRead(source, List.of(), fileFindings);
			}
			Columns columns = Columns.of(header);
			// the rows of a submission come one after another: they skip the lookup of their group
			SubmissionBuilder builder = null;
			String builderUnit = null;
			String builderScope = null;
			for (List<String> row = rows.next(); row != null; row = rows.next()) {
				if (isBlank(row)) {
					// an empty spreadsheet row saved as commas is as blank as an empty line
					continue;
				}
				int line = rows.line();
				String writtenCode = Columns.get(row, columns.unitCode());
				String unitCode = SubmissionBuilder.boundedUnitCode(writtenCode);
				if (unitCode.isEmpty()) {
					fileFindings.add(fileError(source + ":" + line, folderYear, RuleIds.CSV_ROW,
							"第 " + line + " 行没有单位代码（unit_code），无法归入任何报送"));
					continue;
				}
				String scopeLabel = Columns.get(row, columns.scope());
				if (!unitCode.equals(builderUnit) || !scopeLabel.equals(builderScope)) {
					builder = groups.computeIfAbsent(GroupKey.of(unitCode, scopeLabel),
							(key) -> new SubmissionBuilder(source, unitCode, folderYear, scopeLabel, catalog, line)
								.checkedCode(writtenCode, line));
					builderUnit = unitCode;
					builderScope = scopeLabel;
				}
				if (row.size() != columns.count()) {
					String item = Columns.get(row, columns.item());
					builder.error(line, RuleIds.CSV_ROW, item.isEmpty() ? List.of() : List.of(item),
							"第 " + line + " 行应有 " + columns.count() + " 列，实有 " + row.size() + " 列");
					if (columns.value() >= row.size()) {
						continue;
					}
				}
				builder.accept(line, Columns.get(row, columns.reportYear()), Columns.get(row, columns.item()),
						row.get(columns.value()));
			}
		}
		catch (JacksonException ex) {
			return broken(source, text, folderYear, catalog, groups, fileFindings, ex);
		}
		return new FileRead(source, groups.values().stream().map(SubmissionBuilder::build).toList(), fileFindings);
	}

	/**
	 * A file that stops being CSV part-way (a quote left open, say) cannot be trusted anywhere:
	 * every unit it names is rejected with the reason, those after the break too, found by a plain
	 * look at each line, so that no unit of the file is listed as having sent nothing.
	 */
	private static FileRead broken(String source, String text, int year, Catalog catalog,
			Map<GroupKey, SubmissionBuilder> groups, List<Finding> fileFindings, JacksonException failure) {
		int line = (failure.getLocation() != null) ? Math.max(1, failure.getLocation().getLineNr()) : 0;
		String message = "文件" + ((line > 0) ? "第 " + line + " 行起" : "") + "不是可读的 CSV（" + reason(failure)
				+ "），本文件中各单位的报送均不计入合计，请修正后重新报送";
		for (String unitCode : BrokenCsv.unitsNamed(text)) {
			groups.computeIfAbsent(GroupKey.of(unitCode, ""),
					(key) -> new SubmissionBuilder(source, unitCode, year, "", catalog, line));
		}
		for (SubmissionBuilder builder : groups.values()) {
			builder.broken(line, message);
		}
		if (groups.isEmpty()) {
			fileFindings.add(fileError(source + ((line > 0) ? ":" + line : ""), year, RuleIds.UNREADABLE_FILE, message));
		}
		return new FileRead(source, groups.values().stream().map(SubmissionBuilder::build).toList(), fileFindings);
	}

	/** What broke the CSV, in a clerk's words. */
	private static String reason(JacksonException failure) {
		String original = String.valueOf(failure.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
		if (original.contains("quote")) {
			return "引号不成对，或引号后还有其他字符";
		}
		if (original.contains("length") || original.contains("exceeds")) {
			return "某一字段长得不合理";
		}
		return "格式错误";
	}

	private static boolean isBlank(List<String> row) {
		for (String field : row) {
			if (!field.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static Finding fileError(String source, int year, String ruleId, String message) {
		return new Finding(source, "", year, ruleId, Severity.ERROR, List.of(), message);
	}

	/**
	 * Where the columns are in a file's rows, found once from its header rather than by name on
	 * every row; -1 for an optional column the file does not have.
	 */
	private record Columns(int unitCode, int reportYear, int item, int value, int scope, int count) {

		static Columns of(List<String> header) {
			return new Columns(header.indexOf("unit_code"), header.indexOf("report_year"), header.indexOf("item"),
					header.indexOf("value"), header.indexOf("scope"), header.size());
		}

		/** The field of a column, empty when the row is too short to have it or the file lacks it. */
		static String get(List<String> row, int column) {
			return (column >= 0 && column < row.size()) ? row.get(column) : "";
		}

	}

	/**
	 * Rows belong to the same submission when they share unit and scope; an empty scope is
	 * {@code own}, so both spellings fall into one group. An unknown scope keeps its own group.
	 */
	private record GroupKey(String unitCode, String scope) {

		static GroupKey of(String unitCode, String scopeLabel) {
			return new GroupKey(unitCode, Scope.fromLabel(scopeLabel).map(Scope::label).orElse(scopeLabel));
		}

	}

}
