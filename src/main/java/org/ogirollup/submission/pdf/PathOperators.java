package org.ogirollup.submission.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;

/**
 * The path and colour operators a text stripper lacks, so that one pass over a page's content
 * gives its glyphs and its lines: a second pass with a graphics engine parsed every content
 * stream twice. Each path operator hands its points, the current transformation applied, to a
 * {@link PathRecorder}; an operator with operands of the wrong kind is skipped, as PDFBox skips
 * its own.
 */
final class PathOperators {

	private PathOperators() {
	}

	static void register(PDFStreamEngine engine, PathRecorder paths) {
		engine.addOperator(new SetStrokingColorSpace(engine));
		engine.addOperator(new SetNonStrokingColorSpace(engine));
		engine.addOperator(new SetStrokingColor(engine));
		engine.addOperator(new SetNonStrokingColor(engine));
		engine.addOperator(new SetStrokingColorN(engine));
		engine.addOperator(new SetNonStrokingColorN(engine));
		engine.addOperator(new SetStrokingDeviceGrayColor(engine));
		engine.addOperator(new SetNonStrokingDeviceGrayColor(engine));
		engine.addOperator(new SetStrokingDeviceRGBColor(engine));
		engine.addOperator(new SetNonStrokingDeviceRGBColor(engine));
		engine.addOperator(new SetStrokingDeviceCMYKColor(engine));
		engine.addOperator(new SetNonStrokingDeviceCMYKColor(engine));
		engine.addOperator(new PathOperator(engine, "m", 2, (p) -> paths.moveTo(p.point(0))));
		engine.addOperator(new PathOperator(engine, "l", 2, (p) -> paths.lineTo(p.point(0))));
		engine.addOperator(new PathOperator(engine, "c", 6, (p) -> paths.curveTo(p.point(4))));
		engine.addOperator(new PathOperator(engine, "v", 4, (p) -> paths.curveTo(p.point(2))));
		engine.addOperator(new PathOperator(engine, "y", 4, (p) -> paths.curveTo(p.point(2))));
		engine.addOperator(new PathOperator(engine, "h", 0, (p) -> paths.closePath()));
		engine.addOperator(new PathOperator(engine, "re", 4, (p) -> rectangle(p, paths)));
		engine.addOperator(new PathOperator(engine, "n", 0, (p) -> paths.paint(false, false)));
		engine.addOperator(new PathOperator(engine, "S", 0, (p) -> paths.paint(p.strokeShows(), false)));
		engine.addOperator(new PathOperator(engine, "s", 0, (p) -> {
			paths.closePath();
			paths.paint(p.strokeShows(), false);
		}));
		for (String fill : List.of("f", "F", "f*")) {
			engine.addOperator(new PathOperator(engine, fill, 0, (p) -> paths.paint(false, p.fillShows())));
		}
		for (String both : List.of("B", "B*")) {
			engine.addOperator(new PathOperator(engine, both, 0, (p) -> paths.paint(p.strokeShows(), p.fillShows())));
		}
		for (String both : List.of("b", "b*")) {
			engine.addOperator(new PathOperator(engine, both, 0, (p) -> {
				paths.closePath();
				paths.paint(p.strokeShows(), p.fillShows());
			}));
		}
	}

	private static void rectangle(Operands operands, PathRecorder paths) {
		float x = operands.number(0);
		float y = operands.number(1);
		float width = operands.number(2);
		float height = operands.number(3);
		paths.rectangle(operands.transformed(x, y), operands.transformed(x + width, y),
				operands.transformed(x + width, y + height), operands.transformed(x, y + height));
	}

	/** What one path operator does with its operands. */
	private interface Action {

		void run(Operands operands);

	}

	/** An operator's operands, read as numbers and points of user space. */
	private record Operands(PDFStreamEngine engine, List<COSBase> values) {

		float number(int index) {
			return ((COSNumber) this.values.get(index)).floatValue();
		}

		Point2D point(int index) {
			return transformed(number(index), number(index + 1));
		}

		Point2D transformed(float x, float y) {
			return this.engine.getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
		}

		boolean strokeShows() {
			return shows(this.engine.getGraphicsState().getStrokingColor());
		}

		boolean fillShows() {
			return shows(this.engine.getGraphicsState().getNonStrokingColor());
		}

		/** White ink draws nothing a reader sees; a colour PDFBox cannot convert is taken as ink. */
		private static boolean shows(PDColor color) {
			try {
				return color == null || (color.toRGB() & 0xFFFFFF) != 0xFFFFFF;
			}
			catch (IOException | RuntimeException ex) {
				return true;
			}
		}

	}

	private static final class PathOperator extends OperatorProcessor {

		private final String name;

		private final int arity;

		private final Action action;

		PathOperator(PDFStreamEngine engine, String name, int arity, Action action) {
			super(engine);
			this.name = name;
			this.arity = arity;
			this.action = action;
		}

		@Override
		public void process(Operator operator, List<COSBase> operands) {
			if (operands.size() < this.arity || !checkArrayTypesClass(operands.subList(0, this.arity), COSNumber.class)) {
				return;
			}
			this.action.run(new Operands(getContext(), operands));
		}

		@Override
		public String getName() {
			return this.name;
		}

	}

}
