package org.ogirollup.export.workbook;

import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;

import org.ogirollup.registry.Level;
import org.ogirollup.registry.Registry;
import org.ogirollup.registry.Unit;
import org.ogirollup.rollup.UnitOutcome;

/**
 * The sheet 覆盖情况: every unit of the registry (or of one province) with what became of its own
 * submission, where it belongs, and how many errors and warnings its findings hold.
 */
final class CoverageSheet {

	static final String NAME = "覆盖情况";

	static final List<ListSheet.Column> COLUMNS = List.of(new ListSheet.Column("单位代码", 13, "单位名录中的代码"),
			new ListSheet.Column("单位名称", 24, "单位名录中的名称"),
			new ListSheet.Column("级别", 8, "全国、省、市、县、部门"),
			new ListSheet.Column("所属省", 10, "单位所在的省（省本身亦填）"),
			new ListSheet.Column("所属市", 12, "单位所在的市（市本身亦填）"),
			new ListSheet.Column("所属县", 12, "单位所在的县（区）（县本身亦填）"),
			new ListSheet.Column("上级单位", 13, "上级单位的代码"),
			new ListSheet.Column("状态", 10, "已采用：计入合计；被退回：报送了但有错误（或重复报送），不计入合计；未报送：没有本级报表"),
			new ListSheet.Column("错误数", 8, "该单位在问题清单中的错误条数"),
			new ListSheet.Column("警告数", 8, "该单位在问题清单中的警告条数"));

	private CoverageSheet() {
	}

	/**
	 * @param units the units to list, in registry order
	 * @param outcomes what became of each unit's own submission; a unit without one sent nothing
	 * @param counts errors and warnings per unit code
	 */
	static void write(Cells cells, Registry registry, List<Unit> units, Map<String, UnitOutcome> outcomes,
			Map<String, int[]> counts) {
		ListSheet list = new ListSheet(cells, COLUMNS);
		for (Unit unit : units) {
			Row row = list.row();
			int c = 0;
			list.text(row, c++, unit.code());
			list.text(row, c++, unit.name());
			list.text(row, c++, level(unit.level()));
			list.text(row, c++, name(registry, unit, Level.PROVINCE));
			list.text(row, c++, name(registry, unit, Level.CITY));
			list.text(row, c++, name(registry, unit, Level.COUNTY));
			list.text(row, c++, unit.parentCode());
			UnitOutcome outcome = outcomes.get(unit.code());
			list.text(row, c++, status(outcome), (outcome == UnitOutcome.ACCEPTED) ? Styles.Fill.NONE : Styles.Fill.INCOMPLETE);
			int[] count = counts.getOrDefault(unit.code(), new int[2]);
			cells.number(row, c++, count[0], Styles.Role.LIST_NUMBER);
			cells.number(row, c, count[1], Styles.Role.LIST_NUMBER);
		}
		list.finish();
	}

	/** 已采用, 被退回 or 未报送. */
	static String status(UnitOutcome outcome) {
		if (outcome == null) {
			return "未报送";
		}
		return (outcome == UnitOutcome.ACCEPTED) ? "已采用" : "被退回";
	}

	static String level(Level level) {
		return switch (level) {
			case NATION -> "全国";
			case PROVINCE -> "省";
			case CITY -> "市";
			case COUNTY -> "县";
			case DEPARTMENT -> "部门";
		};
	}

	private static String name(Registry registry, Unit unit, Level level) {
		return registry.governmentAt(unit.code(), level).map(Unit::name).orElse("");
	}

}
