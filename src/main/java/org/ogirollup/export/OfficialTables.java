package org.ogirollup.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;


import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ItemKind;
import org.ogirollup.comparison.Comparability;
import org.ogirollup.comparison.ComparablePair;
import org.ogirollup.comparison.Delta;
import org.ogirollup.comparison.FormatPairs;
import org.ogirollup.comparison.YearOverYear;
import org.ogirollup.registry.Unit;

/**
 * The statistical tables of one government's totals in the official layout, for people: one CSV
 * per node that Excel and WPS open directly (UTF-8 with BOM). Three stacked blocks, each a
 * faithful copy of the official tables (二, 三 and 四 with their row and column labels from the
 * catalog): this year, last year in last year's layout, and the change in this year's layout, so
 * that every block can be checked cell by cell against a printed report. Parent labels are
 * written once, where a printed table merges cells.
 */
public final class OfficialTables {

	/** The folder under a year's output that holds the tables, one file per node. */
	public static final String FOLDER = "tables";

	/** The table titles, which the catalog does not carry (its section column holds 二, 三, 四). */
	private static final Map<String, String> SECTION_TITLES = orderedTitles();

	/**
	 * The lines of a block for its items, worked out once: the layout depends on the labels only,
	 * and every node of the year (thousands of them) is written with the same few.
	 */
	private static final Map<List<Item>, List<List<Object>>> LAYOUTS = new ConcurrentHashMap<>();

	private OfficialTables() {
	}

	private static Map<String, String> orderedTitles() {
		Map<String, String> titles = new LinkedHashMap<>();
		titles.put("二", "二、主动公开政府信息情况");
		titles.put("三", "三、收到和处理政府信息公开申请情况");
		titles.put("四", "四、政府信息公开行政复议、行政诉讼情况");
		return titles;
	}

	/**
	 * Writes {@code <folder>/<node code>.csv}.
	 * @param folder the folder of the tables, usually {@code <output>/<year>/}{@value #FOLDER}
	 * @param node the government
	 * @param year the report year of {@code current}
	 * @param catalog the catalog of this year's values
	 * @param current this year's values in catalog order, {@code null} for an absent cell
	 * @param prevCatalog the catalog of last year's values
	 * @param previous last year's values in that catalog's order, or {@code null} when there is no
	 * previous year: the file then holds this year and says so
	 * @return the file written
	 */
	public static Path write(Path folder, Unit node, int year, Catalog catalog, BigDecimal[] current,
			Catalog prevCatalog, BigDecimal[] previous) throws IOException {
		Path file = folder.resolve(node.code() + ".csv");
		AtomicCsv.writeForSpreadsheet(file, (table) -> {
			table.row(node.name() + "（" + node.code() + "）", year + " 年政府信息公开工作年度报告统计表");
			table.blankLine();
			block(table, "本年（" + year + " 年）", cells(catalog, current));
			if (previous == null) {
				table.row("上年（" + (year - 1) + " 年）：无数据，不作比较");
				return;
			}
			block(table, "上年（" + (year - 1) + " 年）", cells(prevCatalog, previous));
			List<Delta> deltas = YearOverYear.compare(prevCatalog, previous, catalog, current);
			block(table, "增减（" + year + " 年比 " + (year - 1) + " 年）", changes(catalog, prevCatalog, deltas));
			notes(table, prevCatalog, catalog);
		});
		return file;
	}

	/** A value to show and the item whose labels place it. */
	private record Cell(Item item, BigDecimal value) {
	}

	private static List<Cell> cells(Catalog catalog, BigDecimal[] values) {
		return catalog.printedItems().stream().map((item) -> new Cell(item, values[item.index()])).toList();
	}

	/** The deltas in this year's layout; a group row takes its labels from last year's row. */
	private static List<Cell> changes(Catalog catalog, Catalog prevCatalog, List<Delta> deltas) {
		return deltas.stream()
			.map((delta) -> new Cell(catalog.item(delta.item()).orElseGet(() -> prevCatalog.require(delta.item())),
					delta.delta()))
			.toList();
	}

	private static void block(AtomicCsv.TableWriter table, String title, List<Cell> cells) throws IOException {
		table.row(title);
		List<Item> items = cells.stream().map(Cell::item).toList();
		for (List<Object> line : LAYOUTS.computeIfAbsent(items, OfficialTables::layout)) {
			List<String> record = new ArrayList<>(line.size());
			for (Object field : line) {
				record.add((field instanceof Integer position) ? ComparisonTables.number(cells.get(position).value())
						: (String) field);
			}
			table.row(record);
		}
	}

	/**
	 * The lines of a block, each field a label or, for a value, the position of its item in
	 * {@code items}; an empty line is an empty list.
	 */
	private static List<List<Object>> layout(List<Item> items) {
		List<List<Object>> lines = new ArrayList<>();
		Map<String, List<Placed>> bySection = new LinkedHashMap<>();
		for (int position = 0; position < items.size(); position++) {
			Item item = items.get(position);
			bySection.computeIfAbsent(item.section(), (section) -> new ArrayList<>()).add(new Placed(item, position));
		}
		for (Map.Entry<String, String> section : SECTION_TITLES.entrySet()) {
			List<Placed> sectionItems = bySection.getOrDefault(section.getKey(), List.of());
			lines.add(List.of(section.getValue()));
			switch (section.getKey()) {
				case "二" -> activeDisclosure(lines, sectionItems);
				case "三" -> grid(lines, sectionItems, (item) -> parts(item.rowLabel()), (item) -> parts(item.columnLabel()));
				default -> grid(lines, sectionItems, (item) -> List.of(), (item) -> {
					List<String> path = new ArrayList<>(parts(item.rowLabel()));
					path.addAll(parts(item.columnLabel()));
					return path;
				});
			}
			lines.add(List.of());
		}
		return List.copyOf(lines);
	}

