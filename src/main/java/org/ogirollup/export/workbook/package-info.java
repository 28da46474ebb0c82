/**
 * The Excel workbooks for people (issue 16): the year's workbook and the files an analyst sends
 * back to the units, written with Apache POI, streaming.
 *
 * <p>{@link org.ogirollup.export.workbook.SummaryWorkbooks} writes {@code <year>-汇总.xlsx}: the
 * sheets 说明 ({@code GuideSheet}), 问题清单 ({@code FindingsSheet}) and 覆盖情况
 * ({@code CoverageSheet}), then a sheet per government ({@code NodeSheet}); for a national
 * registry the nation and the provinces, and a file per province with its cities and counties.
 * {@link org.ogirollup.export.workbook.FeedbackWorkbooks} writes {@code <year>/问题清单/}: a file
 * per unit with findings (its list, and its own tables coloured where they fail,
 * {@code FeedbackSheet}) and one per city with its units' lists.
 *
 * <p>The official tables come from the layout the CSV tables use
 * ({@link org.ogirollup.export.OfficialLayout}, {@link org.ogirollup.export.NodeTables});
 * {@code BlockGrid} places one table of one block on a sheet's grid, with the merged cells, and
 * {@code TablesSheet} writes a node's blocks (this year, last year, the change) side by side,
 * marking cells through {@code TablesSheet.Marks}: filled where a total lacks members, or where a
 * finding names the cell, with the note as a comment. {@code Cells}, {@code Styles},
 * {@code ListSheet}, {@code SheetNames} and {@code FileNames} are the small parts every sheet
 * shares; {@code WorkbookFile} writes a file atomically and with the same bytes on every run.
 *
 * <p>The findings come as {@link org.ogirollup.export.workbook.YearFindings}: the rows of
 * {@code validation.csv} with names, the cells in Chinese, the two sides of a broken equation
 * ({@code EquationSides}, from the rules files and the stored values) and the suggested fix.
 */
package org.ogirollup.export.workbook;
