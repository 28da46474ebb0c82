/**
 * Reads reports sent as Excel or WPS workbooks ({@code .xlsx}, {@code .xls}) into the rows of
 * {@code submission.document}: {@link org.ogirollup.submission.excel.ExcelDocumentReader} opens
 * the workbook with Apache POI and takes its sheets, visible ones first; {@code SheetRows} walks a
 * sheet's used range row by row, merged regions through {@link
 * org.ogirollup.submission.document.MergedCells}; {@code CellText} writes a cell's value as the
 * sheet shows it, numbers exactly; {@code ExcelUnreadable} words every refusal for the clerk.
 * Plain Java: no Spring here.
 */
package org.ogirollup.submission.excel;
