package org.ogirollup.submission.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Label words standing one above the other in a table without ruling lines: one label cell, a
 * label wrapped over lines or printed one character a line. A stack holds at most one row's
 * last label word (its leaf), so that the labels of two rows set close never run together.
 */
final class LabelStack {

	/** Lines of one stack stand closer than this many font sizes apart. */
	private static final double STACKED = 0.8;

	/** A row's numbers stand within this many font sizes of its label. */
	private static final double BESIDE = 0.6;

	private final List<TextLine> pieces = new ArrayList<>();

	private boolean hasLeaf;

	private Box box;

	/** The stacks of the label words of some lines, top to bottom. */
	static List<LabelStack> of(List<LooseLine> lines) {
		List<LabelStack> stacks = new ArrayList<>();
		for (LooseLine line : lines) {
			for (int i = 0; i < line.labels().size(); i++) {
				TextLine piece = line.labels().get(i);
				boolean leaf = line.isRow() && i == line.labels().size() - 1;
				LabelStack onto = null;
				for (LabelStack stack : stacks) {
					if (stack.takes(piece, leaf)) {
						onto = stack;
					}
				}
				if (onto == null) {
					onto = new LabelStack();
					stacks.add(onto);
				}
				onto.add(piece, leaf);
			}
		}
		return stacks;
	}

	private boolean takes(TextLine piece, boolean leaf) {
		if (this.hasLeaf && leaf) {
			return false;
		}
		TextLine last = this.pieces.get(this.pieces.size() - 1);
		double gap = piece.box().top() - last.box().bottom();
		double size = Math.min(piece.fontSize(), last.fontSize());
		boolean below = gap > -STACKED * size && gap <= STACKED * size && piece.centerY() > last.centerY();
		return below && (piece.box().overlapX(last.box()) > 0 || Math.abs(piece.box().left() - last.box().left()) < size);
	}

	private void add(TextLine piece, boolean leaf) {
		this.pieces.add(piece);
		this.hasLeaf |= leaf;
		this.box = (this.box == null) ? piece.box() : this.box.union(piece.box());
	}

	boolean holds(TextLine piece) {
		return this.pieces.contains(piece);
	}

	boolean hasLeaf() {
		return this.hasLeaf;
	}

	/** Whether a row standing at this height is beside the stack. */
	boolean beside(double y) {
		double slack = BESIDE * fontSize();
		return y >= this.box.top() - slack && y <= this.box.bottom() + slack;
	}

	Box box() {
		return this.box;
	}

	double centerY() {
		return (this.box.top() + this.box.bottom()) / 2;
	}

	double fontSize() {
		return this.pieces.stream().mapToDouble(TextLine::fontSize).max().orElse(1);
	}

	/** The words top to bottom with nothing between: a wrapped label is one. */
	String text() {
		StringBuilder text = new StringBuilder();
		for (TextLine piece : this.pieces) {
			text.append(piece.text());
		}
		return text.toString();
	}

}
