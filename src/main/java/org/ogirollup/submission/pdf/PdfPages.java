package org.ogirollup.submission.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.ogirollup.submission.document.UnreadableDocumentException;

/**
 * Opens a PDF and takes from each page what the reader needs, its glyphs and its lines, within
 * a budget of work and memory; every way this can fail becomes an {@link
 * UnreadableDocumentException} that says which.
 */
final class PdfPages {

	/** A year's report runs to some twenty pages; a thousand is another kind of document. */
	static final int MOST_PAGES = 1000;

	/** Decoded streams of a real report take a few megabytes; a stream that inflates past this is a bomb. */
	private static final long MOST_MEMORY = 256L * 1024 * 1024;

	/** Below this share of glyphs with real characters, the text layer is not text. */
	private static final double MAPPED = 0.5;

	private PdfPages() {
	}

	static List<PageContent> read(byte[] bytes, WorkBudget budget) throws UnreadableDocumentException {
		PdfBytes.check(bytes);
		try (PDDocument document = open(bytes)) {
			List<PageContent> pages = pages(document, budget);
			if (pages.stream().noneMatch(PageContent::hasText)) {
				// text shown but no glyph made of it: the fonts are broken, the file is no scan
				throw pages.stream().anyMatch((page) -> page.textShown() > 0) ? Unreadable.unmappedText() : Unreadable.scanned();
			}
			if (mappedShare(pages) < MAPPED) {
				throw Unreadable.unmappedText();
			}
			return pages;
		}
		catch (IOException ex) {
			// only close() is left to throw here: the pages are read by then
			throw Unreadable.broken(ex);
		}
	}

	private static PDDocument open(byte[] bytes) throws UnreadableDocumentException {
		try {
			return Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(MOST_MEMORY).streamCache);
		}
		catch (InvalidPasswordException ex) {
			throw Unreadable.encrypted(ex);
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			// PDFBox throws runtime exceptions and, on deeply nested objects, overflows the stack
			throw Unreadable.broken(ex);
		}
	}

	private static List<PageContent> pages(PDDocument document, WorkBudget budget) throws UnreadableDocumentException {
		int count = pageCount(document);
		List<PageContent> pages = new ArrayList<>(count);
		for (int number = 1; number <= count; number++) {
			try {
				pages.add(PageCollector.collect(document, number, budget));
			}
			catch (WorkBudget.Exhausted | WorkBudget.ExhaustedWhileDrawing ex) {
				throw Unreadable.tooMuchWork(ex);
			}
			catch (IOException | RuntimeException | StackOverflowError ex) {
				throw Unreadable.brokenPage(number, ex);
			}
		}
		return pages;
	}

	private static int pageCount(PDDocument document) throws UnreadableDocumentException {
		int count;
		try {
			count = document.getNumberOfPages();
		}
		catch (RuntimeException | StackOverflowError ex) {
			throw Unreadable.broken(ex);
		}
		if (count == 0) {
			throw Unreadable.noPages();
		}
		if (count > MOST_PAGES) {
			throw Unreadable.tooManyPages(count, MOST_PAGES);
		}
		return count;
	}

	/**
	 * The share of glyphs that are characters: a font without a Unicode map gives PDFBox
	 * nothing better than U+FFFD or private-use code points.
	 */
	private static double mappedShare(List<PageContent> pages) {
		long all = 0;
		long mapped = 0;
		for (PageContent page : pages) {
			for (Glyph glyph : page.glyphs()) {
				if (glyph.isBlank()) {
					continue;
				}
				all++;
				int first = glyph.text().codePointAt(0);
				if (first != 0xFFFD && Character.getType(first) != Character.PRIVATE_USE && !Character.isISOControl(first)) {
					mapped++;
				}
			}
		}
		return (all == 0) ? 0 : (double) mapped / all;
	}

}
