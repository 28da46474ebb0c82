package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs that stand on one line, left to right, and the text they make. Characters of several
 * sizes share a line when their middles agree (digits at 14 pt beside labels at 9 pt).
 */
record TextLine(List<Glyph> glyphs, Box box) {

	/** Between letters or digits, a gap wider than this share of the font size is a space. */
	private static final double SPACE = 0.25;

	/**
	 * Beside a Chinese character a gap is a space only when it is this wide: justified lines
	 * and distributed headers (总　计) spread characters apart where nobody typed a space.
	 */
	private static final double WIDE_SPACE = 1.0;

	/** Middles closer than this share of the smaller font size are on one line. */
	private static final double SAME_LINE = 0.45;

	TextLine {
		glyphs = List.copyOf(glyphs);
	}

	/** The lines of some glyphs, top to bottom. */
	static List<TextLine> of(List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::centerY).thenComparingDouble(Glyph::x));
		List<List<Glyph>> groups = new ArrayList<>();
		List<Glyph> current = null;
		double middle = 0;
		double size = 0;
		for (Glyph glyph : sorted) {
			if (current != null && Math.abs(glyph.centerY() - middle) <= SAME_LINE * Math.min(size, glyph.fontSize())) {
				current.add(glyph);
				middle += (glyph.centerY() - middle) / current.size();
				size = Math.max(size, glyph.fontSize());
				continue;
			}
			current = new ArrayList<>();
			current.add(glyph);
			groups.add(current);
			middle = glyph.centerY();
			size = glyph.fontSize();
		}
		List<TextLine> lines = new ArrayList<>(groups.size());
		for (List<Glyph> group : groups) {
			group.sort(Comparator.comparingDouble(Glyph::x));
			lines.add(new TextLine(group, boxOf(group)));
		}
		return lines;
	}

	/** The text of glyphs in a cell: its lines joined with nothing between, as a wrapped label is one. */
	static String textOf(List<Glyph> glyphs) {
		StringBuilder text = new StringBuilder();
		for (TextLine line : of(glyphs)) {
			text.append(line.text());
		}
		return text.toString();
	}

	static Box boxOf(List<Glyph> glyphs) {
		double left = Double.POSITIVE_INFINITY;
		double top = Double.POSITIVE_INFINITY;
		double right = Double.NEGATIVE_INFINITY;
		double bottom = Double.NEGATIVE_INFINITY;
		for (Glyph glyph : glyphs) {
			left = Math.min(left, glyph.x());
			right = Math.max(right, glyph.right());
			top = Math.min(top, glyph.top());
			bottom = Math.max(bottom, glyph.baseline());
		}
		return new Box(left, top, right, bottom);
	}

	/** The line's text, with a space where the glyphs leave a gap a reader sees as one. */
	String text() {
		return join(this.glyphs);
	}

	double centerY() {
		return (this.box.top() + this.box.bottom()) / 2;
	}

	double fontSize() {
		return this.glyphs.stream().mapToDouble(Glyph::fontSize).max().orElse(0);
	}

	/**
	 * The line cut where the gap between glyphs is wider than the given share of the font size:
	 * the words of a table row printed without ruling lines stand that far apart.
	 */
	List<TextLine> chunks(double gap) {
		List<TextLine> chunks = new ArrayList<>();
		List<Glyph> current = new ArrayList<>();
		Glyph previous = null;
		for (Glyph glyph : this.glyphs) {
			if (previous != null && glyph.x() - previous.right() > gap * Math.min(glyph.fontSize(), previous.fontSize())) {
				chunks.add(new TextLine(current, boxOf(current)));
				current = new ArrayList<>();
			}
			current.add(glyph);
			previous = glyph;
		}
		if (!current.isEmpty()) {
			chunks.add(new TextLine(current, boxOf(current)));
		}
		return chunks;
	}

	static String join(List<Glyph> glyphs) {
		StringBuilder text = new StringBuilder();
		Glyph previous = null;
		for (Glyph glyph : glyphs) {
			if (previous != null && !previous.isBlank() && !glyph.isBlank() && glyph.x() - previous.right() > (isWide(previous)
					|| isWide(glyph) ? WIDE_SPACE : SPACE) * Math.min(glyph.fontSize(), previous.fontSize())) {
				text.append(' ');
			}
			text.append(glyph.text());
			previous = glyph;
		}
		return text.toString();
	}

	/** Chinese characters, full-width forms and the punctuation set among them (“”、—). */
	private static boolean isWide(Glyph glyph) {
		int first = glyph.text().codePointAt(0);
		return first >= 0x2E80 || (first >= 0x2000 && first <= 0x206F);
	}

}
