package org.ogirollup.submission.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads one page in one pass over its content: its glyphs with their positions and the lines
 * it draws. It runs PDFBox's text stripper for what it does well (Unicode mapping, the text
 * matrices, dropping the second copy of a glyph printed twice for a bold look) and keeps the
 * positions instead of its text, whose spaces cannot tell table cells apart; the path
 * operators the stripper lacks are added. One collector reads one page, then is dropped.
 */
final class PageCollector extends PDFTextStripper {

	/** The operators that show text: a page with them and no glyph has a font that cannot be read. */
	private static final List<String> SHOW_TEXT = List.of("Tj", "TJ", "'", "\"");

	private final WorkBudget budget;

	private final PathRecorder paths;

	private final List<Glyph> glyphs = new ArrayList<>();

	private int textShown;

	private PageCollector(PageFrame frame, WorkBudget budget) {
		this.budget = budget;
		this.paths = new PathRecorder(frame);
		PathOperators.register(this, this.paths);
		setSuppressDuplicateOverlappingText(true);
		setSortByPosition(false);
	}

	/**
	 * What one page holds.
	 * @param pageNumber the page, 1 for the first
	 * @throws IOException when PDFBox cannot read the page, or the budget runs out
	 */
	static PageContent collect(PDDocument document, int pageNumber, WorkBudget budget) throws IOException {
		PDPage page = document.getPage(pageNumber - 1);
		PageFrame frame = PageFrame.of(page);
		PageCollector collector = new PageCollector(frame, budget);
		collector.setStartPage(pageNumber);
		collector.setEndPage(pageNumber);
		collector.getText(document);
		return new PageContent(pageNumber, frame.displayedWidth(), frame.displayedHeight(), collector.glyphs,
				collector.paths.rulings(), collector.textShown);
	}

	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		this.budget.spendOperator();
		if (SHOW_TEXT.contains(operator.getName())) {
			this.textShown++;
		}
		super.processOperator(operator, operands);
	}

	@Override
	protected void processTextPosition(TextPosition text) {
		this.budget.spendGlyph();
		super.processTextPosition(text);
	}

	@Override
	protected void writePage() {
		for (List<TextPosition> article : this.charactersByArticle) {
			for (TextPosition position : article) {
				Glyph glyph = glyph(position);
				if (glyph != null) {
					this.glyphs.add(glyph);
				}
			}
		}
	}

	private static Glyph glyph(TextPosition position) {
		String text = position.getUnicode();
		if (text == null || text.isEmpty()) {
			return null;
		}
		double x = position.getX();
		double y = position.getY();
		double size = position.getFontSizeInPt();
		if (!(size > 0) || size > 500) {
			size = Math.max(1, position.getHeight());
		}
		if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(size)) {
			return null;
		}
		return new Glyph(text, x, y, position.getWidth(), size);
	}

}
