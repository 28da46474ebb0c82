package org.ogirollup.input;

import java.util.EnumMap;
import java.util.Map;

import org.ogirollup.submission.document.DocumentReader;
import org.ogirollup.submission.document.ReportDocument;
import org.ogirollup.submission.document.UnreadableDocumentException;
import org.ogirollup.submission.excel.ExcelDocumentReader;
import org.ogirollup.submission.html.HtmlDocumentReader;
import org.ogirollup.submission.pdf.PdfDocumentReader;
import org.ogirollup.submission.text.TextDocumentReader;
import org.ogirollup.submission.word.WordDocumentReader;

/**
 * The reader of each kind of published report: a new kind of document is a new reader here and
 * nothing else, since every reader makes the same rows for the one shared step.
 */
public final class ReportDocuments {

	private static final Map<DocumentKind, DocumentReader> READERS = readers();

	private ReportDocuments() {
	}

	private static Map<DocumentKind, DocumentReader> readers() {
		Map<DocumentKind, DocumentReader> readers = new EnumMap<>(DocumentKind.class);
		readers.put(DocumentKind.TEXT, new TextDocumentReader());
		readers.put(DocumentKind.HTML, new HtmlDocumentReader());
		readers.put(DocumentKind.PDF, new PdfDocumentReader());
		readers.put(DocumentKind.WORD, new WordDocumentReader());
		readers.put(DocumentKind.EXCEL, new ExcelDocumentReader());
		return readers;
	}

	/** Whether the pipeline has a reader for a kind of report. */
	public static boolean reads(DocumentKind kind) {
		return READERS.containsKey(kind);
	}

	/**
	 * The rows of a report of a kind.
	 * @throws UnreadableDocumentException when the bytes are not a readable document of the kind
	 */
	public static ReportDocument read(DocumentKind kind, byte[] bytes) throws UnreadableDocumentException {
		DocumentReader reader = READERS.get(kind);
		if (reader == null) {
			throw new UnreadableDocumentException("暂不能读取" + kind.words() + "，请另以" + DocumentKind.ACCEPTED + "报送");
		}
		return reader.read(bytes);
	}

}
