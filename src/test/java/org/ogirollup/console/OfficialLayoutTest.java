package org.ogirollup.console;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.catalog.Section;
import org.ogirollup.console.OfficialLayout.Grid;
import org.ogirollup.console.OfficialLayout.GridCell;

import static org.assertj.core.api.Assertions.assertThat;

/** The official tables as a page draws them: every printed cell once, and grids whose spans add up. */
class OfficialLayoutTest {

	@ParameterizedTest
	@EnumSource(ReportFormat.class)
	void everyPrintedCellHasOnePlaceAndEveryLineIsAsWideAsTheGrid(ReportFormat format) {
		Catalog catalog = Catalog.of(format);
		List<OfficialLayout.Table> tables = OfficialLayout.of(catalog);
		assertThat(tables).extracting(OfficialLayout.Table::section).containsExactly(Section.values());
		List<Item> placed = tables.stream()
			.flatMap((table) -> table.grids().stream())
			.flatMap((grid) -> grid.body().stream())
			.flatMap(List::stream)
			.filter(GridCell::isValue)
			.map(GridCell::item)
			.toList();
		assertThat(placed).containsExactlyInAnyOrderElementsOf(catalog.printedItems());
		for (OfficialLayout.Table table : tables) {
			for (Grid grid : table.grids()) {
				assertThat(widths(grid.head())).as("%s head of %s", table.section(), grid.caption()).containsOnly(width(grid));
				assertThat(widths(grid.body())).as("%s body of %s", table.section(), grid.caption()).containsOnly(width(grid));
			}
		}
	}

	@Test
	void table三MergesItsRowLabelsAsThePrintedFormDoes() {
		Grid grid = OfficialLayout.of(Catalog.of(ReportFormat.F2021)).get(1).grids().get(0);
		// head: 申请人情况 over all seven columns; 法人或其他组织 over its five
		assertThat(grid.head().get(0)).extracting(GridCell::label).containsExactly("", "申请人情况");
		assertThat(grid.head().get(0).get(1).colspan()).isEqualTo(7);
		GridCell organisations = grid.head().get(1).stream().filter((c) -> c.label().equals("法人或其他组织")).findFirst().orElseThrow();
		assertThat(organisations.colspan()).isEqualTo(5);
		// 三、本年度办理结果 spans every result row; （三）不予公开 its eight
		GridCell results = grid.body().stream()
			.flatMap(List::stream)
			.filter((c) -> "三、本年度办理结果".equals(c.label()))
			.findFirst()
			.orElseThrow();
		GridCell withheld = grid.body().stream()
			.flatMap(List::stream)
			.filter((c) -> "（三）不予公开".equals(c.label()))
			.findFirst()
			.orElseThrow();
		assertThat(withheld.rowspan()).isEqualTo(8);
		assertThat(results.rowspan()).isEqualTo(2 + 8 + 3 + 5 + 3 + 1);
	}

	/** Each line's width in columns, counting the cells that reach into it from lines above. */
	private static List<Integer> widths(List<List<GridCell>> lines) {
		int[] carried = new int[lines.size()];
		Integer[] widths = new Integer[lines.size()];
		for (int i = 0; i < lines.size(); i++) {
			int width = carried[i];
			for (GridCell cell : lines.get(i)) {
				width += cell.colspan();
				for (int below = 1; below < cell.rowspan() && i + below < lines.size(); below++) {
					carried[i + below] += cell.colspan();
				}
			}
			widths[i] = width;
		}
		return List.of(widths);
	}

	private static int width(Grid grid) {
		return widths(grid.body()).get(0);
	}

}
