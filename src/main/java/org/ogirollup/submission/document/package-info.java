/**
 * What every reader of a published report turns its document into: the rows of the report in
 * reading order, each with its labels and its cells, and where each stands in the document. A
 * web page, a PDF, a Word or Excel file and page text all become a {@link
 * org.ogirollup.submission.document.ReportDocument}; one shared step ({@code submission.report})
 * then finds the tables in the rows, assigns them to catalog items and derives what may be
 * derived. A reader only turns its document into rows.
 *
 * <p>The rows a reader makes, whatever the document:
 * <ul>
 * <li>come in reading order, top to bottom and page by page; page numbers, running headers and
 * footers are left out;</li>
 * <li>a table row has its label cells (text) first, outermost first, then its value cells in
 * column order, one {@link org.ogirollup.submission.document.Cell} per table cell, a blank cell
 * included as a blank {@code Cell}; a label that spans several rows (a {@code rowspan}, a label
 * printed vertically beside the rows) is repeated on every row it spans; a label wrapped over
 * lines inside its cell is one label;</li>
 * <li>a header row of a table is a row of labels only; a row without a label of its own (the
 * data row of table 四) has no labels;</li>
 * <li>text outside the tables (title, headings, paragraphs) is a row of labels only, one a
 * paragraph or line;</li>
 * <li>where a document runs the digits of several cells together with nothing between them
 * (page text saved by an archiver), the run is one cell marked {@link
 * org.ogirollup.submission.document.Cell#runTogether()}: the shared step splits it by the
 * tables' arithmetic, a reader never guesses.</li>
 * </ul>
 * Plain Java: no Spring here.
 */
package org.ogirollup.submission.document;
