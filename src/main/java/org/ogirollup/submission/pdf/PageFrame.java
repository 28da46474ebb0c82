package org.ogirollup.submission.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The page as a reader sees it: turns a point of PDF user space (origin bottom left, the page
 * maybe rotated for display) into the upright frame PDFBox gives text positions in (origin top
 * left of the crop box, y downwards), so that drawn lines and glyphs can be compared.
 */
final class PageFrame {

	private final double left;

	private final double bottom;

	private final double width;

	private final double height;

	private final int rotation;

	private PageFrame(PDRectangle cropBox, int rotation) {
		this.left = cropBox.getLowerLeftX();
		this.bottom = cropBox.getLowerLeftY();
		this.width = cropBox.getWidth();
		this.height = cropBox.getHeight();
		this.rotation = rotation;
	}

	static PageFrame of(PDPage page) {
		int rotation = Math.floorMod(page.getRotation(), 360);
		// PDFBox's text positions only know the four right angles; so do we
		return new PageFrame(page.getCropBox(), (rotation % 90 == 0) ? rotation : 0);
	}

	/** The page's width as displayed. */
	double displayedWidth() {
		return (this.rotation == 90 || this.rotation == 270) ? this.height : this.width;
	}

	/** The page's height as displayed. */
	double displayedHeight() {
		return (this.rotation == 90 || this.rotation == 270) ? this.width : this.height;
	}

	/** The upright x of a point of user space (the formulas of PDFBox's TextPosition). */
	double x(double userX, double userY) {
		double x = userX - this.left;
		double y = userY - this.bottom;
		return switch (this.rotation) {
			case 90 -> y;
			case 180 -> this.width - x;
			case 270 -> this.height - y;
			default -> x;
		};
	}

	/** The upright y of a point of user space. */
	double y(double userX, double userY) {
		double x = userX - this.left;
		double y = userY - this.bottom;
		return switch (this.rotation) {
			case 90 -> x;
			case 180 -> y;
			case 270 -> this.width - x;
			default -> this.height - y;
		};
	}

}
