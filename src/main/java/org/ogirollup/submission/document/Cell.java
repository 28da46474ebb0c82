package org.ogirollup.submission.document;

import java.util.Objects;

/**
 * One value cell of a table row as printed: its text, untouched, and where it stands.
 *
 * @param text the cell's text as the document has it (spaces, no-break spaces and all); empty
 * for a cell left blank
 * @param place where the cell stands
 * @param runTogether whether the text is the digits of several cells run together with nothing
 * between them, for the shared step to split by the tables' arithmetic
 */
public record Cell(String text, Place place, boolean runTogether) {

	public Cell {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(place, "place");
	}

	/** A cell as printed, one value (or none). */
	public static Cell of(String text, Place place) {
		return new Cell(text, place, false);
	}

	/** A cell left blank. */
	public static Cell blank(Place place) {
		return new Cell("", place, false);
	}

	/** The digits of several cells with nothing between them. */
	public static Cell runTogether(String digits, Place place) {
		return new Cell(digits, place, true);
	}

	/**
	 * Whether nothing was written: only spaces, no-break or ideographic spaces, or the {@code ?}
	 * that web pages leave for a no-break space.
	 */
	public boolean isBlank() {
		return isBlankText(this.text);
	}

	/** Whether a text holds nothing but blanks and the {@code ?} of a lost no-break space. */
	public static boolean isBlankText(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000' && c != '?' && c != '\u200B') {
				return false;
			}
		}
		return true;
	}

}
