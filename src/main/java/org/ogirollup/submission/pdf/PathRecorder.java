package org.ogirollup.submission.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the paths a page paints into rulings: stroked segments and rectangles, and rectangles
 * filled so thin that they are lines (how many word processors draw cell borders). Curves,
 * clipping paths and paths painted in white are not borders and are left out. Points come in
 * PDF user space, the current transformation applied; rulings go out in the page's upright
 * frame.
 */
final class PathRecorder {

	/** Thicker than this, a filled rectangle is a shaded area, not a line. */
	private static final double THIN = 2.5;

	/** Shorter than this, a segment is a tick or a dot, not a border. */
	private static final double SHORTEST = 3;

	private static final double STRAIGHT = 0.8;

	private final PageFrame frame;

	private final List<Ruling> rulings = new ArrayList<>();

	/** The current path's subpaths, each its segments in user space: x1, y1, x2, y2. */
	private final List<List<double[]>> subpaths = new ArrayList<>();

	private Point2D current = new Point2D.Double();

	private Point2D subpathStart = new Point2D.Double();

	PathRecorder(PageFrame frame) {
		this.frame = frame;
	}

	List<Ruling> rulings() {
		return this.rulings;
	}

	void moveTo(Point2D to) {
		this.current = to;
		this.subpathStart = to;
		this.subpaths.add(new ArrayList<>());
	}

	void lineTo(Point2D to) {
		segment(this.current, to);
		this.current = to;
	}

	void curveTo(Point2D to) {
		// a curve is no border; a NaN segment marks its subpath as no rectangle either
		segment(new Point2D.Double(Double.NaN, Double.NaN), this.current);
		this.current = to;
	}

	void rectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		this.subpaths.add(new ArrayList<>());
		segment(p0, p1);
		segment(p1, p2);
		segment(p2, p3);
		segment(p3, p0);
		this.current = p0;
		this.subpathStart = p0;
	}

	void closePath() {
		segment(this.current, this.subpathStart);
		this.current = this.subpathStart;
	}

	/** Paints the path, its stroke and its fill each only if its ink shows, and starts the next. */
	void paint(boolean stroked, boolean filled) {
		if (stroked) {
			strokedSegments();
		}
		if (filled) {
			filledThinRectangles();
		}
		this.subpaths.clear();
	}

	private void segment(Point2D from, Point2D to) {
		if (this.subpaths.isEmpty()) {
			this.subpaths.add(new ArrayList<>());
		}
		this.subpaths.get(this.subpaths.size() - 1).add(new double[] { from.getX(), from.getY(), to.getX(), to.getY() });
	}

	private void strokedSegments() {
		for (List<double[]> subpath : this.subpaths) {
			for (double[] segment : subpath) {
				add(this.frame.x(segment[0], segment[1]), this.frame.y(segment[0], segment[1]),
						this.frame.x(segment[2], segment[3]), this.frame.y(segment[2], segment[3]));
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

}
