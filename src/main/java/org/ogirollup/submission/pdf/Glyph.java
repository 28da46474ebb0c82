package org.ogirollup.submission.pdf;

/**
 * One character as a page prints it: its text and where it stands in the page's upright frame.
 *
 * @param text the character (sometimes a ligature of several) as the PDF maps it to Unicode
 * @param x where the glyph begins
 * @param baseline the line the glyph stands on
 * @param width how far the text advanced past it, which PDFs inflate with character spacing (a
 * label printed one character a line is often a row of characters spaced a cell apart)
 * @param fontSize the size the glyph is printed at, in points
 */
record Glyph(String text, double x, double baseline, double width, double fontSize) {

	/** How wide the glyph itself is: its advance, but never more than a full-width character. */
	double inkWidth() {
		return (this.width > 0) ? Math.min(this.width, this.fontSize) : this.fontSize / 2;
	}

	double right() {
		return this.x + inkWidth();
	}

	double centerX() {
		return this.x + inkWidth() / 2;
	}

	/** The middle of the glyph's height: digits and Chinese of different sizes on one line agree on it. */
	double centerY() {
		return this.baseline - this.fontSize * 0.35;
	}

	double top() {
		return this.baseline - this.fontSize * 0.8;
	}

	boolean isBlank() {
		return this.text.isBlank() || this.text.equals("\u00A0") || this.text.equals("\u3000");
	}

}
