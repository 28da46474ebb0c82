package org.ogirollup.console;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ItemKind;
import org.ogirollup.catalog.ReportFormat;
import org.ogirollup.catalog.Section;

/**
 * The three statistical tables of a format as a page draws them: the official layout of
 * {@code export/OfficialTables}, with its labels from the catalog, but with merged cells
 * ({@code rowspan}, {@code colspan}) where the printed form merges them, instead of a label
 * written once. Section 二 is one small table per article item, 三 has applicants across and
 * results down, 四 is one row under a three-level head.
 */
final class OfficialLayout {

	/** One cell: a label (head or row label), or the place of an item's value. */
	record GridCell(String label, Item item, int rowspan, int colspan) {

		public boolean isValue() {
			return this.item != null;
		}

	}

	/** One table grid: its head lines and its body lines. */
	record Grid(String caption, List<List<GridCell>> head, List<List<GridCell>> body) {
	}

	/** One of the three tables, with its grids. */
	record Table(Section section, List<Grid> grids) {
	}

	private static final Map<ReportFormat, List<Table>> LAYOUTS = new ConcurrentHashMap<>();

	private OfficialLayout() {
	}

	/** The tables of a format, worked out once. */
	static List<Table> of(Catalog catalog) {
		return LAYOUTS.computeIfAbsent(catalog.format(), (format) -> layout(catalog));
	}

	private static List<Table> layout(Catalog catalog) {
		Map<Section, List<Item>> bySection = new EnumMap<>(Section.class);
		for (Item item : catalog.printedItems()) {
			bySection.computeIfAbsent(Section.of(item), (section) -> new ArrayList<>()).add(item);
		}
		List<Table> tables = new ArrayList<>();
		for (Section section : Section.values()) {
			List<Item> items = bySection.getOrDefault(section, List.of());
			List<Grid> grids = switch (section) {
				case ACTIVE -> activeDisclosure(items);
				case APPLICATIONS -> List.of(grid(null, items, (item) -> parts(item.rowLabel()),
						(item) -> parts(item.columnLabel())));
				case REVIEWS -> List.of(grid(null, items, (item) -> List.of(), (item) -> {
					List<String> path = new ArrayList<>(parts(item.rowLabel()));
					path.addAll(parts(item.columnLabel()));
					return path;
				}));
			};
			tables.add(new Table(section, grids));
		}
		return List.copyOf(tables);
	}

	/** Section 二: one grid per article item (第二十条第（一）项, ...), rows by matter. */
	private static List<Grid> activeDisclosure(List<Item> items) {
		Map<String, List<Item>> byArticle = new LinkedHashMap<>();
		for (Item item : items) {
			byArticle.computeIfAbsent(parts(item.rowLabel()).get(0), (article) -> new ArrayList<>()).add(item);
		}
		List<Grid> grids = new ArrayList<>();
		byArticle.forEach((article, articleItems) -> grids.add(grid(article, articleItems, (item) -> {
			List<String> path = parts(item.rowLabel());
			return path.subList(1, path.size());
		}, (item) -> List.of(withUnit(item)))));
		return grids;
	}

	private static String withUnit(Item item) {
		String label = item.columnLabel();
		return (item.kind() == ItemKind.MONEY && !label.contains(item.unit())) ? label + "（单位：" + item.unit() + "）"
				: label;
	}

	/**
	 * Items by row and column label paths in order of first appearance: a head of as many lines
	 * as the deepest column path, a parent spanning its columns, a shorter path's leaf reaching
	 * down to the last line; row labels likewise across as many columns as the deepest row path.
	 */
	static Grid grid(String caption, List<Item> items, Function<Item, List<String>> rowPath,
			Function<Item, List<String>> columnPath) {
		Map<List<String>, Map<List<String>, Item>> rows = new LinkedHashMap<>();
		Map<List<String>, Boolean> columnSet = new LinkedHashMap<>();
		for (Item item : items) {
			List<String> column = columnPath.apply(item);
			columnSet.put(column, Boolean.TRUE);
			rows.computeIfAbsent(rowPath.apply(item), (row) -> new LinkedHashMap<>()).put(column, item);
		}
		List<List<String>> columns = new ArrayList<>(columnSet.keySet());
		List<List<String>> rowPaths = new ArrayList<>(rows.keySet());
		int rowDepth = rowPaths.stream().mapToInt(List::size).max().orElse(0);
		int columnDepth = columns.stream().mapToInt(List::size).max().orElse(0);
		List<List<GridCell>> head = new ArrayList<>();
		for (int line = 0; line < columnDepth; line++) {
			List<GridCell> cells = new ArrayList<>();
			if (line == 0 && rowDepth > 0) {
				cells.add(new GridCell("", null, columnDepth, rowDepth));
			}
			for (int j = 0; j < columns.size(); j++) {
				List<String> path = columns.get(j);
				int leaf = path.size() - 1;
				if (line > leaf) {
					continue;
				}
				if (line == leaf) {
					cells.add(new GridCell(path.get(leaf), null, columnDepth - leaf, 1));
					continue;
				}
				if (j > 0 && sharesPrefix(path, columns.get(j - 1), line) && columns.get(j - 1).size() - 1 > line) {
					continue;
				}
				int span = 1;
				while (j + span < columns.size() && sharesPrefix(columns.get(j + span), path, line)
						&& columns.get(j + span).size() - 1 > line) {
					span++;
				}
				cells.add(new GridCell(path.get(line), null, 1, span));
			}
			head.add(cells);
		}
		List<List<GridCell>> body = new ArrayList<>();
		for (int i = 0; i < rowPaths.size(); i++) {
			List<String> path = rowPaths.get(i);
			List<GridCell> cells = new ArrayList<>();
			for (int d = 0; d < path.size(); d++) {
				if (d == path.size() - 1) {
					cells.add(new GridCell(path.get(d), null, 1, rowDepth - d));
					break;
				}
				if (i > 0 && sharesPrefix(path, rowPaths.get(i - 1), d) && rowPaths.get(i - 1).size() - 1 > d) {
					continue;
				}
				int span = 1;
				while (i + span < rowPaths.size() && sharesPrefix(rowPaths.get(i + span), path, d)
						&& rowPaths.get(i + span).size() - 1 > d) {
					span++;
				}
				cells.add(new GridCell(path.get(d), null, span, 1));
			}
			Map<List<String>, Item> positions = rows.get(path);
			for (List<String> column : columns) {
				Item item = positions.get(column);
				cells.add((item != null) ? new GridCell(null, item, 1, 1) : new GridCell("", null, 1, 1));
			}
			body.add(cells);
		}
		return new Grid(caption, List.copyOf(head), List.copyOf(body));
	}

	/** Whether two paths have the same parts 0..d. */
	private static boolean sharesPrefix(List<String> path, List<String> other, int d) {
		return other != null && other.size() > d && path.size() > d && other.subList(0, d + 1).equals(path.subList(0, d + 1));
	}

	private static List<String> parts(String path) {
		return List.of(path.split(" / "));
	}

}
