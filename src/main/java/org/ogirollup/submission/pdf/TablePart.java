package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table as one page prints it: its grid and the text of each of its cells. A table
 * that runs over a page break is several parts, one a page.
 *
 * @param page the page, 1 for the first
 * @param grid its cells and their edges
 * @param texts the text of each cell of the grid, in the grid's order, empty for a blank cell
 */
record TablePart(int page, RuledGrid grid, List<String> texts) {

	TablePart {
		texts = List.copyOf(texts);
	}

	/** The part a grid makes of the glyphs that fall in its cells. */
	static TablePart of(int page, RuledGrid grid, List<List<Glyph>> glyphsByCell) {
		List<String> texts = new ArrayList<>(glyphsByCell.size());
		for (List<Glyph> glyphs : glyphsByCell) {
			texts.add(TextLine.textOf(glyphs));
		}
		return new TablePart(page, grid, texts);
	}

	Box box() {
		return this.grid.box();
	}

	String text(int cell) {
		return this.texts.get(cell);
	}

	/** The same part with one cell's text replaced: a label carried over a page break. */
	TablePart withText(int cell, String text) {
		List<String> changed = new ArrayList<>(this.texts);
		changed.set(cell, text);
		return new TablePart(this.page, this.grid, changed);
	}

}