	/** An item and its position in the block. */
	private record Placed(Item item, int position) {
	}

	/** Section 二: one small table per article item (第二十条第（一）项, ...), rows by matter. */
	private static void activeDisclosure(List<List<Object>> lines, List<Placed> items) {
		Map<String, List<Placed>> byArticle = items.stream()
			.collect(Collectors.groupingBy((placed) -> parts(placed.item().rowLabel()).get(0), LinkedHashMap::new,
					Collectors.toList()));
		for (Map.Entry<String, List<Placed>> article : byArticle.entrySet()) {
			lines.add(List.of(article.getKey()));
			grid(lines, article.getValue(), (item) -> {
				List<String> path = parts(item.rowLabel());
				return path.subList(1, path.size());
			}, (item) -> List.of(withUnit(item)));
		}
	}

	/** A money column says its unit when its label does not. */
	private static String withUnit(Item item) {
		String label = item.columnLabel();
		return (item.kind() == ItemKind.MONEY && !label.contains(item.unit())) ? label + "（单位：" + item.unit() + "）"
				: label;
	}

	/**
	 * Items laid out by row and column label paths, in order of first appearance: column headers
	 * on as many lines as the deepest path, each leaf on the last line; row labels in as many
	 * columns as the deepest path. A parent label is written only where it starts.
	 */
	private static void grid(List<List<Object>> lines, List<Placed> items, Function<Item, List<String>> rowPath,
			Function<Item, List<String>> columnPath) {
		Map<List<String>, Map<List<String>, Integer>> rows = new LinkedHashMap<>();
		Map<List<String>, Boolean> columnSet = new LinkedHashMap<>();
		for (Placed placed : items) {
			List<String> column = columnPath.apply(placed.item());
			columnSet.put(column, Boolean.TRUE);
			rows.computeIfAbsent(rowPath.apply(placed.item()), (row) -> new LinkedHashMap<>())
				.put(column, placed.position());
		}
		List<List<String>> columns = new ArrayList<>(columnSet.keySet());
		List<List<String>> rowPaths = new ArrayList<>(rows.keySet());
		int rowDepth = rowPaths.stream().mapToInt(List::size).max().orElse(0);
		int columnDepth = columns.stream().mapToInt(List::size).max().orElse(0);
		for (int line = 0; line < columnDepth; line++) {
			List<Object> record = new ArrayList<>(Collections.nCopies(rowDepth, ""));
			for (int j = 0; j < columns.size(); j++) {
				record.add(headerPart(columns.get(j), (j > 0) ? columns.get(j - 1) : null, line, columnDepth));
			}
			lines.add(record);
		}
		for (int i = 0; i < rowPaths.size(); i++) {
			List<String> path = rowPaths.get(i);
			List<String> previous = (i > 0) ? rowPaths.get(i - 1) : null;
			List<Object> record = new ArrayList<>();
			for (int d = 0; d < rowDepth; d++) {
				boolean repeated = d < path.size() - 1 && sharesPrefix(path, previous, d);
				record.add((d < path.size() && !repeated) ? path.get(d) : "");
			}
			Map<List<String>, Integer> positions = rows.get(path);
			for (List<String> column : columns) {
				Integer position = positions.get(column);
				record.add((position != null) ? position : "");
			}
			lines.add(record);
		}
	}

	/** The label of a column on one header line: parents top down, the leaf on the last line. */
	private static String headerPart(List<String> path, List<String> previous, int line, int depth) {
		int leaf = path.size() - 1;
		if (line == depth - 1) {
			return path.get(leaf);
		}
		if (line >= leaf || sharesPrefix(path, previous, line)) {
			return "";
		}
		return path.get(line);
	}

	/** Whether a path has the same parts 0..d as the one before it, which then carries the label. */
	private static boolean sharesPrefix(List<String> path, List<String> previous, int d) {
		return previous != null && previous.size() > d && previous.subList(0, d + 1).equals(path.subList(0, d + 1));
	}

	/** How to read the change block: what is blank, what is approximate, what is compared as a group. */
	private static void notes(AtomicCsv.TableWriter table, Catalog prevCatalog, Catalog catalog) throws IOException {
		List<ComparablePair> pairs = FormatPairs.pairs(prevCatalog, catalog);
		if (pairs.stream().anyMatch((pair) -> pair.comparability() == Comparability.NOT_COMPARABLE)) {
			table.row("注：增减表中的空白项，两年统计口径不同，不可比。");
		}
		for (ComparablePair pair : pairs) {
			if (pair.comparability() == Comparability.APPROXIMATE) {
				table.row("注：" + catalog.require(pair.item()).label() + " 与上年 "
						+ prevCatalog.require(pair.previousCodes().get(0)).label() + " 近似可比。");
			}
		}
		for (ComparablePair pair : pairs) {
			if (pair.comparability() == Comparability.GROUP) {
				String subRows = pair.currentCodes()
					.stream()
					.map((code) -> last(parts(catalog.require(code).rowLabel())))
					.collect(Collectors.joining("、"));
				String row = last(parts(prevCatalog.require(pair.item()).rowLabel()));
				table.row("注：" + row + " 按本年 " + subRows + " 之和与上年比较。");
				break;
			}
		}
	}

	private static List<String> parts(String path) {
		return List.of(path.split(" / "));
	}

	private static String last(List<String> parts) {
		return parts.get(parts.size() - 1);
	}

}
