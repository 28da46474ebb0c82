package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.ogirollup.submission.document.DocumentReader;
import org.ogirollup.submission.document.ReportDocument;
import org.ogirollup.submission.document.UnreadableDocumentException;

/**
 * Reads a published report sent as PDF into its rows, from the text layer and the lines the
 * pages draw: cells are told apart by where they stand, not by the spaces of extracted text. A
 * table's ruling lines give its cell grid; each glyph goes to the cell it falls in. A scanned,
 * encrypted, broken or truncated file is refused with a message that says which. Stateless:
 * one reader serves any number of threads.
 */
public final class PdfDocumentReader implements DocumentReader {

	private final Supplier<WorkBudget> budgets;

	public PdfDocumentReader() {
		this(WorkBudget::forOneDocument);
	}

	/** A reader with another budget for each document, for tests of what happens when it runs out. */
	PdfDocumentReader(Supplier<WorkBudget> budgets) {
		this.budgets = budgets;
	}

	@Override
	public ReportDocument read(byte[] bytes) throws UnreadableDocumentException {
		WorkBudget budget = this.budgets.get();
		List<PageContent> pages = PdfPages.read(bytes, budget);
		try {
			List<PageLayout> layouts = new ArrayList<>(pages.size());
			for (PageContent page : pages) {
				budget.checkTime();
				layouts.add(PageLayout.of(page));
			}
			return new ReportDocument(ReadingOrder.rows(PageFurniture.strip(layouts)));
		}
		catch (WorkBudget.Exhausted ex) {
			throw Unreadable.tooMuchWork(ex);
		}
		catch (RuntimeException | StackOverflowError ex) {
			// a page laid out as no test foresaw must cost its own report, not the run
			throw Unreadable.layoutFailed(ex);
		}
	}

}
