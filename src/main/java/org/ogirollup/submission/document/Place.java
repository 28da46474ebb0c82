package org.ogirollup.submission.document;

import java.util.Objects;

/**
 * Where a row or a cell stands in its document, so that a finding can send a clerk to it.
 *
 * @param line the line of the file it starts on, for the {@code file:line} of findings; 0 where
 * a document has no lines to speak of (PDF, Word, Excel)
 * @param description where it is in the document's own terms, in Chinese: {@code 第 3 页},
 * {@code 第 2 个表格第 5 行第 4 列}, {@code 工作表“Sheet1”单元格 D12}, {@code 第 9 行第 1532 字};
 * empty when the line says it all
 */
public record Place(int line, String description) {

	/** Nowhere in particular: the document as a whole. */
	public static final Place NOWHERE = new Place(0, "");

	public Place {
		Objects.requireNonNull(description, "description");
	}

	/** A line of a text file. */
	public static Place line(int line) {
		return new Place(line, "");
	}

	/** A place described in the document's own terms, with the file line where there is one. */
	public static Place of(int line, String description) {
		return new Place(line, description);
	}

	/** A place without a file line: a page, a table, a sheet. */
	public static Place of(String description) {
		return new Place(0, description);
	}

	/** How a message names it: the description, else the line, else nothing. */
	@Override
	public String toString() {
		if (!this.description.isEmpty()) {
			return this.description;
		}
		return (this.line > 0) ? "第 " + this.line + " 行" : "";
	}

}
