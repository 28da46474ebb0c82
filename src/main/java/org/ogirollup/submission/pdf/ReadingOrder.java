package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ogirollup.submission.document.Place;
import org.ogirollup.submission.document.Row;

/**
 * Puts the pages' tables and lines in reading order, top to bottom and page by page, joins the
 * parts of a table that a page break divides, and makes the rows of each.
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
			for (TextLine line : page.lines()) {
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

	private static String tablePlace(int page, int table) {
		return "第 " + page + " 页第 " + table + " 个表格";
	}

	/** A table or a line of text, where it stands. */
	private sealed interface Block permits TableBlock, LineBlock {

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

	private record LineBlock(int page, TextLine line) implements Block {

		@Override
		public double top() {
			return this.line.box().top();
		}

	}

}
