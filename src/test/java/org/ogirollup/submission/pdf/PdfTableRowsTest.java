package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ogirollup.submission.document.Cell;
import org.ogirollup.submission.document.Row;

import static org.assertj.core.api.Assertions.assertThat;

/** How {@link TableRows} tells header rows from data rows and labels from values in a ruled grid. */
class PdfTableRowsTest {

	/** A table of one label column and two value columns, four rows. */
	private final RuledGrid grid = Lattice.grids(rulings()).get(0);

	@Test
	void wordsInTheValueColumnsMakeAHeaderRowOfLabelsOnly() {
		List<Row> rows = rows("信息内容", "本年处理决定数量", "本年收费金额", "行政处罚", "2776", "", "行政强制", "", "", "行政许可", "3", "");
		assertThat(rows.get(0).hasCells()).isFalse();
		assertThat(rows.get(0).labels()).containsExactly("信息内容", "本年处理决定数量", "本年收费金额");
	}

	@Test
	void valuesStartWhereTheLeftmostNumberStandsAndBlanksStayInTheirColumns() {
		List<Row> rows = rows("信息内容", "甲", "乙", "行政处罚", "", "7", "行政强制", "", "", "行政许可", "3", "");
		assertThat(rows.get(1).labels()).containsExactly("行政处罚");
		assertThat(rows.get(1).cells()).extracting(Cell::text).containsExactly("", "7");
		assertThat(rows.get(2).cells()).extracting(Cell::isBlank).containsExactly(true, true);
		assertThat(rows.get(3).cells()).extracting(Cell::text).containsExactly("3", "");
	}

	@Test
	void aWordBesideANumberIsAValueButWordsAloneAreAHeader() {
		List<Row> rows = rows("信息内容", "甲", "乙", "行政处罚", "2776", "不适用", "行政强制", "不适用", "不适用", "行政许可", "3", "");
		assertThat(rows.get(1).cells()).extracting(Cell::text).containsExactly("2776", "不适用");
		assertThat(rows.get(2).hasCells()).isFalse();
		assertThat(rows.get(2).labels()).containsExactly("行政强制", "不适用", "不适用");
	}

	private List<Row> rows(String... texts) {
		List<String> byCell = new ArrayList<>();
		for (GridCell cell : this.grid.cells()) {
			byCell.add(texts[cell.rowStart() * 3 + cell.colStart()]);
		}
		TablePart part = new TablePart(1, this.grid, byCell);
		return TableRows.of(List.of(part), List.of("第 1 页第 1 个表格"));
	}

	private static List<Ruling> rulings() {
		List<Ruling> rulings = new ArrayList<>();
		for (double y : new double[] { 0, 20, 40, 60, 80 }) {
			rulings.add(new Ruling(true, y, 0, 300));
		}
		for (double x : new double[] { 0, 100, 200, 300 }) {
			rulings.add(new Ruling(false, x, 0, 80));
		}
		return rulings;
	}

}
