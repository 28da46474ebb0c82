/**
 * Reading the published text of annual reports (web pages flattened to text, PDF text) into
 * submissions: {@link org.ogirollup.submission.report.PublishedReportReader} is the entry point.
 *
 * <p>How a text becomes values: {@code ReportText} folds it (NFKC, traditional script, noise)
 * and cuts it into labels and values; {@code FormatDetector} picks the format from its words;
 * {@code ReportLayout} gives that format's rows from the catalog; {@code LabelMatcher} matches
 * written labels to rows; {@code RowCells} collects a row's cells whatever the layout;
 * {@code CellSplitter} splits digits run together using the table's arithmetic;
 * {@code ValueParser} reads one cell; {@code TableReading} puts it together for one report.
 * Plain Java: no Spring here.
 */
package org.ogirollup.submission.report;
