package org.ogirollup.export.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.export.NodeTables;
import org.ogirollup.finding.Finding;
import org.ogirollup.registry.Unit;
import org.ogirollup.submission.Scope;

/**
 * A unit's own tables as it sent them, for the file an analyst sends back: the three tables in
 * the official layout with every cell a finding names coloured (error, warning, or the cell the
 * suggested fix changes) and the findings' messages as the cell's comment.
 */
final class FeedbackSheet {

	private FeedbackSheet() {
	}

	/** The sheet's name: 本级报表 for the unit's own report, 全区汇总报表 for a region-wide one. */
	static String name(SubmittedValues submission) {
		return (submission.scope() == Scope.CONSOLIDATED) ? "全区汇总报表" : "本级报表";
	}

	/**
	 * @param rows the findings on this submission
	 */
	static void write(Cells cells, Unit unit, int year, SubmittedValues submission, List<FindingRow> rows) {
		Sheet sheet = cells.sheet();
		int errors = (int) rows.stream().filter((row) -> row.finding().isError()).count();
		int row = 0;
		cells.text(sheet.createRow(row++), 0, unit.name() + "（" + unit.code() + "）" + year + " 年" + name(submission)
				+ "：问题标注", Styles.Role.TITLE);
		cells.text(sheet.createRow(row++), 0, "来源：" + submission.sourceFile() + "（第 " + submission.line()
				+ " 行起）；审核结果：" + (submission.accepted() ? "已采用" : "被退回，不计入合计") + "（错误 " + errors
				+ " 个，警告 " + (rows.size() - errors) + " 个，含建议）。", Styles.Role.NOTE);
		cells.text(sheet.createRow(row++), 0,
				"着色：红色为错误涉及的单元格，黄色为警告涉及的单元格，橙色粗体为建议修改的单元格；批注写明问题与建议改法（鼠标停在单元格上可见）。",
				Styles.Role.NOTE);
		if (submission.isEmpty()) {
			cells.text(sheet.createRow(row + 1), 0, "未能从文件读出数值，见“问题清单”。", Styles.Role.NOTE);
			return;
		}
		Catalog catalog = Catalog.of(submission.format());
		NodeTables tables = new NodeTables(unit, year,
				List.of(new NodeTables.Block(NodeTables.Kind.CURRENT, "本年（" + year + " 年）填报数",
						NodeTables.cells(catalog, submission.values()))),
				List.of());
		Map<String, TablesSheet.Mark> marks = marks(rows);
		new TablesSheet(cells, new TablesSheet.Marks() {

			@Override
			public TablesSheet.Mark of(NodeTables.Kind block, Item item) {
				return marks.getOrDefault(item.code().value(), TablesSheet.Mark.NONE);
			}

		}).write(row + 1, tables);
		cells.printAcross(true);
	}

	/**
	 * The mark of every cell the findings name: the strongest colour among them (a suggested change
	 * before an error before a warning) and every message, one a line.
	 */
	static Map<String, TablesSheet.Mark> marks(List<FindingRow> rows) {
		Map<String, Styles.Fill> fills = new HashMap<>();
		Map<String, List<String>> notes = new HashMap<>();
		for (FindingRow row : rows) {
			Finding finding = row.finding();
			Styles.Fill fill = FindingRow.isSuggestion(finding) ? Styles.Fill.SUGGESTED
					: finding.isError() ? Styles.Fill.ERROR : Styles.Fill.WARNING;
			String note = (FindingRow.isSuggestion(finding) ? "【建议】" : "【" + FindingsSheet.severity(finding.severity()) + "】")
					+ finding.message();
			for (String code : finding.items()) {
				fills.merge(code, fill, (a, b) -> (rank(a) >= rank(b)) ? a : b);
				List<String> cellNotes = notes.computeIfAbsent(code, (key) -> new ArrayList<>());
				if (!cellNotes.contains(note)) {
					cellNotes.add(note);
				}
			}
		}
		Map<String, TablesSheet.Mark> marks = new HashMap<>();
		fills.forEach((code, fill) -> marks.put(code, new TablesSheet.Mark(fill, String.join("\n", notes.get(code)))));
		return marks;
	}


	private static int rank(Styles.Fill fill) {
		return switch (fill) {
			case SUGGESTED -> 3;
			case ERROR -> 2;
			case WARNING -> 1;
			default -> 0;
		};
	}

}
