package org.ogirollup.submission.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of a page with their positions. It runs PDFBox's text
 * stripper for what it does well (Unicode mapping, the text matrices, dropping the second copy
 * of a glyph printed twice for a bold look) and keeps the positions instead of its text, whose
 * spaces cannot tell table cells apart. One collector reads one page, then is dropped.
 */
final class GlyphCollector extends PDFTextStripper {

	private final WorkBudget budget;

	private final List<Glyph> glyphs = new ArrayList<>();

	private GlyphCollector(WorkBudget budget) {
		this.budget = budget;
		setSuppressDuplicateOverlappingText(true);
		setSortByPosition(false);
	}

	/**
	 * The glyphs of one page.
	 * @param pageNumber the page, 1 for the first
	 * @throws IOException when PDFBox cannot read the page, or the budget runs out
	 */
	static List<Glyph> collect(PDDocument document, int pageNumber, WorkBudget budget) throws IOException {
		GlyphCollector collector = new GlyphCollector(budget);
		collector.setStartPage(pageNumber);
		collector.setEndPage(pageNumber);
		collector.getText(document);
		return collector.glyphs;
	}

	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		this.budget.spendOperator();
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
