package org.ogirollup.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ogirollup.catalog.Item;
import org.ogirollup.catalog.ItemKind;
import org.ogirollup.catalog.Section;

/**
 * Where every cell of the three official tables stands, for a list of items: the labels of rows
 * and columns and the position of each value, with the cells a printed table merges. The CSV
 * tables ({@link OfficialTables}) write its lines as they are; the workbooks also merge its spans.
 * The layout depends on the labels only, so it is worked out once per list of items and shared by
 * every node of the year (thousands of them).
 */
public final class OfficialLayout {

	private static final Map<List<Item>, OfficialLayout> LAYOUTS = new ConcurrentHashMap<>();

	private final List<Table> tables;

	private OfficialLayout(List<Table> tables) {
		this.tables = List.copyOf(tables);
	}

	/** The layout of the given items, in their order; a value's position is its index in the list. */
	public static OfficialLayout of(List<Item> items) {
		return LAYOUTS.computeIfAbsent(List.copyOf(items), OfficialLayout::layout);
	}

	/** The tables 二, 三 and 四, in that order; a section without items is an empty table. */
	public List<Table> tables() {
		return this.tables;
	}

	/**
	 * One official table.
	 * @param section which of the three
	 * @param parts its parts: one per article item (第二十条第（一）项, ...) in table 二, one in the others
	 */
	public record Table(Section section, List<Part> parts) {

		public Table {
			parts = List.copyOf(parts);
		}

	}

	/**
	 * A grid of labels and values: {@code labelColumns} columns of row labels, then
	 * {@code valueColumns} columns headed by column labels.
	 * @param title the article of table 二 that heads the part, empty for the other tables
	 * @param labelColumns how many columns the row labels take (0 when the table has no row labels)
	 * @param valueColumns how many columns of values
	 * @param lines header lines first, then one line per row
	 * @param spans the cells a printed table merges, in the columns of the lines
	 */
	public record Part(String title, int labelColumns, int valueColumns, List<Line> lines, List<Span> spans) {

		public Part {
			lines = List.copyOf(lines);
			spans = List.copyOf(spans);
		}

	}

	/**
	 * One line of a part: {@code labelColumns + valueColumns} fields, or fewer when a data line
	 * ends early; a header line holds labels only.
	 */
	public record Line(boolean header, List<Field> fields) {

		public Line {
			fields = List.copyOf(fields);
		}

	}

	/**
	 * A field of a line: a label, or the position of a value among the layout's items, or nothing.
	 * @param text the label, empty for a value or nothing
	 * @param position the value's position, {@code -1} for a label or nothing
	 */
	public record Field(String text, int position) {

		static final Field EMPTY = new Field("", -1);

		static Field label(String text) {
			return new Field(text, -1);
		}

		static Field value(int position) {
			return new Field("", position);
		}

		public boolean isValue() {
			return this.position >= 0;
		}

	}

	/**
	 * Cells a printed table merges into one: lines and columns counted within the part, both ends
	 * included. The label sits in one of its cells (where the CSV writes it).
	 */
	public record Span(int firstLine, int lastLine, int firstColumn, int lastColumn) {
	}

	private static OfficialLayout layout(List<Item> items) {
		Map<Section, List<Placed>> bySection = new LinkedHashMap<>();
		for (Section section : Section.values()) {
			bySection.put(section, new ArrayList<>());
		}
		for (int position = 0; position < items.size(); position++) {
			Item item = items.get(position);
			bySection.get(Section.of(item)).add(new Placed(item, position));
		}
		List<Table> tables = new ArrayList<>();
		for (Map.Entry<Section, List<Placed>> section : bySection.entrySet()) {
			List<Placed> placed = section.getValue();
			List<Part> parts = switch (section.getKey()) {
				case ACTIVE -> activeDisclosure(placed);
				case APPLICATIONS -> List.of(grid("", placed, (item) -> parts(item.rowLabel()),
						(item) -> parts(item.columnLabel())));
				case REVIEWS -> List.of(grid("", placed, (item) -> List.of(), (item) -> {
					List<String> path = new ArrayList<>(parts(item.rowLabel()));
					path.addAll(parts(item.columnLabel()));
					return path;
				}));
			};
			tables.add(new Table(section.getKey(), placed.isEmpty() ? List.of() : parts));
		}
		return new OfficialLayout(tables);
	}

	/** An item and its position in the list. */
	private record Placed(Item item, int position) {
	}

