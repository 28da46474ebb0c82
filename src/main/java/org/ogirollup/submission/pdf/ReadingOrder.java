package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ogirollup.submission.document.Cell;
import org.ogirollup.submission.document.Place;
import org.ogirollup.submission.document.Row;

/**
 * Puts the pages' tables and lines in reading order, top to bottom and page by page, joins the
 * parts of a ruled table that a page break divides, and makes the rows of each; lines of text
 * outside the ruled tables are looked through for tables printed without lines first.
 */
final class ReadingOrder {

	/** Words of a line farther apart than this many font sizes stand in different columns. */
	private static final double COLUMN_GAP = 2;

	private ReadingOrder() {
	}

	static List<Row> rows(List<PageLayout> pages) {
		List<Block> blocks = blocks(pages);
		List<Row> rows = new ArrayList<>();
		int page = 0;
		int tablesOnPage = 0;
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			if (block.page() != page) {
				page = block.page();
				tablesOnPage = 0;
			}
			if (block instanceof LineBlock line) {
				rows.add(textRow(line));
				continue;
			}
			if (block instanceof LooseBlock loose) {
				rows.addAll(looseRows(loose.table(), tablePlace(page, ++tablesOnPage)));
				continue;
			}
			List<TablePart> parts = new ArrayList<>();
			List<String> places = new ArrayList<>();
			parts.add(((TableBlock) block).part());
			places.add(tablePlace(page, ++tablesOnPage));
			while (i + 1 < blocks.size() && blocks.get(i + 1) instanceof TableBlock next
					&& PageBreaks.continues(parts.get(parts.size() - 1), next.part())) {
				i++;
				page = next.page();
				tablesOnPage = 1;
				parts.add(next.part());
				places.add(tablePlace(page, tablesOnPage));
			}
			rows.addAll(TableRows.of(parts, places));
		}
		return rows;
	}

	private static List<Block> blocks(List<PageLayout> pages) {
		List<Block> blocks = new ArrayList<>();
		for (PageLayout page : pages) {
			List<Block> onPage = new ArrayList<>();
			for (TablePart table : page.tables()) {
				onPage.add(new TableBlock(table));
			}
			LooseTables.Found loose = LooseTables.find(page.page(), page.lines());
			for (LooseTable table : loose.tables()) {
				onPage.add(new LooseBlock(table));
			}
			for (TextLine line : loose.rest()) {
				onPage.add(new LineBlock(page.page(), line));
			}
			onPage.sort(Comparator.comparingDouble(Block::top));
			blocks.addAll(onPage);
		}
		return blocks;
	}

	private static Row textRow(LineBlock block) {
		List<String> labels = new ArrayList<>();
		for (TextLine chunk : block.line().chunks(COLUMN_GAP)) {
			labels.add(chunk.text());
		}
		return new Row(labels, List.of(), Place.of("第 " + block.page() + " 页"));
	}

	private static List<Row> looseRows(LooseTable table, String place) {
		List<Row> rows = new ArrayList<>();
		for (int r = 0; r < table.rows().size(); r++) {
			LooseTable.LooseRow row = table.rows().get(r);
			String rowPlace = place + "第 " + (r + 1) + " 行";
			List<Cell> cells = new ArrayList<>();
			for (int c = 0; c < row.values().size(); c++) {
				cells.add(Cell.of(row.values().get(c), Place.of(rowPlace + "第 " + (row.labels().size() + c + 1) + " 列")));
			}
			rows.add(new Row(row.labels(), cells, Place.of(rowPlace)));
		}
		return rows;
	}

	private static String tablePlace(int page, int table) {
		return "第 " + page + " 页第 " + table + " 个表格";
	}

	/** A table or a line of text, where it stands. */
	private sealed interface Block permits TableBlock, LooseBlock, LineBlock {

		int page();

		double top();

	}

	private record TableBlock(TablePart part) implements Block {

		@Override
		public int page() {
			return this.part.page();
		}

		@Override
		public double top() {
			return this.part.box().top();
		}

	}

	private record LooseBlock(LooseTable table) implements Block {

		@Override
		public int page() {
			return this.table.page();
		}

		@Override
		public double top() {
			return this.table.top();
		}

	}

	private record LineBlock(int page, TextLine line) implements Block {

		@Override
		public double top() {
			return this.line.box().top();
		}

	}

}
