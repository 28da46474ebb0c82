/**
 * A unit's report written as the documents units publish or send: {@link
 * org.ogirollup.generator.report.OfficialLayout} lays the three tables of a format out from the
 * catalog's label paths, merged cells where the template merges them ({@link
 * org.ogirollup.generator.report.ReportTable}, {@link org.ogirollup.generator.report.GridCell});
 * {@link org.ogirollup.generator.report.ReportPage} adds the title, headings and a little
 * narrative; a {@link org.ogirollup.generator.report.ReportWriter} per kind lays the page out as
 * a web page, a Word document, an Excel workbook or a PDF. The same page always gives the same
 * bytes. Plain Java: no Spring here.
 */
package org.ogirollup.generator.report;
