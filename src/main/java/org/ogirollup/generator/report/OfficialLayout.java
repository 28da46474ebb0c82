package org.ogirollup.generator.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ItemKind;
import org.ogirollup.catalog.Section;

/**
 * The three tables of a format as the official template prints them, built from the catalog's
 * row and column label paths: table 二 as its sub-tables (第二十条第（一）项 ...), each with a
 * caption row and a 信息内容 header; table 三 with its three header rows under the printed
 * arithmetic note, group labels merged down over their rows; table 四 with its three header rows
 * over one row of 15 values. Merged cells are where the template merges them.
 */
public final class OfficialLayout {

	/** The one rule the template prints, in the corner of table 三. */
	static final String TABLE3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

	private static final String PATH = " / ";

	private static final int TABLE2_WIDTH = 4;

	private static final int LABEL_COLUMNS = 3;

	/** Where the unit of a money column goes: after each amount, or in the column's header. */
	public enum MoneyUnit {

		/** {@code 75394432.52元}, as web pages and Word documents print it. */
		IN_CELL,

		/** {@code 采购总金额（元）} over bare amounts, as a sheet of numbers needs it. */
		IN_HEADER

	}

	private OfficialLayout() {
	}

	/**
	 * The tables 二, 三 and 四 of a catalog.
	 * @param catalog the format
	 * @param value each printed item's text
	 * @param money where the unit of money other than 万元 (whose header names it) goes
	 */
	public static List<ReportTable> tables(Catalog catalog, Function<Item, String> value, MoneyUnit money) {
		return List.of(active(catalog, value, money), applications(catalog, value), reviews(catalog, value));
	}

	private static List<Item> items(Catalog catalog, Section section) {
		return catalog.printedItems().stream().filter((item) -> Section.of(item) == section).toList();
	}

	private static List<String> parts(String path) {
		return Arrays.asList(path.split(PATH));
	}

	private static ReportTable active(Catalog catalog, Function<Item, String> value, MoneyUnit money) {
		Map<String, List<Item>> byArticle = new LinkedHashMap<>();
		for (Item item : items(catalog, Section.ACTIVE)) {
			byArticle.computeIfAbsent(parts(item.rowLabel()).get(0), (key) -> new ArrayList<>()).add(item);
		}
		Cells cells = new Cells();
		int r = 0;
		for (Map.Entry<String, List<Item>> article : byArticle.entrySet()) {
			cells.header(article.getKey(), r++, 0, 1, TABLE2_WIDTH);
			List<String> columns = article.getValue().stream().map(Item::columnLabel).distinct().toList();
			cells.header("信息内容", r, 0, 1, 1);
			for (int k = 0; k < columns.size(); k++) {
				String column = columns.get(k);
				Item first = article.getValue().stream().filter((item) -> item.columnLabel().equals(column)).findFirst().orElseThrow();
				String label = column;
				if (needsUnit(first) && money == MoneyUnit.IN_HEADER) {
					label += "（" + first.unit() + "）";
				}
				cells.header(label, r, 1 + k, 1, span(k, columns.size()));
			}
			r++;
			Map<String, List<Item>> byRow = new LinkedHashMap<>();
			for (Item item : article.getValue()) {
				byRow.computeIfAbsent(parts(item.rowLabel()).get(1), (key) -> new ArrayList<>()).add(item);
			}
			for (Map.Entry<String, List<Item>> row : byRow.entrySet()) {
				cells.header(row.getKey(), r, 0, 1, 1);
				for (Item item : row.getValue()) {
					int k = columns.indexOf(item.columnLabel());
					String text = value.apply(item);
					if (needsUnit(item) && money == MoneyUnit.IN_CELL) {
						text += item.unit();
					}
					cells.value(text, r, 1 + k, span(k, columns.size()));
				}
				r++;
			}
		}
		return cells.table(Section.ACTIVE.heading(), new double[] { 2.4, 2.2, 2.2, 2.2 });
	}

	/** The last column of a sub-table takes the columns it does not use. */
	private static int span(int column, int columns) {
		return (column == columns - 1) ? TABLE2_WIDTH - columns : 1;
	}

	/** Money in 元 has no unit in its header; 万元 has, in the template's own words. */
	private static boolean needsUnit(Item item) {
		return item.kind() == ItemKind.MONEY && !item.columnLabel().contains(item.unit());
	}

