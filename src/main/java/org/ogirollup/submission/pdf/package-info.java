/**
 * Reading published reports sent as PDF into the rows of {@link
 * org.ogirollup.submission.document}: {@link org.ogirollup.submission.pdf.PdfDocumentReader}
 * is the entry point.
 *
 * <p>How a PDF becomes rows: {@code PdfBytes} refuses what is no PDF or is cut short;
 * {@code PdfPages} opens it within a {@code WorkBudget} and has {@code PageCollector} take each
 * page's glyphs and, through {@code PathOperators} and {@code PathRecorder}, the lines it draws,
 * in the page's upright frame ({@code PageFrame}). {@code Lattice} finds the ruled tables in the
 * lines and {@code PageLayout} puts each glyph in its cell; {@code PageFurniture} drops page
 * numbers and running heads. {@code ReadingOrder} orders tables and lines, joins the parts of a
 * table a page break divides ({@code PageBreaks}) and has {@code TableRows} make their rows;
 * lines outside ruled tables are searched for tables printed without lines ({@code
 * LooseTables}, {@code LooseColumns}, {@code LooseLabels}, {@code GroupSpans}). Every refusal
 * is worded in {@code Unreadable}. Plain Java: no Spring here.
 */
package org.ogirollup.submission.pdf;
