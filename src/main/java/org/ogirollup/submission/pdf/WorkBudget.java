package org.ogirollup.submission.pdf;

import java.io.IOException;

/**
 * How much work one PDF may cost: content-stream operators, glyphs and wall-clock time. A broken
 * or hostile file can make PDFBox loop over millions of operators (a form drawing itself, a
 * stream of garbage); the reader stops when the budget is spent, so no file hangs a run.
 */
final class WorkBudget {

	/** A real report of twenty pages runs some 100,000 operators; this is two hundred times that. */
	static final long OPERATORS = 20_000_000;

	/** A real report prints some 20,000 characters. */
	static final long GLYPHS = 2_000_000;

	static final long SECONDS = 30;

	private final long deadline;

	private final long maxOperators;

	private final long maxGlyphs;

	private long operators;

	private long glyphs;

	private WorkBudget(long nanos, long maxOperators, long maxGlyphs) {
		this.deadline = System.nanoTime() + nanos;
		this.maxOperators = maxOperators;
		this.maxGlyphs = maxGlyphs;
	}

	/** The budget of one document, starting now. */
	static WorkBudget forOneDocument() {
		return new WorkBudget(SECONDS * 1_000_000_000L, OPERATORS, GLYPHS);
	}

	/** A smaller budget, for tests of what happens when it runs out. */
	static WorkBudget of(long nanos, long maxOperators, long maxGlyphs) {
		return new WorkBudget(nanos, maxOperators, maxGlyphs);
	}

	/** Counts one operator. */
	void spendOperator() throws Exhausted {
		if (++this.operators > this.maxOperators || (this.operators % 1024 == 0 && System.nanoTime() > this.deadline)) {
			throw new Exhausted();
		}
	}

	/** Counts one glyph; unchecked because PDFBox calls the glyph hook where no IOException may pass. */
	void spendGlyph() {
		if (++this.glyphs > this.maxGlyphs) {
			throw new ExhaustedWhileDrawing();
		}
	}

	/** Whether the time is up, for the work done after PDFBox (grids, rows). */
	void checkTime() throws Exhausted {
		if (System.nanoTime() > this.deadline) {
			throw new Exhausted();
		}
	}

	/** The budget ran out: an IOException, so that it passes through PDFBox's stream engine. */
	static final class Exhausted extends IOException {

		Exhausted() {
			super("work budget exhausted", null);
		}

	}

	/** The budget ran out inside a hook PDFBox gives no checked exception. */
	static final class ExhaustedWhileDrawing extends RuntimeException {

		ExhaustedWhileDrawing() {
			super("work budget exhausted", null, false, false);
		}

	}

}