	private static ReportTable applications(Catalog catalog, Function<Item, String> value) {
		List<Item> items = items(catalog, Section.APPLICATIONS);
		List<String> columns = items.stream().map(Item::columnLabel).distinct().toList();
		List<String> rows = items.stream().map(Item::rowLabel).distinct().toList();
		Cells cells = new Cells();
		int headerRows = depth(columns);
		cells.header(TABLE3_NOTE, 0, 0, headerRows, LABEL_COLUMNS);
		header(cells, columns.stream().map(OfficialLayout::parts).toList(), LABEL_COLUMNS, headerRows, true);
		List<List<String>> rowPaths = rows.stream().map(OfficialLayout::parts).toList();
		for (int level = 0; level < LABEL_COLUMNS; level++) {
			for (int i = 0; i < rowPaths.size(); i++) {
				List<String> path = rowPaths.get(i);
				if (path.size() <= level || level < path.size() - 1 && i > 0 && underSameGroup(rowPaths.get(i - 1), path, level)) {
					continue;
				}
				if (level == path.size() - 1) {
					cells.header(path.get(level), headerRows + i, level, 1, LABEL_COLUMNS - level);
				}
				else {
					int end = i;
					while (end + 1 < rowPaths.size() && underSameGroup(path, rowPaths.get(end + 1), level)) {
						end++;
					}
					cells.header(path.get(level), headerRows + i, level, end - i + 1, 1);
				}
			}
		}
		Map<String, Item> byPlace = new LinkedHashMap<>();
		items.forEach((item) -> byPlace.put(item.rowLabel() + "|" + item.columnLabel(), item));
		for (int i = 0; i < rows.size(); i++) {
			for (int k = 0; k < columns.size(); k++) {
				cells.value(value.apply(byPlace.get(rows.get(i) + "|" + columns.get(k))), headerRows + i, LABEL_COLUMNS + k, 1);
			}
		}
		double[] weights = new double[LABEL_COLUMNS + columns.size()];
		Arrays.fill(weights, 0.72);
		weights[0] = 0.6;
		weights[1] = 1.1;
		weights[2] = 2.7;
		return cells.table(Section.APPLICATIONS.heading(), weights);
	}

	/** Whether a row lies under the group another row's label at a level names. */
	private static boolean underSameGroup(List<String> group, List<String> row, int level) {
		return row.size() > level + 1 && group.size() > level + 1 && group.subList(0, level + 1).equals(row.subList(0, level + 1));
	}

	private static ReportTable reviews(Catalog catalog, Function<Item, String> value) {
		List<Item> items = items(catalog, Section.REVIEWS);
		List<List<String>> paths = new ArrayList<>();
		for (Item item : items) {
			List<String> path = new ArrayList<>(parts(item.rowLabel()));
			path.addAll(parts(item.columnLabel()));
			paths.add(path);
		}
		Cells cells = new Cells();
		int headerRows = paths.stream().mapToInt(List::size).max().orElse(1);
		header(cells, paths, 0, headerRows, false);
		for (int k = 0; k < items.size(); k++) {
			cells.value(value.apply(items.get(k)), headerRows, k, 1);
		}
		double[] weights = new double[items.size()];
		Arrays.fill(weights, 1.0);
		return cells.table(Section.REVIEWS.heading(), weights);
	}

	private static int depth(List<String> columns) {
		return columns.stream().mapToInt((column) -> parts(column).size()).max().orElse(1);
	}

	/**
	 * Header rows over value columns from their label paths: columns that share a label at a
	 * level are merged under it. A path shorter than the others spans down: by its last label
	 * (table 三's 自然人 and 总计 over two rows) or by its first (table 四's 行政复议 over two rows,
	 * its five results on the bottom row), as the template has it.
	 */
	private static void header(Cells cells, List<List<String>> paths, int firstColumn, int depth, boolean lastSpansDown) {
		String[][] labels = new String[depth][paths.size()];
		for (int c = 0; c < paths.size(); c++) {
			List<String> path = paths.get(c);
			int stretch = depth - path.size();
			for (int level = 0; level < depth; level++) {
				int part = lastSpansDown ? Math.min(level, path.size() - 1) : Math.max(0, level - stretch);
				labels[level][c] = String.join(PATH, path.subList(0, part + 1));
			}
		}
		for (int level = 0; level < depth; level++) {
			int c = 0;
			while (c < paths.size()) {
				int end = c;
				while (end + 1 < paths.size() && labels[level][end + 1].equals(labels[level][c])) {
					end++;
				}
				if (level == 0 || !labels[level][c].equals(labels[level - 1][c])) {
					int rowSpan = 1;
					while (level + rowSpan < depth && labels[level + rowSpan][c].equals(labels[level][c])) {
						rowSpan++;
					}
					String path = labels[level][c];
					cells.header(path.substring(path.lastIndexOf(PATH) < 0 ? 0 : path.lastIndexOf(PATH) + PATH.length()),
							level, firstColumn + c, rowSpan, end - c + 1);
				}
				c = end + 1;
			}
		}
	}

	/** The cells of a table being laid out. */
	private static final class Cells {

		private final List<GridCell> cells = new ArrayList<>();

		void header(String text, int row, int column, int rowSpan, int columnSpan) {
			this.cells.add(new GridCell(text, row, column, rowSpan, columnSpan, true));
		}

		void value(String text, int row, int column, int columnSpan) {
			this.cells.add(new GridCell(text, row, column, 1, columnSpan, false));
		}

		ReportTable table(String heading, double[] columnWeights) {
			this.cells.sort(Comparator.comparingInt(GridCell::row).thenComparingInt(GridCell::column));
			return new ReportTable(heading, columnWeights.length, this.cells, columnWeights);
		}

	}

}
