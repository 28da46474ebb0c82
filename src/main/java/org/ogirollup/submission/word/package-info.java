/**
 * Reads reports sent as Word documents into the rows of {@code submission.document}: {@code .docx}
 * through Apache POI's XWPF, {@code .doc} (Word 97 to 2003) through its HWPF as far as POI reads
 * it. {@link org.ogirollup.submission.word.WordDocumentReader} tells the two apart by their bytes;
 * {@code DocxRows} and {@code DocRows} walk the body in order, paragraphs as label rows and tables
 * cell by cell, merged cells through {@link org.ogirollup.submission.document.MergedCells};
 * {@code WordUnreadable} words every refusal for the clerk. Plain Java: no Spring here.
 */
package org.ogirollup.submission.word;
