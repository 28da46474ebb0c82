package org.ogirollup.generator;

/**
 * The kinds of document a unit's report is written as instead of canonical CSV, each as units
 * publish or send it; Excel twice, since offices type the three tables on one sheet or on a
 * sheet each.
 */
enum ReportKind {

	/** A page of the unit's web site. */
	HTML,

	/** A Word document, .docx. */
	WORD,

	/** An Excel workbook with the three tables on one sheet. */
	EXCEL,

	/** An Excel workbook with a sheet for each table. */
	EXCEL_SHEETS,

	/** A PDF printed from a word processor. */
	PDF

}
