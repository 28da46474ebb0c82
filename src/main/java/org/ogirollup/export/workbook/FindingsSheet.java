package org.ogirollup.export.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;

import org.ogirollup.finding.Severity;

/**
 * The sheet 问题清单: one row per finding, as many and in the same order as {@code validation.csv}
 * (or the rows of one unit or city), with the unit, where it belongs, the cells in the report's
 * words, the two sides of a broken equation and the suggested fix.
 */
final class FindingsSheet {

	static final String NAME = "问题清单";

	static final List<ListSheet.Column> COLUMNS = List.of(new ListSheet.Column("单位代码", 13, "报送单位的代码"),
			new ListSheet.Column("单位名称", 22, "单位名录中的名称；名录中没有的单位为空"),
			new ListSheet.Column("所属省", 10, "单位所在的省（省本身亦填）"),
			new ListSheet.Column("所属市", 12, "单位所在的市（市本身亦填）；省直部门为空"),
			new ListSheet.Column("所属县", 12, "单位所在的县（区）；市直部门为空"),
			new ListSheet.Column("表", 8, "问题所在的统计表：表二、表三、表四"),
			new ListSheet.Column("行", 30, "问题涉及的行"),
			new ListSheet.Column("列", 18, "问题涉及的列"),
			new ListSheet.Column("严重程度", 12, "错误：该报表被退回，不计入合计；警告：计入合计，请核实"),
			new ListSheet.Column("规则", 12, "规则编号：R1、R2 等见“说明”工作表的规则表，其余为本系统的检查"),
			new ListSheet.Column("问题说明（含等式两边）", 60, "问题的文字说明，等式不成立时列出两边各项及差"),
			new ListSheet.Column("左边", 9, "不成立的等式左边之和"),
			new ListSheet.Column("右边", 9, "不成立的等式右边之和"),
			new ListSheet.Column("差额", 9, "左边减右边"),
			new ListSheet.Column("建议改法", 60, "改动最少单元格使各规则均成立的改法；有几种同样少的改法时全部列出"),
			new ListSheet.Column("来源（文件:行）", 30, "报送文件（相对输入文件夹）及行号"),
			new ListSheet.Column("统计项代码", 30, "问题涉及的统计项代码，与 validation.csv 的 item 列相同"));

	private FindingsSheet() {
	}

	/** Writes the rows into a new sheet of the list's columns. */
	static void write(Cells cells, List<FindingRow> rows) {
		ListSheet list = new ListSheet(cells, COLUMNS);
		for (FindingRow finding : rows) {
			Row row = list.row();
			int c = 0;
			list.text(row, c++, finding.finding().unitCode());
			list.text(row, c++, finding.unitName());
			list.text(row, c++, finding.province());
			list.text(row, c++, finding.city());
			list.text(row, c++, finding.county());
			list.text(row, c++, finding.tables());
			list.text(row, c++, finding.rows());
			list.text(row, c++, finding.columns());
			boolean error = finding.finding().severity() == Severity.ERROR;
			list.text(row, c++, severity(finding.finding().severity()), error ? Styles.Fill.ERROR : Styles.Fill.WARNING);
			list.text(row, c++, finding.finding().ruleId());
			list.text(row, c++, finding.finding().message());
			cells.number(row, c++, finding.left(), Styles.Role.LIST_NUMBER, Styles.Fill.NONE);
			cells.number(row, c++, finding.right(), Styles.Role.LIST_NUMBER, Styles.Fill.NONE);
			cells.number(row, c++, finding.difference(), Styles.Role.LIST_NUMBER, Styles.Fill.NONE);
			list.text(row, c++, finding.suggestion());
			list.text(row, c++, finding.finding().source());
			list.text(row, c, finding.finding().itemColumn());
		}
		list.finish();
	}

	/** The word a clerk reads for a severity. */
	static String severity(Severity severity) {
		return (severity == Severity.ERROR) ? "错误（退回）" : "警告";
	}

}