	/** Table 二: one small grid per article item (第二十条第（一）项, ...), rows by matter. */
	private static List<Part> activeDisclosure(List<Placed> items) {
		Map<String, List<Placed>> byArticle = items.stream()
			.collect(Collectors.groupingBy((placed) -> parts(placed.item().rowLabel()).get(0), LinkedHashMap::new,
					Collectors.toList()));
		List<Part> parts = new ArrayList<>();
		for (Map.Entry<String, List<Placed>> article : byArticle.entrySet()) {
			parts.add(grid(article.getKey(), article.getValue(), (item) -> {
				List<String> path = parts(item.rowLabel());
				return path.subList(1, path.size());
			}, (item) -> List.of(withUnit(item))));
		}
		return parts;
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
	 * columns as the deepest path. A parent label is written only where it starts, and spans the
	 * cells of its children; a path shorter than the deepest spans the levels it lacks.
	 */
	private static Part grid(String title, List<Placed> items, Function<Item, List<String>> rowPath,
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
		List<Line> lines = new ArrayList<>();
		List<Span> spans = new ArrayList<>();
		if (rowDepth > 0 && columnDepth > 0 && (rowDepth > 1 || columnDepth > 1)) {
			spans.add(new Span(0, columnDepth - 1, 0, rowDepth - 1));
		}
		for (int line = 0; line < columnDepth; line++) {
			List<Field> fields = new ArrayList<>(Collections.nCopies(rowDepth, Field.EMPTY));
			for (int j = 0; j < columns.size(); j++) {
				fields.add(Field.label(headerPart(columns.get(j), (j > 0) ? columns.get(j - 1) : null, line, columnDepth)));
			}
			lines.add(new Line(true, fields));
		}
		headerSpans(columns, rowDepth, columnDepth, spans);
		for (int i = 0; i < rowPaths.size(); i++) {
			List<String> path = rowPaths.get(i);
			List<String> previous = (i > 0) ? rowPaths.get(i - 1) : null;
			List<Field> fields = new ArrayList<>();
			for (int d = 0; d < rowDepth; d++) {
				boolean repeated = d < path.size() - 1 && sharesPrefix(path, previous, d);
				fields.add((d < path.size() && !repeated) ? Field.label(path.get(d)) : Field.EMPTY);
			}
			Map<List<String>, Integer> positions = rows.get(path);
			for (List<String> column : columns) {
				Integer position = positions.get(column);
				fields.add((position != null) ? Field.value(position) : Field.EMPTY);
			}
			lines.add(new Line(false, fields));
		}
		rowSpans(rowPaths, rowDepth, columnDepth, spans);
		return new Part(title, rowDepth, columns.size(), lines, spans);
	}

	/**
	 * A parent column label spans its children's columns; a leaf above the last header line spans
	 * down to it (the CSV writes such a leaf on the last line, beside the others).
	 */
	private static void headerSpans(List<List<String>> columns, int rowDepth, int columnDepth, List<Span> spans) {
		for (int j = 0; j < columns.size(); j++) {
			List<String> path = columns.get(j);
			int leaf = path.size() - 1;
			for (int line = 0; line < leaf; line++) {
				if (j > 0 && sharesPrefix(path, columns.get(j - 1), line)) {
					continue;
				}
				int last = j;
				while (last + 1 < columns.size() && sharesPrefix(columns.get(last + 1), path, line)) {
					last++;
				}
				if (last > j) {
					spans.add(new Span(line, line, rowDepth + j, rowDepth + last));
				}
			}
			if (leaf < columnDepth - 1) {
				spans.add(new Span(leaf, columnDepth - 1, rowDepth + j, rowDepth + j));
			}
		}
	}

	/**
	 * A parent row label spans its children's lines; a row whose path is shorter than the deepest
	 * spans the label columns it lacks.
	 */
	private static void rowSpans(List<List<String>> rowPaths, int rowDepth, int columnDepth, List<Span> spans) {
		for (int i = 0; i < rowPaths.size(); i++) {
			List<String> path = rowPaths.get(i);
			int leaf = path.size() - 1;
			for (int d = 0; d < leaf; d++) {
				if (i > 0 && sharesPrefix(path, rowPaths.get(i - 1), d)) {
					continue;
				}
				int last = i;
				while (last + 1 < rowPaths.size() && sharesPrefix(rowPaths.get(last + 1), path, d)) {
					last++;
				}
				if (last > i) {
					spans.add(new Span(columnDepth + i, columnDepth + last, d, d));
				}
			}
			if (leaf >= 0 && leaf < rowDepth - 1) {
				spans.add(new Span(columnDepth + i, columnDepth + i, leaf, rowDepth - 1));
			}
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
		return previous != null && previous.size() > d && path.size() > d
				&& previous.subList(0, d + 1).equals(path.subList(0, d + 1));
	}

	static List<String> parts(String path) {
		return List.of(path.split(" / "));
	}

}
