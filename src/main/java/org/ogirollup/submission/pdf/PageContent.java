package org.ogirollup.submission.pdf;

import java.util.List;

/**
 * What one page holds for the reader: its glyphs and the lines it draws, in its upright frame.
 *
 * @param number the page, 1 for the first
 * @param width the page's width as displayed, in points
 * @param height the page's height as displayed
 * @param glyphs its characters, in the order the PDF draws them
 * @param rulings its horizontal and vertical lines
 * @param textShown how many times its content shows text, glyphs or none
 */
record PageContent(int number, double width, double height, List<Glyph> glyphs, List<Ruling> rulings, int textShown) {

	PageContent {
		glyphs = List.copyOf(glyphs);
		rulings = List.copyOf(rulings);
	}

	/** Whether the page prints any character that is not a space. */
	boolean hasText() {
		return this.glyphs.stream().anyMatch((glyph) -> !glyph.isBlank());
	}

}
