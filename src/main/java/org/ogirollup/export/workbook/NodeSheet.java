package org.ogirollup.export.workbook;

import org.apache.poi.ss.usermodel.Sheet;

import org.ogirollup.catalog.Item;
import org.ogirollup.export.NodeTables;
import org.ogirollup.registry.Unit;
import org.ogirollup.rollup.NodeCoverage;

/**
 * A government's sheet of the year's workbook: its totals in the official layout (this year, last
 * year and the change side by side), how many units they add up, and, where the total lacks
 * rejected or missing members, those cells filled and a note naming the members.
 */
final class NodeSheet {

	private NodeSheet() {
	}

	/** The sheet's name: the code first, as names repeat (several counties are called 城区). */
	static String name(Unit node) {
		return node.code() + " " + node.name();
	}

	/**
	 * @param current which members this year's totals lack
	 * @param previous which members last year's totals lack
	 */
	static void write(Cells cells, NodeTables tables, NodeCoverage coverage, IncompleteTotals current,
			IncompleteTotals previous) {
		Sheet sheet = cells.sheet();
		String node = tables.node().code();
		int year = tables.year();
		boolean lacksNow = current.lacks(node);
		boolean lacksBefore = tables.hasPrevious() && previous.lacks(node);
		int row = 0;
		cells.text(sheet.createRow(row++), 0,
				tables.heading() + " " + year + " 年政府信息公开工作年度报告统计表（汇总）", Styles.Role.TITLE);
		cells.text(sheet.createRow(row++), 0, "汇总范围：本级及所辖共 " + coverage.expected() + " 个单位，已采用 "
				+ coverage.accepted() + " 个，被退回 " + coverage.rejected() + " 个，未报送 " + coverage.missing()
				+ " 个；各数为已采用报表之和。", Styles.Role.NOTE);
		if (lacksNow || lacksBefore) {
			cells.text(sheet.createRow(row++), 0, "浅橙色底纹的数不完整：合计未计入被退回或未报送的单位（名单见各组标题的批注及“覆盖情况”工作表）。",
					Styles.Role.NOTE, Styles.Fill.INCOMPLETE);
		}
		if (!tables.hasPrevious()) {
			cells.text(sheet.createRow(row++), 0, tables.withoutPrevious(), Styles.Role.NOTE);
		}
		new TablesSheet(cells, new TablesSheet.Marks() {

			@Override
			public TablesSheet.Mark of(NodeTables.Kind block, Item item) {
				boolean incomplete = switch (block) {
					case CURRENT -> lacksNow;
					case PREVIOUS -> lacksBefore;
					case CHANGE -> lacksNow || lacksBefore;
				};
				return incomplete ? INCOMPLETE : TablesSheet.Mark.NONE;
			}

			@Override
			public String blockNote(NodeTables.Kind block) {
				return switch (block) {
					case CURRENT -> current.note(node, year);
					case PREVIOUS -> lacksBefore ? previous.note(node, year - 1) : null;
					case CHANGE -> (lacksNow || lacksBefore) ? "本年或上年合计不完整，增减亦不完整：见本年、上年标题的批注。" : null;
				};
			}

		}).write(row + 1, tables);
		cells.printAcross(true);
	}

	private static final TablesSheet.Mark INCOMPLETE = new TablesSheet.Mark(Styles.Fill.INCOMPLETE, null);

}
