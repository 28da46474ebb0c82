package org.ogirollup.submission.pdf;

/**
 * A rectangle on a page, in points, in the page's upright frame: x grows to the right, y grows
 * downwards from the top edge, as a reader sees the page.
 */
record Box(double left, double top, double right, double bottom) {

	double width() {
		return this.right - this.left;
	}

	/** How far the two boxes share the x axis, 0 when they do not. */
	double overlapX(Box other) {
		return Math.max(0, Math.min(this.right, other.right) - Math.max(this.left, other.left));
	}

	Box union(Box other) {
		return new Box(Math.min(this.left, other.left), Math.min(this.top, other.top),
				Math.max(this.right, other.right), Math.max(this.bottom, other.bottom));
	}

}
