package org.ogirollup.submission.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the straight lines a page draws: stroked segments and rectangles, and rectangles
 * filled so thin that they are lines (how many word processors draw cell borders). Curves,
 * clipping paths, images and lines drawn in white are not borders and are left out. One
 * collector reads one page, then is dropped.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

	/** Thicker than this, a filled rectangle is a shaded area, not a line. */
	private static final double THIN = 2.5;

	/** Shorter than this, a segment is a tick or a dot, not a border. */
	private static final double SHORTEST = 3;

	private static final double STRAIGHT = 0.8;

	private final PageFrame frame;

	private final WorkBudget budget;

	private final List<Ruling> rulings = new ArrayList<>();

	/** The current path's subpaths, each its straight segments in user space: x1, y1, x2, y2. */
	private final List<List<double[]>> subpaths = new ArrayList<>();

	private Point2D current = new Point2D.Double();

	private Point2D subpathStart = new Point2D.Double();

	private RulingCollector(PDPage page, WorkBudget budget) {
		super(page);
		this.frame = PageFrame.of(page);
		this.budget = budget;
	}

	/**
	 * The rulings of one page, in its upright frame.
	 * @throws IOException when PDFBox cannot read the page, or the budget runs out
	 */
	static List<Ruling> collect(PDPage page, WorkBudget budget) throws IOException {
		RulingCollector collector = new RulingCollector(page, budget);
		collector.processPage(page);
		return collector.rulings;
	}

	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		this.budget.spendOperator();
		super.processOperator(operator, operands);
	}

	@Override
	public void showTextString(byte[] string) {
		// text draws no border: skipping it spares decoding every glyph a second time
	}

	@Override
	public void showTextStrings(COSArray array) {
		// as above, for TJ
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		this.subpaths.add(new ArrayList<>());
		segment(p0, p1);
		segment(p1, p2);
		segment(p2, p3);
		segment(p3, p0);
		this.current = p0;
		this.subpathStart = p0;
	}

	@Override
	public void moveTo(float x, float y) {
		this.current = new Point2D.Float(x, y);
		this.subpathStart = this.current;
		this.subpaths.add(new ArrayList<>());
	}

	@Override
	public void lineTo(float x, float y) {
		Point2D to = new Point2D.Float(x, y);
		segment(this.current, to);
		this.current = to;
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		// a curve is no border; a NaN segment marks its subpath as no rectangle either
		segment(new Point2D.Double(Double.NaN, Double.NaN), this.current);
		this.current = new Point2D.Float(x3, y3);
	}

	@Override
	public Point2D getCurrentPoint() {
		return this.current;
	}

	@Override
	public void closePath() {
		segment(this.current, this.subpathStart);
		this.current = this.subpathStart;
	}

	@Override
	public void endPath() {
		clearPath();
	}

	@Override
	public void strokePath() {
		if (visible(getGraphicsState().getStrokingColor())) {
			strokedSegments();
		}
		clearPath();
	}

	@Override
	public void fillPath(int windingRule) {
		if (visible(getGraphicsState().getNonStrokingColor())) {
			filledThinRectangles();
		}
		clearPath();
	}

	@Override
	public void fillAndStrokePath(int windingRule) {
		boolean stroked = visible(getGraphicsState().getStrokingColor());
		boolean filled = visible(getGraphicsState().getNonStrokingColor());
		if (stroked) {
			strokedSegments();
		}
		if (filled) {
			filledThinRectangles();
		}
		clearPath();
	}

	@Override
	public void clip(int windingRule) {
		// the path that follows W is ended by n, stroked or filled: it is handled there
	}

	@Override
	public void drawImage(PDImage image) {
		// an image is not a border
	}

	@Override
	public void shadingFill(COSName shadingName) {
		// a shading is not a border
	}

	private void segment(Point2D from, Point2D to) {
		if (this.subpaths.isEmpty()) {
			this.subpaths.add(new ArrayList<>());
		}
		this.subpaths.get(this.subpaths.size() - 1)
			.add(new double[] { from.getX(), from.getY(), to.getX(), to.getY() });
	}

	private void clearPath() {
		this.subpaths.clear();
	}

	private void strokedSegments() {
		for (List<double[]> subpath : this.subpaths) {
			for (double[] segment : subpath) {
				double x1 = this.frame.x(segment[0], segment[1]);
				double y1 = this.frame.y(segment[0], segment[1]);
				double x2 = this.frame.x(segment[2], segment[3]);
				double y2 = this.frame.y(segment[2], segment[3]);
				add(x1, y1, x2, y2);
			}
		}
	}

	/**
	 * A thin filled rectangle is a line along its middle; a filled area of any other shape is
	 * not. Rectangles come as {@code re} or as four {@code l}: each subpath is taken by its
	 * bounding box when all its segments run straight across or down.
	 */
	private void filledThinRectangles() {
		for (List<double[]> subpath : this.subpaths) {
			double left = Double.POSITIVE_INFINITY;
			double right = Double.NEGATIVE_INFINITY;
			double top = Double.POSITIVE_INFINITY;
			double bottom = Double.NEGATIVE_INFINITY;
			boolean straight = !subpath.isEmpty();
			for (double[] segment : subpath) {
				for (int end = 0; end < 4; end += 2) {
					double x = this.frame.x(segment[end], segment[end + 1]);
					double y = this.frame.y(segment[end], segment[end + 1]);
					left = Math.min(left, x);
					right = Math.max(right, x);
					top = Math.min(top, y);
					bottom = Math.max(bottom, y);
				}
				straight &= Math.abs(segment[0] - segment[2]) <= STRAIGHT || Math.abs(segment[1] - segment[3]) <= STRAIGHT;
			}
			if (!straight) {
				continue;
			}
			double width = right - left;
			double height = bottom - top;
			if (height <= THIN && width > height) {
				add(left, (top + bottom) / 2, right, (top + bottom) / 2);
			}
			else if (width <= THIN && height > width) {
				add((left + right) / 2, top, (left + right) / 2, bottom);
			}
		}
	}

	private void add(double x1, double y1, double x2, double y2) {
		if (!Double.isFinite(x1) || !Double.isFinite(y1) || !Double.isFinite(x2) || !Double.isFinite(y2)) {
			return;
		}
		if (Math.abs(y1 - y2) <= STRAIGHT && Math.abs(x1 - x2) >= SHORTEST) {
			this.rulings.add(new Ruling(true, (y1 + y2) / 2, x1, x2));
		}
		else if (Math.abs(x1 - x2) <= STRAIGHT && Math.abs(y1 - y2) >= SHORTEST) {
			this.rulings.add(new Ruling(false, (x1 + x2) / 2, y1, y2));
		}
	}

	/** White ink draws nothing a reader sees; any colour PDFBox cannot convert is taken as ink. */
	private static boolean visible(PDColor color) {
		try {
			return color == null || (color.toRGB() & 0xFFFFFF) != 0xFFFFFF;
		}
		catch (IOException | RuntimeException ex) {
			return true;
		}
	}

}
