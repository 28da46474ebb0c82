package org.ogirollup.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;
import org.ogirollup.comparison.Comparability;
import org.ogirollup.comparison.ComparablePair;
import org.ogirollup.comparison.Delta;
import org.ogirollup.comparison.FormatPairs;
import org.ogirollup.comparison.YearOverYear;
import org.ogirollup.registry.Unit;

/**
 * A government's statistical tables for people: this year, last year in last year's layout, and
 * the change in this year's layout, each a faithful copy of the official tables, with the notes
 * that say how to read the change. The CSV tables ({@link OfficialTables}) stack the blocks, the
 * workbooks set them side by side.
 *
 * @param node the government
 * @param year the report year of this year's block
 * @param blocks this year's block, then last year's and the change when there is a previous year
 * @param notes how to read the change: what is blank, approximate or compared as a group; empty
 * without a previous year
 */
public record NodeTables(Unit node, int year, List<Block> blocks, List<String> notes) {

	public NodeTables {
		blocks = List.copyOf(blocks);
		notes = List.copyOf(notes);
	}

	/** Which of the three blocks. */
	public enum Kind {

		CURRENT, PREVIOUS, CHANGE

	}

	/** A value to show and the item whose labels place it; {@code null} for an absent value. */
	public record Cell(Item item, BigDecimal value) {
	}

	/**
	 * One block: a title such as 本年（2021 年） and the values in the official layout.
	 * @param cells the values in the order of {@link #layout()}'s positions
	 */
	public record Block(Kind kind, String title, List<Cell> cells) {

		public Block {
			cells = List.copyOf(cells);
		}

		/** Where each cell stands. */
		public OfficialLayout layout() {
			return OfficialLayout.of(this.cells.stream().map(Cell::item).toList());
		}

	}

	/**
	 * @param catalog the catalog of this year's values
	 * @param current this year's values in catalog order, {@code null} for an absent cell
	 * @param prevCatalog the catalog of last year's values
	 * @param previous last year's values in that catalog's order, or {@code null} when there is no
	 * previous year
	 */
	public static NodeTables of(Unit node, int year, Catalog catalog, BigDecimal[] current, Catalog prevCatalog,
			BigDecimal[] previous) {
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block(Kind.CURRENT, "本年（" + year + " 年）", cells(catalog, current)));
		if (previous == null) {
			return new NodeTables(node, year, blocks, List.of());
		}
		blocks.add(new Block(Kind.PREVIOUS, "上年（" + (year - 1) + " 年）", cells(prevCatalog, previous)));
		List<Delta> deltas = YearOverYear.compare(prevCatalog, previous, catalog, current);
		blocks.add(new Block(Kind.CHANGE, "增减（" + year + " 年比 " + (year - 1) + " 年）",
				changes(catalog, prevCatalog, deltas)));
		return new NodeTables(node, year, blocks, notes(prevCatalog, catalog));
	}

	/** Whether last year's block and the change are there. */
	public boolean hasPrevious() {
		return this.blocks.size() > 1;
	}

	/** The heading of the tables: the government, its code and the year. */
	public String heading() {
		return this.node.name() + "（" + this.node.code() + "）";
	}

	/** What stands where last year's block would, when there is none. */
	public String withoutPrevious() {
		return "上年（" + (this.year - 1) + " 年）：无数据，不作比较";
	}

	/** The printed cells of a catalog with their values. */
	public static List<Cell> cells(Catalog catalog, BigDecimal[] values) {
		return catalog.printedItems().stream().map((item) -> new Cell(item, values[item.index()])).toList();
	}

	/** The deltas in this year's layout; a group row takes its labels from last year's row. */
	private static List<Cell> changes(Catalog catalog, Catalog prevCatalog, List<Delta> deltas) {
		return deltas.stream()
			.map((delta) -> new Cell(catalog.item(delta.item()).orElseGet(() -> prevCatalog.require(delta.item())),
					delta.delta()))
			.toList();
	}

	private static List<String> notes(Catalog prevCatalog, Catalog catalog) {
		List<String> notes = new ArrayList<>();
		List<ComparablePair> pairs = FormatPairs.pairs(prevCatalog, catalog);
		if (pairs.stream().anyMatch((pair) -> pair.comparability() == Comparability.NOT_COMPARABLE)) {
			notes.add("注：增减表中的空白项，两年统计口径不同，不可比。");
		}
		for (ComparablePair pair : pairs) {
			if (pair.comparability() == Comparability.APPROXIMATE) {
				notes.add("注：" + catalog.require(pair.item()).label() + " 与上年 "
						+ prevCatalog.require(pair.previousCodes().get(0)).label() + " 近似可比。");
			}
		}
		for (ComparablePair pair : pairs) {
			if (pair.comparability() == Comparability.GROUP) {
				String subRows = pair.currentCodes()
					.stream()
					.map((code) -> last(OfficialLayout.parts(catalog.require(code).rowLabel())))
					.collect(Collectors.joining("、"));
				String row = last(OfficialLayout.parts(prevCatalog.require(pair.item()).rowLabel()));
				notes.add("注：" + row + " 按本年 " + subRows + " 之和与上年比较。");
				break;
			}
		}
		return notes;
	}

	private static String last(List<String> parts) {
		return parts.get(parts.size() - 1);
	}

}
