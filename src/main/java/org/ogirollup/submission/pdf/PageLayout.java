package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A page cut into what the reader makes rows of: its ruled tables, each glyph in the cell it
 * falls in, and the lines of text outside them.
 *
 * @param page the page, 1 for the first
 * @param height the page's height as displayed, to tell its top and bottom margins
 * @param tables its ruled tables, top to bottom
 * @param lines its lines of text outside the ruled tables, top to bottom
 */
record PageLayout(int page, double height, List<TablePart> tables, List<TextLine> lines) {

	PageLayout {
		tables = List.copyOf(tables);
		lines = List.copyOf(lines);
	}

	static PageLayout of(PageContent content) {
		List<RuledGrid> grids = Lattice.grids(content.rulings());
		List<List<List<Glyph>>> glyphsByCell = new ArrayList<>();
		for (RuledGrid grid : grids) {
			List<List<Glyph>> cells = new ArrayList<>();
			for (int i = 0; i < grid.cells().size(); i++) {
				cells.add(new ArrayList<>());
			}
			glyphsByCell.add(cells);
		}
		List<Glyph> outside = new ArrayList<>();
		for (Glyph glyph : content.glyphs()) {
			if (!placeInCell(glyph, grids, glyphsByCell)) {
				outside.add(glyph);
			}
		}
		List<TablePart> tables = new ArrayList<>();
		for (int g = 0; g < grids.size(); g++) {
			tables.add(TablePart.of(content.number(), grids.get(g), glyphsByCell.get(g)));
		}
		List<TextLine> lines = new ArrayList<>();
		for (TextLine line : TextLine.of(outside)) {
			if (!TextLine.join(line.glyphs()).isBlank()) {
				lines.add(line);
			}
		}
		return new PageLayout(content.number(), content.height(), tables, lines);
	}

	private static boolean placeInCell(Glyph glyph, List<RuledGrid> grids, List<List<List<Glyph>>> glyphsByCell) {
		for (int g = 0; g < grids.size(); g++) {
			int cell = grids.get(g).cellAt(glyph.centerX(), glyph.centerY());
			if (cell >= 0) {
				glyphsByCell.get(g).get(cell).add(glyph);
				return true;
			}
		}
		return false;
	}

	/** The same page without some of its lines: page numbers, running heads. */
	PageLayout withLines(List<TextLine> kept) {
		return new PageLayout(this.page, this.height, this.tables, kept);
	}

}
