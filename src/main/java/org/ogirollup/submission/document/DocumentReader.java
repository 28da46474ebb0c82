package org.ogirollup.submission.document;

/**
 * Turns one kind of document (a web page, a PDF, a Word or Excel file, text) into its rows. A
 * reader is stateless and safe to share between threads.
 */
public interface DocumentReader {

	/**
	 * Reads a document.
	 * @param bytes the file's content
	 * @return its rows
	 * @throws UnreadableDocumentException when the bytes are not a readable document of this kind
	 * (broken, encrypted, a scanned PDF without text), with a message a clerk understands
	 */
	ReportDocument read(byte[] bytes) throws UnreadableDocumentException;

}
