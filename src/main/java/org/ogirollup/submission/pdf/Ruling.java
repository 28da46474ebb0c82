package org.ogirollup.submission.pdf;

/**
 * A straight line a page draws, horizontal or vertical, in the page's upright frame: the
 * borders of table cells.
 *
 * @param horizontal whether it runs across the page (else down it)
 * @param position its y when horizontal, its x when vertical
 * @param start where it begins along its direction (the smaller coordinate)
 * @param end where it ends
 */
record Ruling(boolean horizontal, double position, double start, double end) {

	Ruling {
		if (start > end) {
			double swap = start;
			start = end;
			end = swap;
		}
	}

	/** Whether it covers the given point along its direction, give or take the tolerance. */
	boolean covers(double along, double tolerance) {
		return along >= this.start - tolerance && along <= this.end + tolerance;
	}

	/** Whether a horizontal and a vertical ruling cross or touch. */
	boolean meets(Ruling other, double tolerance) {
		return this.horizontal != other.horizontal && covers(other.position, tolerance)
				&& other.covers(this.position, tolerance);
	}

}
