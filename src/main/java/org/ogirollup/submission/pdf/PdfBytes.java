package org.ogirollup.submission.pdf;

import java.nio.charset.StandardCharsets;

import org.ogirollup.submission.document.UnreadableDocumentException;

/**
 * What the bytes of a file say before PDFBox parses them: whether it is a PDF at all, not too
 * large, and complete. PDFBox repairs a truncated file as best it can and would give the pages
 * it still finds; a report cut short must be refused instead, so that no table goes missing
 * unnoticed.
 */
final class PdfBytes {

	static final int MOST_MEGABYTES = 64;

	/** The PDF standard allows the header anywhere in the first kilobyte. */
	private static final int HEADER_WITHIN = 1024;

	private PdfBytes() {
	}

	static void check(byte[] bytes) throws UnreadableDocumentException {
		if (bytes.length == 0) {
			throw Unreadable.empty();
		}
		if (bytes.length > MOST_MEGABYTES * 1024L * 1024L) {
			throw Unreadable.tooLarge(MOST_MEGABYTES);
		}
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		int header = text.indexOf("%PDF-");
		if (header < 0 || header > HEADER_WITHIN) {
			throw Unreadable.notPdf();
		}
		if (truncated(text)) {
			throw Unreadable.truncated();
		}
	}

	/**
	 * A complete file ends with {@code %%EOF} after its last object and cross-reference; an
	 * update appended to it and cut short leaves objects after the last one.
	 */
	private static boolean truncated(String text) {
		int end = text.lastIndexOf("%%EOF");
		if (end < 0) {
			return true;
		}
		return text.lastIndexOf("endobj") > end || text.lastIndexOf("startxref") > end
				|| text.lastIndexOf("endstream") > end;
	}

}
