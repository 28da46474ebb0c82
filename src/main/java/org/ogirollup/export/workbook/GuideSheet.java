package org.ogirollup.export.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.finding.Severity;
import org.ogirollup.rules.Rule;
import org.ogirollup.rules.RuleSet;

/**
 * The sheet 说明: what each sheet holds, what each column of the lists means, what the colours
 * say, and the rules of the year's format, so that a workbook sent on explains itself.
 */
final class GuideSheet {

	static final String NAME = "说明";

	/** A sheet of the workbook and what it holds. */
	record Entry(String sheet, String content) {
	}

	private static final List<Entry> COLOURS = List.of(
			new Entry("INCOMPLETE", "合计不完整：所辖单位中有被退回或未报送的，其数未计入（名单见该表标题的批注和“覆盖情况”）"),
			new Entry("ERROR", "错误涉及的单元格：该报表因此被退回，不计入合计（批注为问题说明）"),
			new Entry("WARNING", "警告涉及的单元格：计入合计，请核实（批注为问题说明）"),
			new Entry("SUGGESTED", "建议修改的单元格：改动最少单元格使各规则均成立的改法（批注为建议）"),
			new Entry("NOT_COMPARABLE", "增减表中两年统计口径不同、不可比的项"));

	private GuideSheet() {
	}

	/**
	 * @param title what the workbook is, such as 辽宁省 2021 年政府信息公开工作年度报告汇总
	 * @param sheets the workbook's sheets and what each holds
	 * @param withCoverage whether the workbook has the sheet 覆盖情况, whose columns are then explained
	 */
	static void write(Cells cells, String title, int year, List<Entry> sheets, boolean withCoverage) {
		Sheet sheet = cells.sheet();
		sheet.setColumnWidth(0, 26 * 256);
		sheet.setColumnWidth(1, 100 * 256);
		int row = 0;
		cells.text(sheet.createRow(row++), 0, title + "：说明", Styles.Role.TITLE);
		cells.text(sheet.createRow(row++), 0, "由 ogi-rollup 根据各单位报送的统计表生成；同一输入每次生成的文件完全相同。",
				Styles.Role.NOTE);
		row = section(cells, row + 1, "工作表", "内容", sheets);
		row = section(cells, row + 1, FindingsSheet.NAME + "的列", "含义", meanings(FindingsSheet.COLUMNS));
		if (withCoverage) {
			row = section(cells, row + 1, CoverageSheet.NAME + "的列", "含义", meanings(CoverageSheet.COLUMNS));
		}
		Row header = sheet.createRow(++row);
		cells.text(header, 0, "颜色", Styles.Role.LIST_HEADER);
		cells.text(header, 1, "含义", Styles.Role.LIST_HEADER);
		for (Entry colour : COLOURS) {
			Row line = sheet.createRow(++row);
			cells.text(line, 0, "", Styles.Role.LIST_TEXT, Styles.Fill.valueOf(colour.sheet()));
			cells.text(line, 1, colour.content(), Styles.Role.LIST_TEXT);
		}
		ReportFormat format = ReportFormat.covers(year) ? ReportFormat.forReportYear(year) : ReportFormat.F2019;
		List<Entry> rules = RuleSet.of(format)
			.rules()
			.stream()
			.map((rule) -> new Entry(rule.id(), rule.title() + "（" + severity(rule) + "）"))
			.toList();
		row = section(cells, row + 2, "规则（" + year + " 年格式）", "要求", rules);
		cells.text(sheet.createRow(row + 1), 0,
				"其余规则编号（如 missing-item、blank-value、duplicate-submission、suggested-fix）为本系统的检查，问题说明列写明了原因。",
				Styles.Role.NOTE);
	}

	private static int section(Cells cells, int firstRow, String what, String meaning, List<Entry> entries) {
		int row = firstRow;
		Row header = cells.sheet().createRow(row++);
		cells.text(header, 0, what, Styles.Role.LIST_HEADER);
		cells.text(header, 1, meaning, Styles.Role.LIST_HEADER);
		for (Entry entry : entries) {
			Row line = cells.sheet().createRow(row++);
			cells.text(line, 0, entry.sheet(), Styles.Role.LIST_TEXT);
			cells.text(line, 1, entry.content(), Styles.Role.LIST_TEXT);
		}
		return row;
	}

	private static List<Entry> meanings(List<ListSheet.Column> columns) {
		return columns.stream().map((column) -> new Entry(column.name(), column.meaning())).toList();
	}

	private static String severity(Rule rule) {
		return (rule.severity() == Severity.ERROR) ? "错误" : "警告";
	}

}
